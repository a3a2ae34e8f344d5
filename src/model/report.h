/* The report model: plain structs filled by input/, checked by check/, and
 * read by format/. Strings are UTF-8 in the report's arena; NULL means the
 * field was absent in the input. */
#ifndef VG_REPORT_H
#define VG_REPORT_H
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "source.h"

struct arena;

/* The four quadrants of the Utrecht steering model (seed 004, ch. 3). */
enum quadrant {
	Q_GEDEELDE_WAARDEN,
	Q_KADERS,
	Q_DATA,
	Q_LEREN,
	QUADRANT_MAX
};

/* Report kinds; each has a default template of the same name. */
enum report_kind {
	KIND_VOORTGANGSRAPPORTAGE,
	KIND_RAADSBRIEF,
	KIND_SAMENVATTING,
	KIND_JAARRAPPORTAGE,
	KIND_MAX
};

/* Phase of an opgave (audit recommendation 2). */
enum phase {
	PHASE_NONE,
	PHASE_VERKENNING,
	PHASE_ONTWIKKELING,
	PHASE_UITVOERING,
	PHASE_DOORONTWIKKELING,
	PHASE_AFRONDING,
	PHASE_MAX
};

/* Perspectives of "Ongelijk investeren voor gelijke kansen" (seed 002). */
enum perspective {
	PERSP_BASIS,         /* A: een basis bieden */
	PERSP_HERVERDELEN,   /* B: tegensturen/herverdelen */
	PERSP_EERLIJKE_KANS, /* C: individueel maatwerk, drempels wegnemen */
	PERSP_MAX
};

/* The four steps of the guide's method (seed 002). */
enum ongelijk_step {
	STEP_ANALYSE,
	STEP_DOEL,
	STEP_BELEIDSTHEORIE,
	STEP_MONITORING,
	STEP_MAX
};

/* Which way is good for an indicator. */
enum direction {
	DIR_NONE,   /* not stated */
	DIR_HIGHER, /* hoger is beter */
	DIR_LOWER,  /* lager is beter */
	DIR_MAX
};

/* A figure that may be unknown. Never printed as 0 when not VAL_NUMBER. */
enum value_kind {
	VAL_ABSENT,  /* not given: printed as "-" */
	VAL_UNKNOWN, /* null or "n.t.b.": printed as "n.t.b." */
	VAL_NUMBER,  /* num holds the value */
};

struct value {
	enum value_kind kind;
	double num;     /* the number when kind is VAL_NUMBER */
	int decimals;   /* decimals as written in the input (0-6), for printing */
};

/* An exact amount of money (see money.h): whole ten-thousandths of the
 * table's unit, never binary floating point. May be unknown or absent. */
struct money {
	enum value_kind kind; /* VAL_NUMBER, VAL_UNKNOWN or VAL_ABSENT */
	int64_t q;            /* amount times MONEY_SCALE, when VAL_NUMBER */
	int decimals;         /* decimals as written in the input (0-4) */
};

/* A calendar date. */
struct date {
	int year, month, day; /* all 0 when absent */
};

/* A reporting period: a year, a quarter, or a month. */
struct period {
	int year;     /* 0 when absent */
	int quarter;  /* 1-4, or 0 */
	int month;    /* 1-12, or 0 */
	const char *text; /* as written, e.g. "2022-Q1" */
};

struct strlist {
	const char **items;
	size_t n;
};

struct report_meta {
	enum report_kind kind;
	const char *titel;
	struct period periode;
	struct date datum;
	const char *kenmerk;       /* reference number of the document */
	const char *gemeente;      /* "Utrecht" */
	const char *organisatie;   /* department */
	const char *opgavemanager; /* author */
	const char *onderwerp;     /* subject of a letter; the title when absent */
	const char *burgemeester;  /* who signs a letter for the college */
	const char *secretaris;
};

struct opgave {
	const char *naam;
	const char *strategische_doelstelling;
	struct doc ambitie;
	enum phase fase;
};

struct netwerkpartner {
	const char *naam;
	const char *rol;
	const char *afspraak;  /* subsidiebeschikking, contract, convenant, geen */
	struct money bedrag;   /* euros */
};

struct prestatie {
	const char *id;           /* stable key across quarters, or NULL */
	const char *omschrijving;
	const char *eenheid;
	struct value afgesproken;
	struct value gerealiseerd;
	struct money kosten;   /* euros spent on it; gives the cost per unit */
};

struct datapoint {
	struct period periode;
	struct value waarde;
};

/* Values of one indicator across wijken or groups, for one period, with
 * the city's average as the reference. */
struct comparison_item {
	const char *naam;
	struct value waarde;
};

struct comparison {
	int present;
	struct period periode;
	struct value gemiddelde;     /* VAL_ABSENT when not given */
	const char *gemiddelde_naam; /* label of the average, or NULL */
	struct comparison_item *items;
	size_t n;
};

