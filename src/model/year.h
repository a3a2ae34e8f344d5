/* The annual report (jaarrapportage) as a model: the quarterly reports of
 * one opgave and one year, side by side. Pure functions over struct
 * report: which quarter each input is and which inputs do not belong, the
 * year's budget and spending, and what changed from one quarter to the
 * next. format/year_fmt.c prints it; cli/jaar.c turns its problems into
 * messages. Nothing here prints or reads a file.
 *
 * Budget semantics. A quarterly report gives, per post and year, the
 * year's whole budget as it stands at that moment (a begrotingswijziging
 * changes it) and what was spent in that year up to the end of the
 * quarter (cumulative). The year's figures are therefore those of the
 * latest quarter given, never the sum of four quarters; the figures of
 * the earlier quarters show how budget and spending moved. */
#ifndef VG_YEAR_H
#define VG_YEAR_H
#include <stddef.h>

#include "report.h"

#define YEAR_QUARTERS 4

/* Why inputs do not make one annual report. All are errors except
 * YP_MISSING, which the annual report states in print. */
enum year_problem_kind {
	YP_NOT_QUARTER,  /* the period is a year or a month, not a quarter */
	YP_OTHER_YEAR,   /* a quarter of another year than asked */
	YP_OTHER_OPGAVE, /* another opgave than most inputs' (the first's on a tie) */
	YP_DUPLICATE,    /* a quarter an earlier input already gives */
	YP_OTHER_UNIT,   /* middelen in another unit than an earlier quarter */
	YP_MISSING,      /* no input for a quarter (a warning) */
	YP_KIND_MAX
};

struct year_problem {
	enum year_problem_kind kind;
	size_t input; /* index of the input it is about (YP_MISSING: any input) */
	size_t other; /* the input it conflicts with: opgave, duplicate, unit */
	int quarter;  /* 1-4: the quarter given twice, or missing */
};

/* A budget row through the year: a pijler, or a post when no post names
 * its pijler. Amounts are exact, in the table unit. */
struct year_budget_row {
	const char *naam;
	struct money begroot[YEAR_QUARTERS]; /* the year's budget as each quarter gives it */
	struct money besteed[YEAR_QUARTERS]; /* spent in the year up to the end of each quarter */
	int eenmalig;                        /* every post in it is one-off */
};

struct year_budget {
	int present;                  /* some quarter budgets the year */
	const char *eenheid;          /* "x € 1.000", from the latest quarter */
	int by_pijler;                /* rows are pijlers, not posts */
	int decimals;                 /* decimals the amounts print with */
	struct year_budget_row *rows; /* in order of first appearance */
	size_t nrows;
	struct year_budget_row total; /* exact sums of the rows, per quarter */
	int last;                     /* the quarter (0-3) whose figures are the year's; -1 none */
};

/* A network partner, prestatie or indicator through the year, matched by
 * name: the item in each quarter's report, NULL where that quarter does
 * not name it or is missing. */
struct year_partner {
	const char *naam;
	const struct netwerkpartner *at[YEAR_QUARTERS];
};

struct year_prestatie {
	const char *naam; /* the omschrijving without a closing "(stand ...)" */
	const struct prestatie *at[YEAR_QUARTERS];
};

struct year_indicator {
	const char *naam;
	const struct indicator *at[YEAR_QUARTERS];
	/* the latest definition and target with the series of all quarters
	 * merged (a later quarter's value wins), ordered by period */
	struct indicator merged;
};

/* Lists of lines followed through the year. */
enum year_list {
	YL_PRINCIPES,  /* leidende principes */
	YL_INZETTEN,   /* bijsturing: start */
	YL_VERSTERKEN, /* strengthen */
	YL_AFBOUWEN,   /* stop */
	YL_MAX
};

struct year_line {
	const char *text;
	int in[YEAR_QUARTERS]; /* 1 when that quarter's report has it */
};

struct year_lines {
	struct year_line *v;
	size_t n;
};

/* What changed from one quarter given to the next one given. */
enum year_change_kind {
	YC_LINE_ADDED,         /* list: a principle or bijsturing line is new */
	YC_LINE_REMOVED,       /* ... is no longer there */
	YC_BUDGET,             /* a row's budget for the year changed */
	YC_PARTNER_ADDED,
	YC_PARTNER_REMOVED,
	YC_PARTNER_CHANGED,    /* its agreement or amount changed */
	YC_PRESTATIE_ADDED,
	YC_PRESTATIE_REMOVED,
	YC_PRESTATIE_TARGET,   /* afgesproken changed */
	YC_PRESTATIE_PROGRESS, /* gerealiseerd changed */
	YC_INDICATOR_ADDED,
	YC_INDICATOR_REMOVED,
	YC_INDICATOR_MEASURED, /* its last known value changed (a new measurement) */
	YC_INDICATOR_TARGET,   /* its target value, band or year changed */
	YC_KIND_MAX
};

