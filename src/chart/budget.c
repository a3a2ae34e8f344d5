/* Budget charts: begroot per year stacked by pijler, and begroot against
 * besteed per year. Sums are exact (struct money); only positions on the
 * page are doubles. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/money.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/xalloc.h"
#include "budget.h"
#include "frame.h"
#include "parts.h"

#define MAX_GROUPS CHART_PALETTE_MAX

/* The segments of the stacked bars: pijlers, or posts when none has one;
 * past the number of colours the smallest merge into "overige", so no two
 * segments share a colour. */
struct groups {
	int by_pijler;      /* segments are pijlers, not posts */
	const char *name[MAX_GROUPS];
	size_t n;
	size_t *of_post;    /* group of each post */
	int64_t *sum;       /* group x year, exact */
	int *unknown;       /* group x year: a post in it is unknown */
};

static size_t find_or_add(const char **names, size_t *n, size_t cap, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	if (*n == cap) /* cannot happen: cap is the number of posts */
		return 0;
	names[*n] = name;
	return (*n)++;
}

static void groups_build(struct groups *g, const struct middelen *m, size_t colours)
{
	int by_pijler = 0;
	size_t nall = 0, *all_of = xcalloc(m->nposten + 1, sizeof *all_of);
	const char **all = xcalloc(m->nposten + 1, sizeof *all);
	int64_t *tot;
	size_t *rank;
	by_pijler = budget_by_pijler(m);
	for (size_t i = 0; i < m->nposten; i++) {
		const char *nm = by_pijler ? (m->posten[i].pijler ? m->posten[i].pijler : "zonder pijler") : m->posten[i].naam;
		all_of[i] = find_or_add(all, &nall, m->nposten, nm);
	}
	/* keep the largest groups by absolute total; merge the rest */
	tot = xcalloc(nall + 1, sizeof *tot);
	for (size_t i = 0; i < m->nposten; i++)
		for (size_t j = 0; j < m->njaren; j++)
			if (m->posten[i].begroot[j].kind == VAL_NUMBER)
				tot[all_of[i]] += llabs(m->posten[i].begroot[j].q) / MONEY_SCALE;
	rank = xcalloc(nall + 1, sizeof *rank);
	for (size_t i = 0; i < nall; i++) {
		size_t r = 0;
		for (size_t k = 0; k < nall; k++)
			r += tot[k] > tot[i] || (tot[k] == tot[i] && k < i);
		rank[i] = r;
	}
	g->n = 0;
	g->by_pijler = by_pijler;
	g->of_post = xcalloc(m->nposten + 1, sizeof *g->of_post);
	{
		size_t cap = colours < 2 ? 2 : colours > MAX_GROUPS ? MAX_GROUPS : colours;
		size_t keep = nall <= cap ? nall : cap - 1, *gmap = xcalloc(nall + 1, sizeof *gmap);
		for (size_t i = 0; i < nall; i++) /* input order among the kept */
			gmap[i] = rank[i] < keep ? g->n++ : MAX_GROUPS;
		for (size_t i = 0, k = 0; i < nall; i++)
			if (gmap[i] < MAX_GROUPS)
				g->name[k++] = all[i];
		if (nall > keep)
			g->name[g->n++] = by_pijler ? "overige pijlers" : "overige posten";
		for (size_t i = 0; i < m->nposten; i++)
			g->of_post[i] = gmap[all_of[i]] < MAX_GROUPS ? gmap[all_of[i]] : g->n - 1;
		free(gmap);
	}
	g->sum = xcalloc(g->n * m->njaren + 1, sizeof *g->sum);
	g->unknown = xcalloc(g->n * m->njaren + 1, sizeof *g->unknown);
	for (size_t i = 0; i < m->nposten; i++)
		for (size_t j = 0; j < m->njaren; j++) {
			const struct money *b = &m->posten[i].begroot[j];
			size_t k = g->of_post[i] * m->njaren + j;
			if (b->kind == VAL_UNKNOWN || money_add(g->sum[k], b->kind == VAL_NUMBER ? b->q : 0, &g->sum[k]) != 0)
				g->unknown[k] = 1;
		}
	free(all_of);
	free(all);
	free(tot);
	free(rank);
}

