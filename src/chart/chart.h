/* Charts from report data, drawn on a canvas, with generated alt text.
 * Every chart kind has a draw function of the same shape, so layout and
 * export can handle any of them. */
#ifndef VG_CHART_H
#define VG_CHART_H
#include <stddef.h>

#include "../model/report.h"
#include "canvas.h"
#include "frame.h"
#include "scale.h"

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

/* Horizontal bars over wijken or groups (ind->vergelijking), sorted,
 * with value labels and the average as a dashed reference line. */
void chart_comparison(struct canvas *cv, const struct indicator *ind, double w, double h);
double chart_comparison_height(const struct indicator *ind);
int chart_comparison_possible(const struct indicator *ind);
const char *chart_comparison_alt(struct arena *a, const struct indicator *ind);

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

/* Small multiples: indicators with a trend in a grid of small charts with
 * shared styling; one figure holds at most MULTIPLES_MAX of them, from
 * the first-th such indicator on. */
#define MULTIPLES_MAX 9
struct multiples {
	const struct report *r;
	size_t first;
	size_t max; /* at most this many (1 to MULTIPLES_MAX); 0 for MULTIPLES_MAX */
};
size_t chart_multiples_count(const struct report *r); /* indicators with a trend */
void chart_multiples(struct canvas *cv, const struct multiples *m, double w, double h);
double chart_multiples_height(const struct multiples *m, double w);
const char *chart_multiples_alt(struct arena *a, const struct multiples *m);

#endif