struct year_change {
	enum year_change_kind kind;
	int from, to;      /* quarters 0-3: `to` compared with `from`, the quarter given before it */
	enum year_list list; /* YC_LINE_*: which list */
	size_t item;       /* index into the year's rows, partners, prestaties, indicators or lines */
};

/* Quarters that contradict each other: the annual report goes on, and
 * `jaar` warns with both values and the quarters. */
enum year_warning_kind {
	YW_UNIT,          /* an indicator's eenheid differs from the quarter before */
	YW_SPENDING_DOWN, /* a budget row's cumulative spending in the year went down */
	YW_REVISED,       /* an indicator's value for a period differs from an earlier quarter's */
	YW_KIND_MAX
};

struct year_warning {
	enum year_warning_kind kind;
	int from, to;           /* quarters 0-3: `to` contradicts `from` */
	size_t item;            /* index into the indicators or the budget rows */
	struct period periode;  /* YW_REVISED: the period whose value changed */
	struct value was, now;  /* YW_REVISED: the two values */
};

struct year {
	struct arena *arena;  /* owns everything below except the quarterly reports */
	int jaar;
	const struct report *q[YEAR_QUARTERS]; /* the report of each quarter, NULL when missing */
	int nquarters;        /* quarters given */
	int last;             /* the latest quarter given (0-3), -1 when none */
	/* the year as a report, for the cover, the running texts and the
	 * template's fields: the latest quarter's contents under the year's
	 * kind, title and period (no kenmerk: that belongs to each quarter) */
	struct report report;
	struct year_problem *problems;
	size_t nproblems;
	struct year_budget budget;
	struct year_partner *partners;
	size_t npartners;
	struct year_prestatie *prestaties;
	size_t nprestaties;
	struct year_indicator *indicatoren;
	size_t nindicatoren;
	struct year_lines lines[YL_MAX];
	struct year_change *changes; /* by `to`, then in the order of the quadrants */
	size_t nchanges;
	struct year_warning *warnings; /* in the order found: by quarter, then item */
	size_t nwarnings;
};

/* Puts n quarterly reports (any order) in their quarters of `jaar` and
 * compares them. Never NULL; inputs with a problem are left out of the
 * quarters. Free with year_free (the reports stay the caller's and must
 * outlive the year). */
struct year *year_new(const struct report *const *reports, size_t n, int jaar);
void year_free(struct year *y);
/* The number of problems that are errors (all but YP_MISSING). */
size_t year_errors(const struct year *y);
/* The latest quarter before q (0-3) that was given, or -1. */
int year_prev(const struct year *y, int q);
/* A prestatie's name through the year: its omschrijving without a closing
 * remark in brackets, "Signalen opgevolgd (stand eerste kwartaal)" ->
 * "Signalen opgevolgd"; in the arena. */
const char *year_prestatie_key(struct arena *a, const char *omschrijving);
/* The key a prestatie is followed by when it has no id: its name without
 * a closing remark and without a last part after ", " or " – " that names
 * a period, followed by "|" and the year that part names (`jaar` when it
 * names none): "Schuldregelingen gestart, t/m Q2 2022" and
 * "Schuldregelingen gestart, 2022 (stand tweede kwartaal)" both give
 * "Schuldregelingen gestart|2022", "..., 2021" stays apart. Compared
 * without regard to case. In the arena. */
const char *year_match_key(struct arena *a, const char *omschrijving, int jaar);
/* The year's figure of a budget row: its value in the latest quarter
 * given (besteed: spending up to the end of that quarter). */
struct money year_row_begroot(const struct year *y, const struct year_budget_row *row);
struct money year_row_besteed(const struct year *y, const struct year_budget_row *row);
/* True when two narratives have the same blocks, text and styles (a
 * quarter that repeats the text of the quarter before). */
int year_doc_same(const struct doc *a, const struct doc *b);
/* How many changes go from some quarter to quarter `to`. */
size_t year_changes_to(const struct year *y, int to);

#endif