static void groups_free(struct groups *g)
{
	free(g->of_post);
	free(g->sum);
	free(g->unknown);
}

static const char *unit_text(const struct middelen *m)
{
	return m->eenheid ? m->eenheid : "€";
}

/* Value labels as the budget table prints them: "1.040", "375.000,50". */
static const char *amount_text(char *out, size_t outsz, const struct money *v, const struct middelen *m)
{
	return nl_money_value(out, outsz, v, budget_decimals(m));
}

/* The legend, and below it the plot frame for bars over the years with
 * its unit, grid and year labels. */
static void year_axes(struct canvas *cv, const struct middelen *m, double w, double h, double lo, double hi,
                      const char *const *names, const struct rgb *colours, size_t n, struct chart_frame *fr,
                      const char **years, char *yb)
{
	double head = legend_height(cv, w, names, n);
	legend_draw(cv, 0, 0, w, names, colours, n);
	for (size_t j = 0; j < m->njaren; j++) {
		snprintf(yb + 8 * j, 8, "%d", m->jaren[j]);
		years[j] = yb + 8 * j;
	}
	fr->y = scale_nice(lo, hi, 5, 1);
	fr->left = axis_label_width(cv, &fr->y) + 6;
	fr->top = head + LABEL_SIZE + 8; /* unit above the axis, totals above bars */
	fr->width = fmax(w - fr->left - 4, 1);
	fr->nslots = m->njaren;
	fr->height = fmax(h - fr->top - axis_slot_depth(cv, fr->width, years, m->njaren), 1);
	axis_unit(cv, fr, head + LABEL_SIZE, w, unit_text(m));
	axis_horizontal_grid(cv, fr);
	axis_slot_labels(cv, fr, years);
}

void chart_budget_stack(struct canvas *cv, const struct middelen *m, double w, double h)
{
	const struct chart_style *st = cv->style;
	struct groups g;
	struct chart_frame fr;
	double lo = 0, hi = 0, bw, widest = 0;
	int label_fits;
	const char **years = xcalloc(m->njaren + 1, sizeof *years);
	char *yb = xcalloc(m->njaren + 1, 8), b[64];
	struct rgb colours[MAX_GROUPS];

	groups_build(&g, m, st->nseries);
	for (size_t k = 0; k < g.n; k++)
		colours[k] = st->series[k % st->nseries];
	for (size_t j = 0; j < m->njaren; j++) {
		double up = 0, down = 0;
		for (size_t k = 0; k < g.n; k++) {
			double v = money_to_double(g.sum[k * m->njaren + j]);
			if (v > 0)
				up += v;
			else
				down += v;
		}
		hi = fmax(hi, up);
		lo = fmin(lo, down);
	}
	year_axes(cv, m, w, h, lo, hi, g.name, colours, g.n, &fr, years, yb);
	bw = fmin(fr.width / (double)(m->njaren ? m->njaren : 1) * 0.6, 60);
	/* totals above the bars only when all of them fit their slots */
	for (size_t j = 0; j < m->njaren; j++) {
		int differs;
		struct money total = budget_year_total(m, j, &differs);
		widest = fmax(widest, cv_width(cv, FONT_BOLD, LABEL_SIZE, amount_text(b, sizeof b, &total, m)) + 4);
	}
	label_fits = widest + 4 <= fr.width / (double)(m->njaren ? m->njaren : 1);
	for (size_t j = 0; j < m->njaren; j++) {
		double x = chart_slot_x(&fr, j) - bw / 2, up = 0, down = 0;
		int differs, unknown = 0;
		struct money total = budget_year_total(m, j, &differs);
		for (size_t k = 0; k < g.n; k++)
			unknown |= g.unknown[k * m->njaren + j];
		if (unknown) { /* a part is unknown: no bar built from a partial sum */
			cv_text(cv, chart_slot_x(&fr, j), chart_value_y(&fr, 0) - 3, FONT_ITALIC, LABEL_SIZE, st->muted,
			        ANCHOR_MIDDLE, "n.t.b.");
			continue;
		}
		for (size_t k = 0; k < g.n; k++) {
			double v = money_to_double(g.sum[k * m->njaren + j]), *acc = v >= 0 ? &up : &down;
			double y1 = chart_value_y(&fr, *acc), y2 = chart_value_y(&fr, *acc + v);
			if (v != 0)
				cv_fill_rect(cv, x, fmin(y1, y2), bw, fabs(y2 - y1), colours[k]);
			*acc += v;
		}
		/* white seams, so neighbouring segments stay apart in grey print */
		double su = 0, sd = 0;
		for (size_t k = 0; k + 1 < g.n; k++) {
			struct pen seam = {{1, 1, 1}, 0.6, 0};
			double v = money_to_double(g.sum[k * m->njaren + j]), *acc = v >= 0 ? &su : &sd, y;
			*acc += v;
			y = chart_value_y(&fr, *acc);
			if (v != 0)
				cv_line(cv, x, y, x + bw, y, &seam);
		}
		/* the total as the table prints it, marked when the supplied total
		 * is not the sum of the posts (the table's note says more) */
		amount_text(b, sizeof b, &total, m);
		if (differs)
			strcat(b, "*");
		if (label_fits)
			cv_text(cv, chart_slot_x(&fr, j), chart_value_y(&fr, up) - 3, FONT_BOLD, LABEL_SIZE, st->ink,
			        ANCHOR_MIDDLE, b);
	}
	{
		struct pen axis = {st->ink, 0.6, 0};
		double y = chart_value_y(&fr, 0);
		cv_line(cv, fr.left, y, fr.left + fr.width, y, &axis);
	}
	groups_free(&g);
	free(years);
	free(yb);
}

