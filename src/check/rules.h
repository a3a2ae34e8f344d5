/* The audit rules (art. 213a review, seed 004): one data-driven table. Each
 * rule looks at one aspect of a report and gives a verdict per subject (the
 * report, a quadrant, an indicator) with the reason in Dutch. The same
 * table drives `voortgang audit` and its appendix, and docs/audit-rules.md
 * describes every rule. */
#ifndef VG_RULES_H
#define VG_RULES_H
#include <stddef.h>

#include "../model/report.h"

#define RULES_VERSION "1.1"

enum verdict { V_VOLDOET, V_DEELS, V_ONTBREEKT, V_NVT, V_MAX };
extern const char *const verdict_name[V_MAX]; /* "voldoet", "deels", ... */

/* What a rule looks at, for grouping in the report. */
enum rule_area {
	AREA_KWADRANTEN,     /* the four quadrants filled */
	AREA_DOELMATIGHEID,  /* money: visible, earmarked, linked to outputs */
	AREA_DOELTREFFENDHEID, /* goals and results: SMART, realised, status */
	AREA_STURING,        /* policy theory, start/strengthen/stop, phase */
	AREA_MAX
};
extern const char *const rule_area_title[AREA_MAX];

struct finding {
	const char *rule;     /* rule id, e.g. "D1" */
	enum verdict verdict;
	const char *subject;  /* "Kaders en randvoorwaarden", an indicator's name, or NULL for the report */
	const char *reason;   /* Dutch, in the report's arena */
	const char *path;     /* JSON path it is about, or NULL */
};

struct findings {
	struct finding *v;
	size_t n, cap;
};

struct arena;
/* A rule's evaluation: appends findings for report r. */
typedef void (*rule_fn)(const struct report *r, struct arena *a, struct findings *out);

struct rule {
	const char *id;
	enum rule_area area;
	const char *title;       /* short, for tables */
	const char *explanation; /* what it checks and why (seed 004) */
	const char *looks_at;    /* input fields it reads */
	rule_fn eval;
};

extern const struct rule rules[];
extern const size_t nrules;

/* Runs every rule over a report. */
void rules_run(const struct report *r, struct arena *a, struct findings *out);
void findings_free(struct findings *f);

#endif
