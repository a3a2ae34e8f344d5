#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../text/nlformat.h"
#include "../util/arena.h"
#include "chart.h"
#include "scale.h"

#define LABEL_SIZE 7.0

int chart_trend_possible(const struct indicator *ind)
{
	size_t known = 0;
	for (size_t i = 0; i < ind->nreeks; i++)
		known += ind->reeks[i].waarde.kind == VAL_NUMBER;
	return known >= 2;
}

/* First and last known values. */
static int ends(const struct indicator *ind, const struct datapoint **first, const struct datapoint **last)
{
	*first = *last = NULL;
	for (size_t i = 0; i < ind->nreeks; i++)
		if (ind->reeks[i].waarde.kind == VAL_NUMBER) {
			if (*first == NULL)
				*first = &ind->reeks[i];
			*last = &ind->reeks[i];
		}
	return *first != NULL && *first != *last;
}

const char *chart_status(const struct indicator *ind)
{
	const struct datapoint *a, *b;
	double target, sign;
	if (!ends(ind, &a, &b) || ind->richting == DIR_NONE)
		return "onbekend";
	sign = ind->richting == DIR_HIGHER ? 1 : -1;
	if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER) {
		if (b->waarde.num >= ind->band_laag.num && b->waarde.num <= ind->band_hoog.num)
			return "doel bereikt";
		target = ind->richting == DIR_HIGHER ? ind->band_laag.num : ind->band_hoog.num;
	} else if (ind->streefwaarde.kind == VAL_NUMBER) {
		target = ind->streefwaarde.num;
	} else {
		return "onbekend";
	}
	if (sign * (b->waarde.num - target) >= 0)
		return "doel bereikt";
	return sign * (b->waarde.num - a->waarde.num) > 0 ? "op koers" : "achter";
}

/* The range to show: data, target and band. */
static void data_range(const struct indicator *ind, double *lo, double *hi)
{
	*lo = INFINITY;
	*hi = -INFINITY;
	for (size_t i = 0; i < ind->nreeks; i++)
		if (ind->reeks[i].waarde.kind == VAL_NUMBER) {
			*lo = fmin(*lo, ind->reeks[i].waarde.num);
			*hi = fmax(*hi, ind->reeks[i].waarde.num);
		}
	if (ind->streefwaarde.kind == VAL_NUMBER) {
		*lo = fmin(*lo, ind->streefwaarde.num);
		*hi = fmax(*hi, ind->streefwaarde.num);
	}
	if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER) {
		*lo = fmin(*lo, ind->band_laag.num);
		*hi = fmax(*hi, ind->band_hoog.num);
	}
}