/* Begroot and besteed totals of a year; kind VAL_ABSENT when no post
 * gives besteed for it. */
static void year_totals(const struct middelen *m, size_t j, struct money *begroot, struct money *besteed)
{
	int any = 0, differs;
	*begroot = budget_year_total(m, j, &differs);
	for (size_t i = 0; i < m->nposten; i++)
		any |= m->posten[i].besteed != NULL && m->posten[i].besteed[j].kind != VAL_ABSENT;
	if (any)
		*besteed = budget_year_sum(m, j, 1);
	else
		besteed->kind = VAL_ABSENT;
}

int chart_budget_has_spent(const struct middelen *m)
{
	for (size_t j = 0; j < m->njaren; j++) {
		struct money a, b;
		year_totals(m, j, &a, &b);
		if (b.kind != VAL_ABSENT)
			return 1;
	}
	return 0;
}

void chart_budget_spent(struct canvas *cv, const struct middelen *m, double w, double h)
{
	static const char *const names[2] = {"begroot", "besteed"};
	const struct chart_style *st = cv->style;
	struct chart_frame fr;
	struct rgb colours[2] = {st->series[0], st->series[1 % st->nseries]};
	double lo = 0, hi = 0, bw, widest = 0;
	int label_fits;
	const char **years = xcalloc(m->njaren + 1, sizeof *years);
	char *yb = xcalloc(m->njaren + 1, 8), b[64];

	for (size_t j = 0; j < m->njaren; j++) {
		struct money t[2];
		year_totals(m, j, &t[0], &t[1]);
		for (int k = 0; k < 2; k++)
			if (t[k].kind == VAL_NUMBER) {
				hi = fmax(hi, money_to_double(t[k].q));
				lo = fmin(lo, money_to_double(t[k].q));
			}
	}
	year_axes(cv, m, w, h, lo, hi, names, colours, 2, &fr, years, yb);
	bw = fmin(fr.width / (double)(m->njaren ? m->njaren : 1) * 0.32, 36);
	/* value labels only when each fits over its own bar */
	for (size_t j = 0; j < m->njaren; j++) {
		struct money t[2];
		year_totals(m, j, &t[0], &t[1]);
		for (int k = 0; k < 2; k++)
			widest = fmax(widest, cv_width(cv, FONT_REGULAR, LABEL_SIZE - 0.5, amount_text(b, sizeof b, &t[k], m)));
	}
	label_fits = widest <= bw + 1.5;
	for (size_t j = 0; j < m->njaren; j++) {
		struct money t[2];
		year_totals(m, j, &t[0], &t[1]);
		for (int k = 0; k < 2; k++) {
			double x = chart_slot_x(&fr, j) + (k == 0 ? -bw - 1 : 1), y0 = chart_value_y(&fr, 0);
			if (t[k].kind != VAL_NUMBER) { /* no bar of zero: say why */
				if (k == 1 && t[k].kind == VAL_ABSENT)
					continue;
				/* a budget still to be decided; spending not known */
				cv_text(cv, x + bw / 2, y0 - 3, FONT_ITALIC, LABEL_SIZE, st->muted, ANCHOR_MIDDLE,
				        k == 0 ? "n.t.b." : "onbekend");
				continue;
			}
			{
				double y = chart_value_y(&fr, money_to_double(t[k].q));
				cv_fill_rect(cv, x, fmin(y, y0), bw, fabs(y0 - y), colours[k]);
				if (label_fits)
					cv_text(cv, x + bw / 2, (t[k].q < 0 ? y + LABEL_SIZE + 2 : y - 3), FONT_REGULAR,
					        LABEL_SIZE - 0.5, st->ink, ANCHOR_MIDDLE, amount_text(b, sizeof b, &t[k], m));
			}
		}
	}
	{
		struct pen axis = {st->ink, 0.6, 0};
		double y = chart_value_y(&fr, 0);
		cv_line(cv, fr.left, y, fr.left + fr.width, y, &axis);
	}
	free(years);
	free(yb);
}

