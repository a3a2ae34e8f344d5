/* Wijken or groups compared (bars.c); part of chart.h. */
#ifndef VG_CHART_BARS_H
#define VG_CHART_BARS_H
#include <stddef.h>

#include "../model/report.h"
#include "canvas.h"

struct arena;

/* Horizontal bars over wijken or groups (ind->vergelijking), sorted,
 * with value labels and the average as a dashed reference line. */
void chart_comparison(struct canvas *cv, const struct indicator *ind, double w, double h);
double chart_comparison_height(const struct indicator *ind);
int chart_comparison_possible(const struct indicator *ind);
const char *chart_comparison_alt(struct arena *a, const struct indicator *ind);

#endif
