/* Charts from report data, drawn on a canvas, with generated alt text. */
#ifndef VG_CHART_H
#define VG_CHART_H
#include <stddef.h>

#include "../model/report.h"
#include "canvas.h"

struct arena;

/* An indicator's trend: values over periods as a line with markers; gaps
 * for unknown values, never zero; the target as a dashed line or a shaded
 * band; the status in words. */
void chart_trend(struct canvas *cv, const struct indicator *ind, double w, double h);
/* Words for a screen reader: what the chart shows, with its figures. */
const char *chart_trend_alt(struct arena *a, const struct indicator *ind);
/* True when an indicator has enough known values (two) for a trend chart. */
int chart_trend_possible(const struct indicator *ind);
/* "op koers", "achter", "doel bereikt" or "onbekend". */
const char *chart_status(const struct indicator *ind);

#endif