/* Which charts an indicator gets. */
enum chart_choice {
	CHART_AUTO,       /* a trend when possible, a comparison when given */
	CHART_TREND,
	CHART_COMPARISON,
	CHART_BOTH,
	CHART_NONE,
	CHART_CHOICE_MAX
};

/* A target relative to a reference period's value: "in 2040 de helft
 * minder dan in 2022" is procent -50 against 2022, or factor 0,5. The
 * absolute value is computed into streefwaarde (status.c). */
struct relative_target {
	int present;
	struct period ten_opzichte_van; /* the reference period */
	int is_factor;                  /* given as a factor, else as a change in percent */
	struct value getal;             /* the percentage change or the factor, as written */
};

struct indicator {
	const char *id;          /* stable key across quarters, or NULL */
	const char *naam;
	const char *eenheid;
	const char *bron;
	const char *definitie;
	enum direction richting;
	struct datapoint *reeks; /* in the order given */
	size_t nreeks;
	struct datapoint basis;  /* baseline; periode.year 0 when absent */
	struct value streefwaarde;
	int streefjaar;          /* 0 when absent */
	struct value band_laag, band_hoog; /* target band; VAL_ABSENT when none */
	struct comparison vergelijking;
	enum chart_choice grafiek;
	struct relative_target relatief; /* present when streefwaarde is relative */
	struct period peildatum; /* the period the report covers: status is judged at its end */
};

/* Budget (middelen): posts x years. Amounts are in the table unit. */
struct middelen_post {
	const char *naam;
	const char *pijler;    /* the pillar it belongs to, or NULL */
	struct money *begroot; /* one per year (njaren) */
	struct money *besteed; /* one per year, or NULL when not given */
	int eenmalig;          /* one-off post */
	int correctie;         /* a correction: negative amounts allowed */
};

struct middelen {
	int present;             /* the object was given */
	const char *eenheid;     /* "x € 1.000" */
	int *jaren;              /* njaren years */
	size_t njaren;
	struct middelen_post *posten;
	size_t nposten;
	struct money *totaal;    /* supplied totals per year, or NULL */
	struct doc toelichting;  /* e.g. why there is no earmarked budget */
};

struct bijsturing {
	struct strlist inzetten;   /* start */
	struct strlist versterken; /* strengthen */
	struct strlist afbouwen;   /* stop */
};

struct ongelijk {
	int present;                  /* the paragraph was given */
	int perspectief[PERSP_MAX];   /* 1 when chosen */
	struct strlist waar;
	struct strlist wie;
	struct doc tekst;
	struct doc stap[STEP_MAX];
	/* step 3, made explicit as the guide asks: what we stop doing, and
	 * who is disadvantaged by the choice (risks) */
	struct doc niet_meer_doen;
	struct doc nadeel;
};

struct bijlage {
	const char *titel;
	struct doc tekst;
};

struct quadrant_data {
	int present;      /* the quadrant's object was given */
	struct doc tekst; /* its narrative */
};

struct report {
	struct arena *arena;     /* owns everything below */
	const char *source;      /* input path as the user named it */
	struct report_meta meta;
	struct opgave opgave;
	struct doc samenvatting;
	struct strlist kernboodschap; /* the message first: three to five sentences or bullets; n 0 when not given */
	struct quadrant_data q[QUADRANT_MAX];
	struct strlist leidende_principes;
	struct middelen middelen;
	struct netwerkpartner *partners;
	size_t npartners;
	struct prestatie *prestaties;
	size_t nprestaties;
	struct indicator *indicatoren;
	size_t nindicatoren;
	struct doc monitoring;   /* monitoring plan */
	struct bijsturing bijsturing;
	struct ongelijk ongelijk;
	struct bijlage *bijlagen;
	size_t nbijlagen;
	struct source_file *sources; /* every file read, the JSON first */
	size_t nsources;
};

/* Printed names, indexed by enum. */
extern const char *const quadrant_title[QUADRANT_MAX];   /* as in seed 004 */
extern const char *const quadrant_key[QUADRANT_MAX];     /* JSON key */
extern const char *const report_kind_name[KIND_MAX];
extern const char *const phase_name[PHASE_MAX];
extern const char *const perspective_key[PERSP_MAX];
extern const char *const perspective_title[PERSP_MAX];
extern const char *const step_key[STEP_MAX];
extern const char *const step_title[STEP_MAX];
extern const char *const direction_key[DIR_MAX];
extern const char *const chart_choice_key[CHART_CHOICE_MAX];

struct report *report_new(const char *source);
void report_free(struct report *r);

/* True when two periods are the same year, quarter and month. */
int period_same(const struct period *a, const struct period *b);

/* The last known value of an indicator's series, or NULL. */
const struct datapoint *indicator_last(const struct indicator *ind);

/* True when a narrative has at least one block. */
int doc_is_empty(const struct doc *d);

#endif
