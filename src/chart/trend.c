/* The indicator trend chart: values over periods, the baseline, the
 * target, the status in words and a symbol, and the alt text. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/status.h"
#include "../text/goal.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/xalloc.h"
#include "frame.h"
#include "parts.h"
#include "scale.h"
#include "trend.h"

int chart_trend_possible(const struct indicator *ind)
{
	size_t known = 0;
	for (size_t i = 0; i < ind->nreeks; i++)
		known += ind->reeks[i].waarde.kind == VAL_NUMBER;
	return known >= 2;
}

int chart_trend_wanted(const struct indicator *ind)
{
	return (ind->grafiek == CHART_AUTO || ind->grafiek == CHART_TREND || ind->grafiek == CHART_BOTH) &&
	       chart_trend_possible(ind);
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
	return status_word[indicator_status(ind).kind];
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

/* Short period labels ("2021", "Q1 2022") in one block of 32 bytes each,
 * with pointers to them; free both. */
static const char **period_labels(const struct indicator *ind, char **block)
{
	const char **l = xcalloc(ind->nreeks + 1, sizeof *l);
	*block = xcalloc(ind->nreeks + 1, 32);
	for (size_t i = 0; i < ind->nreeks; i++)
		l[i] = nl_period_short(*block + 32 * i, 32, &ind->reeks[i].periode);
	return l;
}

void chart_trend_frame(struct canvas *cv, const struct indicator *ind, double w, double h,
                       struct chart_frame *fr)
{
	double lo, hi;
	char *block;
	const char **labels = period_labels(ind, &block);
	data_range(ind, &lo, &hi);
	if (ind->basis.periode.year && ind->basis.waarde.kind == VAL_NUMBER) {
		lo = fmin(lo, ind->basis.waarde.num);
		hi = fmax(hi, ind->basis.waarde.num);
	}
	fr->y = scale_nice(lo, hi, 4, 0);
	fr->left = axis_label_width(cv, &fr->y) + 6;
	fr->top = 16;
	fr->width = fmax(w - fr->left - 4, 1);
	fr->nslots = ind->nreeks;
	fr->height = fmax(h - fr->top - axis_slot_depth(cv, fr->width, labels, ind->nreeks), 1);
	free(labels);
	free(block);
}

/* A status symbol in a box of `s` points at (x, y) top-left: the shape
 * carries the meaning, so it reads without colour. Gehaald or doel
 * bereikt: a filled disc; op koers: a filled triangle pointing the good
 * way; niet op koers: a hollow triangle pointing the other way; niet
 * gehaald: a hollow triangle pointing the other way with a bar under it;
 * onbekend: a hollow disc. */
static void status_symbol(struct canvas *cv, enum status_kind k, int higher_good, double x, double y, double s,
                          struct rgb c)
{
	const struct canvas_ops *op = cv->ops;
	struct pen pen = {c, 0.9, 0};
	int up = higher_good;
	if (k == STATUS_GEHAALD || k == STATUS_BEREIKT || k == STATUS_ONBEKEND) {
		cv_circle_path(cv, x + s / 2, y + s / 2, s / 2 - 0.5);
		if (k != STATUS_ONBEKEND)
			op->fill(cv->ctx, c);
		else
			op->stroke(cv->ctx, &pen);
		return;
	}
	if (k != STATUS_OP_KOERS)
		up = !up;
	op->move_to(cv->ctx, x + s / 2, up ? y : y + s);
	op->line_to(cv->ctx, x + s, up ? y + s : y);
	op->line_to(cv->ctx, x, up ? y + s : y);
	op->close_path(cv->ctx);
	if (k == STATUS_OP_KOERS)
		op->fill(cv->ctx, c);
	else
		op->stroke(cv->ctx, &pen);
	if (k == STATUS_NIET_GEHAALD)
		cv_line(cv, x, y + s + 1.2, x + s, y + s + 1.2, &pen);
}

/* Index of the series point that is the baseline (same period, same known
 * value), or nreeks: then a known baseline is drawn as its own line. */
static size_t basis_index(const struct indicator *ind)
{
	const struct period *b = &ind->basis.periode;
	const struct value *bv = &ind->basis.waarde;
	for (size_t i = 0; b->year && bv->kind == VAL_NUMBER && i < ind->nreeks; i++) {
		const struct period *p = &ind->reeks[i].periode;
		const struct value *v = &ind->reeks[i].waarde;
		if (period_same(p, b) && v->kind == VAL_NUMBER &&
		    fabs(v->num - bv->num) <= 1e-9 * fmax(1, fabs(bv->num)))
			return i;
	}
	return ind->nreeks;
}