void chart_trend(struct canvas *cv, const struct indicator *ind, double w, double h)
{
	const struct canvas_ops *op = cv->ops;
	const struct template *t = cv->t;
	struct rgb ink = t->colour[COLOUR_TEXT], muted = t->colour[COLOUR_MUTED], accent = t->colour[COLOUR_ACCENT];
	struct rgb grid = t->colour[COLOUR_RULE], band = t->colour[COLOUR_FILL];
	double lo, hi, left = 0, top = 14, bottom = 16, pw, ph, slot, prevx = 0, prevy = 0;
	struct scale s;
	char b[160];
	size_t n = ind->nreeks, every = 1;
	int have_prev = 0;

	data_range(ind, &lo, &hi);
	s = scale_nice(lo, hi, 4, 0);
	for (size_t i = 0; i < s.nticks; i++)
		left = fmax(left, op->text_width(cv->ctx, FONT_REGULAR, LABEL_SIZE, scale_label(&s, i, b, sizeof b)));
	left += 6;
	pw = w - left - 4;
	ph = h - top - bottom;
	slot = pw / (double)(n ? n : 1);
	/* status in words, top left: not by colour alone */
	snprintf(b, sizeof b, "Stand: %s", chart_status(ind));
	op->text(cv->ctx, left, 8, FONT_BOLD, LABEL_SIZE, ink, ANCHOR_START, b);
	/* target band, grid and tick labels */
	if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER) {
		double y1 = top + ph - scale_pos(&s, ind->band_hoog.num, ph), y2 = top + ph - scale_pos(&s, ind->band_laag.num, ph);
		char lo_s[48], hi_s[48];
		op->rect(cv->ctx, left, y1, pw, y2 - y1, band);
		nl_value(lo_s, sizeof lo_s, &ind->band_laag);
		nl_value(hi_s, sizeof hi_s, &ind->band_hoog);
		if (ind->streefjaar)
			snprintf(b, sizeof b, "doelband %s tot %s (%d)", lo_s, hi_s, ind->streefjaar);
		else
			snprintf(b, sizeof b, "doelband %s tot %s", lo_s, hi_s);
		op->text(cv->ctx, left + pw - 2, y1 + (y2 - y1) / 2 + LABEL_SIZE * 0.35, FONT_ITALIC, LABEL_SIZE, ink,
		         ANCHOR_END, b);
	}
	for (size_t i = 0; i < s.nticks; i++) {
		double y = top + ph - scale_pos(&s, scale_tick(&s, i), ph);
		op->line(cv->ctx, left, y, left + pw, y, 0.3, grid, 0);
		op->text(cv->ctx, left - 4, y + LABEL_SIZE * 0.35, FONT_REGULAR, LABEL_SIZE, muted, ANCHOR_END,
		         scale_label(&s, i, b, sizeof b));
	}
	/* period labels, thinned when they would touch */
	for (size_t i = 0; i < n; i++) {
		double lw = op->text_width(cv->ctx, FONT_REGULAR, LABEL_SIZE,
		                           nl_period_short(b, sizeof b, &ind->reeks[i].periode));
		while (lw + 4 > slot * (double)every && every < n)
			every++;
	}
	for (size_t i = 0; i < n; i += every)
		op->text(cv->ctx, left + slot * ((double)i + 0.5), top + ph + 11, FONT_REGULAR, LABEL_SIZE, muted,
		         ANCHOR_MIDDLE, nl_period_short(b, sizeof b, &ind->reeks[i].periode));
	/* the target as a dashed line with its value */
	if (ind->streefwaarde.kind == VAL_NUMBER) {
		double y = top + ph - scale_pos(&s, ind->streefwaarde.num, ph);
		char v[48];
		op->line(cv->ctx, left, y, left + pw, y, 1, ink, 3);
		nl_value(v, sizeof v, &ind->streefwaarde);
		if (ind->streefjaar)
			snprintf(b, sizeof b, "doel %s (%d)", v, ind->streefjaar);
		else
			snprintf(b, sizeof b, "doel %s", v);
		op->text(cv->ctx, left + pw, y - 3, FONT_ITALIC, LABEL_SIZE, ink, ANCHOR_END, b);
	}
	/* the series: gaps for unknown values, never zero */
	for (size_t i = 0; i < n; i++) {
		const struct value *v = &ind->reeks[i].waarde;
		double x = left + slot * ((double)i + 0.5), y;
		if (v->kind != VAL_NUMBER) {
			have_prev = 0;
			continue;
		}
		y = top + ph - scale_pos(&s, v->num, ph);
		if (have_prev)
			op->line(cv->ctx, prevx, prevy, x, y, 1.6, accent, 0);
		op->rect(cv->ctx, x - 2, y - 2, 4, 4, accent);
		prevx = x;
		prevy = y;
		have_prev = 1;
	}
}

const char *chart_trend_alt(struct arena *a, const struct indicator *ind)
{
	const struct datapoint *first, *last;
	char p1[32], p2[32], v1[48], v2[48], tv[48];
	const char *target = "";
	size_t unknown = 0;
	for (size_t i = 0; i < ind->nreeks; i++)
		unknown += ind->reeks[i].waarde.kind != VAL_NUMBER;
	if (!ends(ind, &first, &last))
		return arena_printf(a, "Grafiek van %s: te weinig meetwaarden.", ind->naam);
	if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER) {
		char lo[48], hi[48];
		nl_value(lo, sizeof lo, &ind->band_laag);
		nl_value(hi, sizeof hi, &ind->band_hoog);
		target = arena_printf(a, "; doel tussen %s en %s%s", lo, hi,
		                      ind->streefjaar ? arena_printf(a, " in %d", ind->streefjaar) : "");
	} else if (ind->streefwaarde.kind == VAL_NUMBER) {
		nl_value(tv, sizeof tv, &ind->streefwaarde);
		target = arena_printf(a, "; doel %s%s", tv, ind->streefjaar ? arena_printf(a, " in %d", ind->streefjaar) : "");
	}
	return arena_printf(a, "Grafiek van %s%s%s%s, %s\xE2\x80\x93%s: van %s naar %s%s; stand: %s.%s", ind->naam,
	                    ind->eenheid ? " (" : "", ind->eenheid ? ind->eenheid : "", ind->eenheid ? ")" : "",
	                    nl_period_short(p1, sizeof p1, &first->periode), nl_period_short(p2, sizeof p2, &last->periode),
	                    nl_value(v1, sizeof v1, &first->waarde), nl_value(v2, sizeof v2, &last->waarde), target,
	                    chart_status(ind),
	                    unknown ? arena_printf(a, " %zu %s onbekend.", unknown, unknown == 1 ? "meetwaarde is" : "meetwaarden zijn") : "");
}
