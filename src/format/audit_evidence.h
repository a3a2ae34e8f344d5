/* The evidence the audit computes for one opgave beyond the rules'
 * verdicts (audit_evidence.c): begroot against besteed per year, and the
 * instruments. Internal to the audit formatter. */
#ifndef VG_AUDIT_EVIDENCE_H
#define VG_AUDIT_EVIDENCE_H
#include <stddef.h>

#include "../model/report.h"

struct fmt;
struct audit_trace;

/* A year's begroot (besteed 0) or besteed (1) sum of the posts in
 * x € 1.000, exact; kind != VAL_NUMBER when unknown or absent. */
struct money audit_in_thousands(const struct middelen *m, size_t year, int besteed);
/* Begroot and besteed per year, with the share spent, for f->r. */
void audit_money_per_year(struct fmt *f, struct audit_trace *t);
/* The instruments of f->r: budget posts and agreements with partners. */
void audit_instruments(struct fmt *f, struct audit_trace *t);
/* What f->r starts, strengthens and stops (recommendation 4), and the
 * lines that name a budget post with that post's budget in the last year. */
void audit_steering(struct fmt *f, struct audit_trace *t);

#endif
