/* An indicator's charts and series (indicators.c): a floor-1 part of
 * format/, used by the quarterly and the annual report's quadrants. */
#ifndef VG_FMT_INDICATORS_H
#define VG_FMT_INDICATORS_H

struct fmt;
struct indicator;

/* An indicator's charts (trend, comparison) as its grafiek asks, and its
 * series as a table. */
void fmt_indicator_charts(struct fmt *f, const struct indicator *ind);
void fmt_indicator_series(struct fmt *f, const struct indicator *ind);

#endif
