/* An indicator over time (trend.c); part of chart.h. */
#ifndef VG_CHART_TREND_H
#define VG_CHART_TREND_H
#include <stddef.h>

#include "../model/report.h"
#include "canvas.h"
#include "frame.h"

struct arena;

/* An indicator's trend: values over periods as a line with markers; gaps
 * for unknown values, never zero; the baseline marked; the target as a
 * dashed line or a shaded band; the status in words and a symbol. */
void chart_trend(struct canvas *cv, const struct indicator *ind, double w, double h);
/* The frame chart_trend uses for the same arguments. */
void chart_trend_frame(struct canvas *cv, const struct indicator *ind, double w, double h,
                       struct chart_frame *fr);
/* Words for a screen reader: what the chart shows, with its figures. */
const char *chart_trend_alt(struct arena *a, const struct indicator *ind);
/* True when an indicator has enough known values (two) for a trend chart. */
int chart_trend_possible(const struct indicator *ind);
/* True when it gets a trend chart: possible, and its grafiek allows it. */
int chart_trend_wanted(const struct indicator *ind);
/* "op koers", "achter", "doel bereikt" or "onbekend". */
const char *chart_status(const struct indicator *ind);

#endif
