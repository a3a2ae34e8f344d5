/* Horizontal bars comparing wijken or groups for one period: sorted from
 * high to low, each with its value, and the average as a reference line.
 * Unknown values get a row that says so, never a bar of zero. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/xalloc.h"
#include "bars.h"
#include "parts.h"

#define ROW 14.0  /* distance between bars, when there is room */
#define MAX_H 560.0 /* a chart stays well within a page: rows get closer */
#define HEAD 16.0 /* room above the bars: period and reference legend */
#define FOOT 16.0 /* room below: tick labels */

/* True when item a goes before item b: known values first, high to low;
 * equal values and unknowns keep the input order. */
static int before(const struct comparison *c, size_t a, size_t b)
{
	const struct value *va = &c->items[a].waarde, *vb = &c->items[b].waarde;
	int ka = va->kind == VAL_NUMBER, kb = vb->kind == VAL_NUMBER;
	if (ka != kb)
		return ka;
	if (ka && va->num != vb->num)
		return va->num > vb->num;
	return a < b;
}

/* Indices of the items in display order (caller frees); a stable
 * insertion sort, as there are at most 60 items. */
static size_t *display_order(const struct comparison *c)
{
	size_t *ix = xcalloc(c->n + 1, sizeof *ix);
	for (size_t i = 0; i < c->n; i++) {
		size_t j = i;
		while (j > 0 && before(c, i, ix[j - 1])) {
			ix[j] = ix[j - 1];
			j--;
		}
		ix[j] = i;
	}
	return ix;
}

double chart_comparison_height(const struct indicator *ind)
{
	return fmin(HEAD + ROW * (double)ind->vergelijking.n + FOOT + 4, MAX_H);
}

int chart_comparison_possible(const struct indicator *ind)
{
	const struct comparison *c = &ind->vergelijking;
	for (size_t i = 0; i < c->n; i++)
		if (c->items[i].waarde.kind == VAL_NUMBER)
			return 1;
	return 0;
}

static const char *average_label(const struct comparison *c, char *out, size_t outsz)
{
	char v[48];
	snprintf(out, outsz, "%s %s", c->gemiddelde_naam ? c->gemiddelde_naam : "gemiddelde",
	         nl_value(v, sizeof v, &c->gemiddelde));
	return out;
}

