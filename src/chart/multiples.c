/* Small multiples: the trend of every indicator in a grid of equal
 * cells, each with its name, so the council sees all movement at once.
 * A figure holds at most three rows (MULTIPLES_MAX), so it fits a page. */
#include <math.h>
#include <stdio.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "multiples.h"
#include "parts.h"
#include "trend.h"

#define CELL_H 104.0 /* name line and chart */
#define GAP 14.0

static size_t columns(double w)
{
	return w >= 420 ? 3 : 2;
}

size_t chart_multiples_count(const struct report *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nindicatoren; i++)
		n += chart_trend_wanted(&r->indicatoren[i]);
	return n;
}

/* The indicators of this figure, in order; returns how many. */
static size_t members(const struct multiples *m, const struct indicator *out[MULTIPLES_MAX])
{
	size_t seen = 0, n = 0, max = m->max > 0 && m->max < MULTIPLES_MAX ? m->max : MULTIPLES_MAX;
	for (size_t i = 0; i < m->r->nindicatoren && n < max; i++)
		if (chart_trend_wanted(&m->r->indicatoren[i]) && seen++ >= m->first)
			out[n++] = &m->r->indicatoren[i];
	return n;
}

double chart_multiples_height(const struct multiples *m, double w)
{
	const struct indicator *ind[MULTIPLES_MAX];
	size_t n = members(m, ind), cols = columns(w), rows = (n + cols - 1) / cols;
	return rows ? (double)rows * CELL_H + (double)(rows - 1) * GAP : 0;
}

void chart_multiples(struct canvas *cv, const struct multiples *m, double w, double h)
{
	const struct indicator *ind[MULTIPLES_MAX];
	size_t cols = columns(w), n = members(m, ind);
	double cw = (w - GAP * (double)(cols - 1)) / (double)cols;
	char b[200];
	(void)h;
	for (size_t k = 0; k < n; k++) {
		struct cv_offset o;
		struct canvas cell;
		double x = (double)(k % cols) * (cw + GAP), y = (double)(k / cols) * (CELL_H + GAP);
		cv_text(cv, x, y + 8, FONT_BOLD, LABEL_SIZE + 0.5, cv->style->ink, ANCHOR_START,
		        fit_text(cv, FONT_BOLD, LABEL_SIZE + 0.5, ind[k]->naam, cw, b, sizeof b));
		cell = cv_offset(cv, x, y + 12, &o);
		chart_trend(&cell, ind[k], cw, CELL_H - 12);
	}
}

const char *chart_multiples_alt(struct arena *a, const struct multiples *m)
{
	const struct indicator *ind[MULTIPLES_MAX];
	struct buf out = {0};
	const char *s;
	size_t n = members(m, ind);
	buf_printf(&out, "Verloop van %zu %s:", n, n == 1 ? "indicator" : "indicatoren");
	for (size_t k = 0; k < n; k++)
		buf_printf(&out, "%s %s, stand: %s", k ? ";" : "", ind[k]->naam, chart_status(ind[k]));
	buf_putc(&out, '.');
	s = arena_strdup(a, buf_str(&out));
	buf_free(&out);
	return s;
}
