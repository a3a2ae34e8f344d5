/* Budget charts (budget.c); part of chart.h. */
#ifndef VG_CHART_BUDGET_H
#define VG_CHART_BUDGET_H
#include <stddef.h>

#include "../model/report.h"
#include "canvas.h"

struct arena;

/* Budget per year as stacked bars, one segment per pijler (or per post
 * when no post names a pijler); negative corrections stack below zero.
 * Beyond the style's number of colours the smallest merge into "overige". */
void chart_budget_stack(struct canvas *cv, const struct middelen *m, double w, double h);
const char *chart_budget_stack_alt(struct arena *a, const struct middelen *m, const struct chart_style *st);
/* Begroot against besteed per year as grouped bars. */
void chart_budget_spent(struct canvas *cv, const struct middelen *m, double w, double h);
const char *chart_budget_spent_alt(struct arena *a, const struct middelen *m);
/* True when some post gives besteed for some year. */
int chart_budget_has_spent(const struct middelen *m);

#endif
