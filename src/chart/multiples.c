/* Small multiples: the trend of every indicator in a grid of equal
 * cells, each with its name, so the council sees all movement at once. */
#include <math.h>
#include <stdio.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "chart.h"
#include "parts.h"

#define CELL_H 104.0 /* name line and chart */
#define GAP 14.0

static size_t columns(double w)
{
	return w >= 420 ? 3 : 2;
}

static size_t charted(const struct report *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nindicatoren; i++)
		n += chart_trend_possible(&r->indicatoren[i]);
	return n;
}

double chart_multiples_height(const struct report *r, double w)
{
	size_t n = charted(r), cols = columns(w), rows = (n + cols - 1) / cols;
	return rows ? (double)rows * CELL_H + (double)(rows - 1) * GAP : 0;
}

void chart_multiples(struct canvas *cv, const struct report *r, double w, double h)
{
	size_t cols = columns(w), k = 0;
	double cw = (w - GAP * (double)(cols - 1)) / (double)cols;
	char b[200];
	(void)h;
	for (size_t i = 0; i < r->nindicatoren; i++) {
		const struct indicator *ind = &r->indicatoren[i];
		struct cv_offset o;
		struct canvas cell;
		double x, y;
		if (!chart_trend_possible(ind))
			continue;
		x = (double)(k % cols) * (cw + GAP);
		y = (double)(k / cols) * (CELL_H + GAP);
		cv_text(cv, x, y + 8, FONT_BOLD, LABEL_SIZE + 0.5, cv->style->ink, ANCHOR_START,
		        fit_text(cv, FONT_BOLD, LABEL_SIZE + 0.5, ind->naam, cw, b, sizeof b));
		cell = cv_offset(cv, x, y + 12, &o);
		chart_trend(&cell, ind, cw, CELL_H - 12);
		k++;
	}
}

const char *chart_multiples_alt(struct arena *a, const struct report *r)
{
	struct buf out = {0};
	const char *s;
	size_t k = 0;
	buf_printf(&out, "Kleine grafieken van %zu indicatoren:", charted(r));
	for (size_t i = 0; i < r->nindicatoren; i++) {
		const struct indicator *ind = &r->indicatoren[i];
		if (!chart_trend_possible(ind))
			continue;
		buf_printf(&out, "%s %s, stand: %s", k++ ? ";" : "", ind->naam, chart_status(ind));
	}
	buf_printf(&out, ". De grafieken per indicator staan bij Data en informatie.");
	s = arena_strdup(a, buf_str(&out));
	buf_free(&out);
	return s;
}