void chart_trend(struct canvas *cv, const struct indicator *ind, double w, double h)
{
	const struct canvas_ops *op = cv->ops;
	const struct chart_style *st = cv->style;
	struct rgb line = st->series[0];
	struct pen target = {st->ink, 1, 3}, series = {line, 1.6, 0};
	struct pen ring = {st->ink, 0.8, 0};
	struct chart_frame fr;
	struct ind_status status = indicator_status(ind);
	char b[160], *block;
	const char **labels;
	size_t n = ind->nreeks, bi = basis_index(ind);

	chart_trend_frame(cv, ind, w, h, &fr);
	/* status in words and a symbol, top left: not by colour alone */
	status_symbol(cv, status.kind, ind->richting != DIR_LOWER, fr.left, 1.5, 7, st->ink);
	snprintf(b, sizeof b, "Stand: %s", status_word[status.kind]);
	cv_text(cv, fr.left + 10, 8, FONT_BOLD, LABEL_SIZE, st->ink, ANCHOR_START, b);
	/* target band, grid and tick labels */
	if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER) {
		double y1 = chart_value_y(&fr, ind->band_hoog.num), y2 = chart_value_y(&fr, ind->band_laag.num);
		char lo_s[48], hi_s[48];
		cv_fill_rect(cv, fr.left, y1, fr.width, y2 - y1, st->band);
		nl_value(lo_s, sizeof lo_s, &ind->band_laag);
		nl_value(hi_s, sizeof hi_s, &ind->band_hoog);
		if (ind->streefjaar)
			snprintf(b, sizeof b, "doelband %s tot %s (%d)", lo_s, hi_s, ind->streefjaar);
		else
			snprintf(b, sizeof b, "doelband %s tot %s", lo_s, hi_s);
		/* above the band: clear of the values that reached it */
		cv_text(cv, fr.left + fr.width, y1 - 3, FONT_ITALIC, LABEL_SIZE, st->ink, ANCHOR_END, b);
	}
	axis_horizontal_grid(cv, &fr);
	labels = period_labels(ind, &block);
	axis_slot_labels(cv, &fr, labels);
	free(labels);
	free(block);
	/* the baseline: a value outside the series as a dotted line */
	if (ind->basis.periode.year && ind->basis.waarde.kind == VAL_NUMBER && bi == n) {
		struct pen dots = {st->muted, 0.8, 1};
		double y = chart_value_y(&fr, ind->basis.waarde.num);
		char v[48], p[32];
		cv_line(cv, fr.left, y, fr.left + fr.width, y, &dots);
		snprintf(b, sizeof b, "basis %s (%s)", nl_value(v, sizeof v, &ind->basis.waarde),
		         nl_period_short(p, sizeof p, &ind->basis.periode));
		cv_text(cv, fr.left + 2, y - 3, FONT_ITALIC, LABEL_SIZE, st->muted, ANCHOR_START, b);
	}
	/* the target as a dashed line with its value */
	if (ind->streefwaarde.kind == VAL_NUMBER) {
		double y = chart_value_y(&fr, ind->streefwaarde.num);
		char v[48];
		cv_line(cv, fr.left, y, fr.left + fr.width, y, &target);
		nl_value(v, sizeof v, &ind->streefwaarde);
		if (ind->streefjaar)
			snprintf(b, sizeof b, "doel %s (%d)", v, ind->streefjaar);
		else
			snprintf(b, sizeof b, "doel %s", v);
		cv_text(cv, fr.left + fr.width, y - 3, FONT_ITALIC, LABEL_SIZE, st->ink, ANCHOR_END, b);
	}
	/* the series as one path per run of known values: gaps, never zero;
	 * a lone value has only its marker */
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && ind->reeks[j].waarde.kind == VAL_NUMBER)
			j++;
		if (j - i >= 2) {
			op->move_to(cv->ctx, chart_slot_x(&fr, i), chart_value_y(&fr, ind->reeks[i].waarde.num));
			for (size_t k = i + 1; k < j; k++)
				op->line_to(cv->ctx, chart_slot_x(&fr, k), chart_value_y(&fr, ind->reeks[k].waarde.num));
			op->stroke(cv->ctx, &series);
		}
		i = j > i ? j : i + 1;
	}
	for (size_t i = 0; i < n; i++) {
		double x, y;
		if (ind->reeks[i].waarde.kind != VAL_NUMBER) { /* the gap explained */
			cv_text(cv, chart_slot_x(&fr, i), fr.top + fr.height - 3, FONT_ITALIC, LABEL_SIZE - 1, st->muted,
			        ANCHOR_MIDDLE, "geen meting");
			continue;
		}
		x = chart_slot_x(&fr, i);
		y = chart_value_y(&fr, ind->reeks[i].waarde.num);
		cv_circle_path(cv, x, y, 2.4);
		op->fill(cv->ctx, line);
		if (i == bi) { /* the baseline: a ring around its point, labelled
			            * where there is room */
			cv_circle_path(cv, x, y, 4.5);
			op->stroke(cv->ctx, &ring);
			if (w < 250)
				continue;
			/* labelled on the side away from the axis labels */
			cv_text(cv, x, y > fr.top + fr.height / 2 ? y - 7 : y + 12, FONT_ITALIC, LABEL_SIZE, st->muted,
			        ANCHOR_MIDDLE, "basis");
		}
	}
}

const char *chart_trend_alt(struct arena *a, const struct indicator *ind)
{
	const struct datapoint *first, *last;
	char p1[32], p2[32], v1[48], v2[48], tv[160], sv[96];
	const char *target = "";
	size_t unknown = 0;
	for (size_t i = 0; i < ind->nreeks; i++)
		unknown += ind->reeks[i].waarde.kind != VAL_NUMBER;
	if (!ends(ind, &first, &last))
		return arena_printf(a, "Grafiek van %s: te weinig meetwaarden.", ind->naam);
	nl_goal(tv, sizeof tv, ind);
	if (tv[0])
		target = arena_printf(a, "; doel %s", tv);
	return arena_printf(a, "Grafiek van %s%s%s%s, %s\xE2\x80\x93%s: van %s naar %s%s; stand: %s.%s", ind->naam,
	                    ind->eenheid ? " (" : "", ind->eenheid ? ind->eenheid : "", ind->eenheid ? ")" : "",
	                    nl_period_short(p1, sizeof p1, &first->periode), nl_period_short(p2, sizeof p2, &last->periode),
	                    nl_value(v1, sizeof v1, &first->waarde), nl_value(v2, sizeof v2, &last->waarde), target,
	                    nl_status(sv, sizeof sv, ind),
	                    unknown ? arena_printf(a, " %zu %s.", unknown, unknown == 1 ? "meting ontbreekt" : "metingen ontbreken") : "");
}
