/* Small multiples of the trends (multiples.c); part of chart.h. */
#ifndef VG_CHART_MULTIPLES_H
#define VG_CHART_MULTIPLES_H
#include <stddef.h>

#include "../model/report.h"
#include "canvas.h"

struct arena;

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