static const char *year_range(struct arena *a, const struct middelen *m)
{
	if (m->njaren == 1)
		return arena_printf(a, "%d", m->jaren[0]);
	return arena_printf(a, "%d\xE2\x80\x93%d", m->jaren[0], m->jaren[m->njaren - 1]);
}

const char *chart_budget_stack_alt(struct arena *a, const struct middelen *m, const struct chart_style *st)
{
	struct buf out = {0};
	struct groups g;
	const char *s;
	char v[64];
	groups_build(&g, m, st->nseries);
	buf_printf(&out, "Begroting per %s, %s (%s):", g.by_pijler ? "pijler" : "post",
	           year_range(a, m), unit_text(m));
	for (size_t j = 0; j < m->njaren; j++) {
		int differs;
		struct money t = budget_year_total(m, j, &differs), sum = budget_year_sum(m, j, 0);
		char sv[64];
		buf_printf(&out, "%s %d %s", j ? "," : "", m->jaren[j], amount_text(v, sizeof v, &t, m));
		if (differs)
			buf_printf(&out, " (opgegeven totaal; de posten tellen op tot %s)", amount_text(sv, sizeof sv, &sum, m));
	}
	/* "n.t.b." already ends in a full stop */
	buf_puts(&out, out.len && buf_str(&out)[out.len - 1] == '.' ? " Onderdelen: " : ". Onderdelen: ");
	for (size_t k = 0; k < g.n; k++)
		buf_printf(&out, "%s%s", k ? ", " : "", g.name[k]);
	if (out.len == 0 || buf_str(&out)[out.len - 1] != '.')
		buf_putc(&out, '.');
	s = arena_strdup(a, buf_str(&out));
	buf_free(&out);
	groups_free(&g);
	return s;
}

const char *chart_budget_spent_alt(struct arena *a, const struct middelen *m)
{
	struct buf out = {0};
	const char *s;
	char v1[64], v2[64];
	buf_printf(&out, "Begroot en besteed per jaar, %s (%s):", year_range(a, m), unit_text(m));
	for (size_t j = 0; j < m->njaren; j++) {
		struct money t[2];
		year_totals(m, j, &t[0], &t[1]);
		buf_printf(&out, "%s %d begroot %s, besteed %s", j ? ";" : "", m->jaren[j], amount_text(v1, sizeof v1, &t[0], m),
		           t[1].kind == VAL_NUMBER ? amount_text(v2, sizeof v2, &t[1], m)
		           : t[1].kind == VAL_ABSENT ? "niet opgegeven"
		                                     : "onbekend");
	}
	if (out.len == 0 || buf_str(&out)[out.len - 1] != '.')
		buf_putc(&out, '.');
	s = arena_strdup(a, buf_str(&out));
	buf_free(&out);
	return s;
}