void chart_comparison(struct canvas *cv, const struct indicator *ind, double w, double h)
{
	const struct comparison *c = &ind->vergelijking;
	const struct chart_style *st = cv->style;
	struct pen ref = {st->ink, 1, 3}, grid = {st->grid, 0.3, 0};
	double lo = 0, hi = 0, names = 0, vals = 0, left, right, x0, pw;
	size_t *ix = display_order(c), every;
	struct scale s;
	char b[160], v[48], p[32];
	/* rows share the height; bars are two thirds of a row */
	double row = c->n ? fmin(ROW, (h - HEAD - FOOT - 4) / (double)c->n) : ROW, bar = row * 0.65;
	for (size_t i = 0; i < c->n; i++) {
		const struct value *val = &c->items[i].waarde;
		names = fmax(names, cv_width(cv, FONT_REGULAR, LABEL_SIZE, c->items[i].naam));
		vals = fmax(vals, cv_width(cv, FONT_REGULAR, LABEL_SIZE,
		                           val->kind == VAL_NUMBER ? nl_value(v, sizeof v, val) : "onbekend"));
		if (val->kind == VAL_NUMBER) {
			lo = fmin(lo, val->num);
			hi = fmax(hi, val->num);
		}
	}
	if (c->gemiddelde.kind == VAL_NUMBER) {
		lo = fmin(lo, c->gemiddelde.num);
		hi = fmax(hi, c->gemiddelde.num);
	}
	s = scale_nice(lo, hi, 5, 1);
	left = fmin(names, w * 0.35) + 6;
	/* value labels sit beyond the bar ends: room on the right, and on
	 * the left when values are negative */
	right = vals + 6;
	x0 = left + (lo < 0 ? vals + 6 : 0);
	pw = fmax(w - x0 - right, 1);
	/* head: the period, and the reference line's legend */
	snprintf(b, sizeof b, "%s", nl_period_short(p, sizeof p, &c->periode));
	cv_text(cv, 0, 8, FONT_BOLD, LABEL_SIZE, st->ink, ANCHOR_START, b);
	if (c->gemiddelde.kind == VAL_NUMBER) {
		char full[160];
		const char *label = fit_text(cv, FONT_ITALIC, LABEL_SIZE, average_label(c, full, sizeof full), w * 0.6, b,
		                             sizeof b);
		double lx = w - cv_width(cv, FONT_ITALIC, LABEL_SIZE, label);
		cv_line(cv, lx - 18, 5.5, lx - 4, 5.5, &ref);
		cv_text(cv, lx, 8, FONT_ITALIC, LABEL_SIZE, st->ink, ANCHOR_START, label);
	}
	/* vertical grid with tick labels under the bars */
	/* every tick gets a grid line; labels only every k-th when they
	 * would touch */
	every = 1;
	while (every < s.nticks && axis_label_width(cv, &s) + 4 > pw / (double)(s.nticks - 1) * (double)every)
		every++;
	for (size_t i = 0; i < s.nticks; i++) {
		double x = x0 + scale_pos(&s, scale_tick(&s, i), pw);
		cv_line(cv, x, HEAD - 2, x, HEAD + row * (double)c->n, &grid);
		if (i % every == 0)
			cv_text(cv, x, HEAD + row * (double)c->n + 11, FONT_REGULAR, LABEL_SIZE, st->muted, ANCHOR_MIDDLE,
			        scale_label(&s, i, b, sizeof b));
	}
	for (size_t r = 0; r < c->n; r++) {
		const struct comparison_item *it = &c->items[ix[r]];
		double y = HEAD + row * (double)r, zero = x0 + scale_pos(&s, 0, pw), base = y + (row + LABEL_SIZE) / 2 - 1;
		cv_text(cv, left - 6, base, FONT_REGULAR, LABEL_SIZE, st->ink, ANCHOR_END,
		        fit_text(cv, FONT_REGULAR, LABEL_SIZE, it->naam, left - 6, b, sizeof b));
		if (it->waarde.kind != VAL_NUMBER) {
			cv_text(cv, zero + 3, base, FONT_ITALIC, LABEL_SIZE, st->muted, ANCHOR_START, "onbekend");
			continue;
		}
		{
			double end = x0 + scale_pos(&s, it->waarde.num, pw), bx = fmin(zero, end);
			cv_fill_rect(cv, bx, y + (row - bar) / 2, fabs(end - zero), bar, st->series[0]);
			nl_value(v, sizeof v, &it->waarde);
			if (it->waarde.num < 0)
				cv_text(cv, end - 3, base, FONT_REGULAR, LABEL_SIZE, st->ink, ANCHOR_END, v);
			else
				cv_text(cv, end + 3, base, FONT_REGULAR, LABEL_SIZE, st->ink, ANCHOR_START, v);
		}
	}
	/* the zero line, then the reference on top of the bars */
	{
		struct pen axis = {st->ink, 0.6, 0};
		double zx = x0 + scale_pos(&s, 0, pw);
		cv_line(cv, zx, HEAD - 2, zx, HEAD + row * (double)c->n, &axis);
	}
	if (c->gemiddelde.kind == VAL_NUMBER) {
		double x = x0 + scale_pos(&s, c->gemiddelde.num, pw);
		cv_line(cv, x, HEAD - 4, x, HEAD + row * (double)c->n + 2, &ref);
	}
	free(ix);
}

const char *chart_comparison_alt(struct arena *a, const struct indicator *ind)
{
	const struct comparison *c = &ind->vergelijking;
	size_t *ix = display_order(c), known = 0;
	char p[32], v1[48], v2[48], avg[96];
	const char *s;
	for (size_t i = 0; i < c->n; i++)
		known += c->items[i].waarde.kind == VAL_NUMBER;
	nl_period_short(p, sizeof p, &c->periode);
	if (known == 0) {
		free(ix);
		return arena_printf(a, "Vergelijking van %s in %s: geen bekende waarden.", ind->naam, p);
	}
	nl_value(v1, sizeof v1, &c->items[ix[0]].waarde);
	nl_value(v2, sizeof v2, &c->items[ix[known - 1]].waarde);
	if (c->gemiddelde.kind == VAL_NUMBER)
		average_label(c, avg, sizeof avg);
	s = arena_printf(a, "Vergelijking van %s%s%s%s in %s over %zu %s: hoogste %s (%s), laagste %s (%s)%s%s.%s",
	                 ind->naam, ind->eenheid ? " (" : "", ind->eenheid ? ind->eenheid : "", ind->eenheid ? ")" : "", p,
	                 c->n, c->n == 1 ? "wijk of groep" : "wijken of groepen", c->items[ix[0]].naam, v1,
	                 c->items[ix[known - 1]].naam, v2, c->gemiddelde.kind == VAL_NUMBER ? "; " : "",
	                 c->gemiddelde.kind == VAL_NUMBER ? avg : "",
	                 known < c->n ? arena_printf(a, " %zu onbekend.", c->n - known) : "");
	free(ix);
	return s;
}
