/* An indicator's status: the one judgement of "how is it going" that every
 * table, chart, alt text, letter, summary, audit rule and annual report
 * prints. It is a pure function of the indicator and its peildatum (the end
 * of the period the report covers), so the same data always gives the same
 * word everywhere.
 *
 * The rules (docs/input.md, "Stand van een indicator"):
 * - no target, no direction, or no measurement: onbekend, with the reason;
 * - only measurements up to the peildatum count, latest by period;
 * - at or after the target date (the end of the streefjaar): the
 *   measurement over the streefjaar (the year, its Q4 or December)
 *   decides gehaald or niet gehaald; without one the status is onbekend;
 * - before it: doel bereikt when the latest measurement already meets the
 *   target; otherwise the straight line from the baseline (else the first
 *   measurement) through the latest measurement, extended to the target
 *   date, decides op koers or niet op koers;
 * - a band is met inside it, or beyond it on the side the direction calls
 *   better; outside it the edge it must cross is the target. */
#ifndef VG_STATUS_H
#define VG_STATUS_H

#include "report.h"

enum status_kind {
	STATUS_ONBEKEND,      /* cannot be judged: see the reason */
	STATUS_GEHAALD,       /* target date reached and the target met */
	STATUS_NIET_GEHAALD,  /* target date reached and the target not met */
	STATUS_BEREIKT,       /* before the target date, already met */
	STATUS_OP_KOERS,      /* before the target date, the trend reaches it */
	STATUS_NIET_OP_KOERS, /* before the target date, the trend falls short */
	STATUS_MAX
};

enum status_reason {
	REASON_NONE,          /* the status is known */
	REASON_GEEN_DOEL,     /* no target value or band */
	REASON_DOEL_NTB,      /* the target is still to be decided (n.t.b.) */
	REASON_GEEN_RICHTING, /* a target value without a direction */
	REASON_GEEN_METING,   /* no known measurement */
	REASON_GEEN_STREEFJAAR, /* not yet met, and no year to judge a trend against */
	REASON_TE_WEINIG,     /* no measurement after the baseline or the first one */
	REASON_STREEFJAAR_NIET_GEMETEN, /* target year over, not measured for it */
	REASON_REFERENTIE,    /* a relative target whose reference is not measured yet */
	REASON_EEN_METING,    /* one measurement and no baseline: no movement yet */
	REASON_BAND_OMGEKEERD, /* a band written high to low */
	REASON_MAX
};

struct ind_status {
	enum status_kind kind;
	enum status_reason reason;
	double target;    /* the value judged against (the near edge of a band) */
	double projected; /* the trend's value at the target date, for op/niet op koers */
};

/* Printed words, indexed by enum: "gehaald", "op koers", ...; and the
 * reason as a phrase: "geen streefwaarde", "te weinig metingen", ... */
extern const char *const status_word[STATUS_MAX];
extern const char *const status_reason_text[REASON_MAX];

/* The status of an indicator at its peildatum (ind->peildatum; when that
 * is absent, the end of its latest measurement). */
struct ind_status indicator_status(const struct indicator *ind);
/* The word, or "onbekend (reason)" when the status is unknown; in `out`. */
const char *status_phrase(char *out, size_t outsz, const struct ind_status *st);

/* The facts every count, rule and table shares, each defined once. */
int indicator_has_target(const struct indicator *ind);   /* a known target value or a known, ordered band */
int indicator_target_ntb(const struct indicator *ind);   /* a target given as still to be decided */
int indicator_target_pending(const struct indicator *ind); /* relative, its reference not yet measured */
int indicator_band_inverted(const struct indicator *ind);  /* a band written high to low */
int indicator_has_baseline(const struct indicator *ind); /* a baseline period with a known value */

/* The position of the end of a period on a time line in years:
 * 2022 -> 2023.0, 2022-Q1 -> 2022.25, 2022-03 -> 2022.25. */
double period_end(const struct period *p);

/* Fills a relative target's value (ind->streefwaarde) from its reference
 * period's measurement; returns 0, -1 when that value is not known, -2
 * when it is zero or negative (a percentage of it has no clear sense). */
int indicator_resolve_relative(struct indicator *ind);

#endif
