/* Chart geometry, drawn on a canvas that records what it is asked to
 * draw: stacked segments add up to the exact totals, comparisons are
 * sorted with unknowns shown as words, trend lines have gaps where values
 * are unknown, axis labels never overlap, and alt texts carry the figures.
 * Text is measured as 0.5 em per byte, so no fonts are needed. Run from
 * the repository root (templates/, fonts/). */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart/chart.h"
#include "check_main.h"
#include "input/template_xml.h"
#include "model/money.h"
#include "text/nlformat.h"
#include "util/arena.h"
#include "util/buf.h"

#define MAXREC 512

struct rec_text {
	double x0, x1, y, angle;
	char s[96];
};

struct rec_shape {
	double x0, y0, x1, y1; /* bounding box */
	size_t nseg, nmove;
	int stroke;
	struct rgb c;
};

struct rec {
	struct rec_text text[MAXREC];
	size_t ntext;
	struct rec_shape shape[MAXREC];
	size_t nshape;
	struct rec_shape cur; /* path being built */
};

static void grow(struct rec *r, double x, double y)
{
	if (r->cur.nseg == 0) {
		r->cur.x0 = r->cur.x1 = x;
		r->cur.y0 = r->cur.y1 = y;
	}
	r->cur.x0 = fmin(r->cur.x0, x);
	r->cur.x1 = fmax(r->cur.x1, x);
	r->cur.y0 = fmin(r->cur.y0, y);
	r->cur.y1 = fmax(r->cur.y1, y);
	r->cur.nseg++;
}

static void r_move(void *ctx, double x, double y)
{
	struct rec *r = ctx;
	grow(r, x, y);
	r->cur.nmove++;
}

static void r_line(void *ctx, double x, double y)
{
	grow(ctx, x, y);
}

static void r_curve(void *ctx, double x1, double y1, double x2, double y2, double x3, double y3)
{
	(void)x1, (void)y1, (void)x2, (void)y2;
	grow(ctx, x3, y3);
}

static void r_close(void *ctx)
{
	(void)ctx;
}

static void finish(struct rec *r, int stroke, struct rgb c)
{
	ck_assert_uint_lt(r->nshape, MAXREC);
	r->cur.stroke = stroke;
	r->cur.c = c;
	r->shape[r->nshape++] = r->cur;
	memset(&r->cur, 0, sizeof r->cur);
}

static void r_stroke(void *ctx, const struct pen *p)
{
	finish(ctx, 1, p->colour);
}

static void r_fill(void *ctx, struct rgb c)
{
	finish(ctx, 0, c);
}

static void r_nop(void *ctx)
{
	struct rec *r = ctx;
	memset(&r->cur, 0, sizeof r->cur);
}

static double r_width(void *ctx, enum font_style f, double size, const char *s)
{
	(void)ctx, (void)f;
	return 0.5 * size * (double)strlen(s);
}

static void r_text(void *ctx, double x, double y, enum font_style f, double size, struct rgb c, enum anchor a,
                   double angle, const char *s)
{
	struct rec *r = ctx;
	double w = r_width(ctx, f, size, s), x0 = a == ANCHOR_END ? x - w : a == ANCHOR_MIDDLE ? x - w / 2 : x;
	(void)c;
	ck_assert_uint_lt(r->ntext, MAXREC);
	r->text[r->ntext].x0 = x0;
	r->text[r->ntext].x1 = x0 + w;
	r->text[r->ntext].y = y;
	r->text[r->ntext].angle = angle;
	snprintf(r->text[r->ntext].s, sizeof r->text[r->ntext].s, "%s", s);
	r->ntext++;
}

static const struct canvas_ops rec_ops = {r_move, r_line, r_curve, r_close, r_stroke, r_fill, r_nop, r_nop, r_nop,
                                          r_text, r_width};

static struct rec R;
static struct chart_style style;
static struct canvas cv;
static struct arena *ar;

static void setup(void)
{
	struct template t;
	memset(&t, 0, sizeof t);
	memset(&R, 0, sizeof R);
	chart_style_init(&style, &t);
	cv = (struct canvas){&rec_ops, &R, &style};
	ar = arena_new();
}

static void teardown(void)
{
	arena_free(ar);
}

static int same(struct rgb a, struct rgb b)
{
	return fabs(a.r - b.r) < 1e-6 && fabs(a.g - b.g) < 1e-6 && fabs(a.b - b.b) < 1e-6; /* colours are floats */
}

static const struct rec_text *find_text(const char *s)
{
	for (size_t i = 0; i < R.ntext; i++)
		if (strcmp(R.text[i].s, s) == 0)
			return &R.text[i];
	return NULL;
}

static struct value num(double v, int dec)
{
	return (struct value){.kind = VAL_NUMBER, .num = v, .decimals = dec};
}

static struct money cash(long long units)
{
	struct money m = {VAL_NUMBER, 0, 0};
	ck_assert_int_eq(money_from_int(units, &m.q), 0);
	return m;
}

/* Ten posts in three years: eight segments at most, the smallest merged. */
START_TEST(stack_adds_up)
{
	static int jaren[3] = {2021, 2022, 2023};
	struct middelen m = {0};
	struct middelen_post posts[10];
	struct money amounts[10][3];
	char names[10][24];
	m.present = 1;
	m.eenheid = "x € 1.000";
	m.jaren = jaren;
	m.njaren = 3;
	m.posten = posts;
	m.nposten = 10;
	memset(posts, 0, sizeof posts);
	for (int i = 0; i < 10; i++) {
		snprintf(names[i], sizeof names[i], "Post %d", i);
		posts[i].naam = names[i];
		posts[i].begroot = amounts[i];
		for (int j = 0; j < 3; j++)
			amounts[i][j] = cash((i + 1) * 10 + j);
	}
	chart_budget_stack(&cv, &m, 400, 200);
	ck_assert_ptr_nonnull(find_text("overige posten"));
	ck_assert_ptr_null(find_text("Post 0")); /* the smallest two merged */
	ck_assert_ptr_null(find_text("Post 1"));
	ck_assert_ptr_nonnull(find_text("Post 9"));
	/* per year: filled segments stack without gaps up to the printed
	 * total, on one scale for all years */
	{
		double ratio[3];
		for (int j = 0; j < 3; j++) {
			char total[32];
			double sum = 0, top = 1e9, bottom = -1e9, xmid;
			struct money t = budget_year_sum(&m, (size_t)j, 0);
			const struct rec_text *label;
			nl_money_value(total, sizeof total, &t, 0);
			label = find_text(total);
			ck_assert_ptr_nonnull(label);
			xmid = (label->x0 + label->x1) / 2;
			for (size_t k = 0; k < R.nshape; k++) {
				const struct rec_shape *sh = &R.shape[k];
				if (sh->stroke || xmid < sh->x0 || xmid > sh->x1 || sh->y0 < label->y)
					continue;
				sum += sh->y1 - sh->y0;
				top = fmin(top, sh->y0);
				bottom = fmax(bottom, sh->y1);
			}
			ck_assert_double_eq_tol(sum, bottom - top, 1e-6);
			ratio[j] = sum / money_to_double(t.q);
		}
		ck_assert_double_eq_tol(ratio[0], ratio[1], 1e-9);
		ck_assert_double_eq_tol(ratio[0], ratio[2], 1e-9);
	}
}
END_TEST

START_TEST(comparison_sorted)
{
	struct comparison_item items[4] = {
	    {"Laag", {.kind = VAL_NUMBER, .num = 2}},
	    {"Onbekend", {.kind = VAL_UNKNOWN}},
	    {"Hoog", {.kind = VAL_NUMBER, .num = 9}},
	    {"Negatief", {.kind = VAL_NUMBER, .num = -3}},
	};
	struct indicator ind = {0};
	const struct rec_text *hoog, *laag, *neg, *unk;
	ind.naam = "Score";
	ind.vergelijking.present = 1;
	ind.vergelijking.periode.year = 2022;
	ind.vergelijking.items = items;
	ind.vergelijking.n = 4;
	ind.vergelijking.gemiddelde = num(4, 0);
	chart_comparison(&cv, &ind, 400, chart_comparison_height(&ind));
	hoog = find_text("Hoog");
	laag = find_text("Laag");
	neg = find_text("Negatief");
	unk = find_text("Onbekend");
	ck_assert(hoog && laag && neg && unk);
	ck_assert(hoog->y < laag->y && laag->y < neg->y && neg->y < unk->y); /* high to low, unknown last */
	ck_assert_ptr_nonnull(find_text("onbekend"));
	/* exactly three bars: none for the unknown value */
	{
		size_t bars = 0;
		for (size_t k = 0; k < R.nshape; k++)
			bars += !R.shape[k].stroke && same(R.shape[k].c, style.series[0]);
		ck_assert_uint_eq(bars, 3);
	}
	ck_assert_str_eq(chart_comparison_alt(ar, &ind),
	                 "Vergelijking van Score in 2022 over 4 wijken of groepen: hoogste Hoog (9), laagste Negatief (-3); "
	                 "gemiddelde 4. 1 onbekend.");
}
END_TEST

/* 2018..2021 with 2020 unknown: one line from 2018 to 2019, then a lone
 * marker; never a line through the unknown year. */
START_TEST(trend_gap)
{
	struct datapoint pts[4];
	struct indicator ind = {0};
	struct chart_frame fr;
	size_t lines = 0;
	for (int i = 0; i < 4; i++) {
		pts[i].periode = (struct period){2018 + i, 0, 0, NULL};
		pts[i].waarde = i == 2 ? (struct value){.kind = VAL_UNKNOWN} : num(800 + 1000 * i, 0);
	}
	ind.naam = "Signalen";
	ind.eenheid = "aantal";
	ind.richting = DIR_HIGHER;
	ind.reeks = pts;
	ind.nreeks = 4;
	ind.streefwaarde = num(8000, 0);
	ind.streefjaar = 2022;
	chart_trend(&cv, &ind, 300, 150);
	chart_trend_frame(&cv, &ind, 300, 150, &fr);
	for (size_t k = 0; k < R.nshape; k++)
		if (R.shape[k].stroke && same(R.shape[k].c, style.series[0])) {
			lines++;
			/* the only series line runs from 2018 to 2019 */
			ck_assert_double_eq_tol(R.shape[k].x0, chart_slot_x(&fr, 0), 1e-9);
			ck_assert_double_eq_tol(R.shape[k].x1, chart_slot_x(&fr, 1), 1e-9);
			ck_assert_double_eq_tol(R.shape[k].y1, chart_value_y(&fr, 800), 1e-9);
		}
	ck_assert_uint_eq(lines, 1);
	ck_assert_ptr_nonnull(find_text("doel 8.000 (2022)"));
	ck_assert_ptr_nonnull(find_text("Stand: niet op koers"));
	ck_assert_str_eq(chart_trend_alt(ar, &ind), "Grafiek van Signalen (aantal), 2018\xE2\x80\x93" "2021: van 800 naar "
	                                            "3.800; doel 8.000 in 2022; stand: niet op koers. 1 meting ontbreekt.");
}
END_TEST

/* Forty quarters in a narrow chart: the shown period labels never touch. */
START_TEST(labels_never_overlap)
{
	struct datapoint pts[40];
	struct indicator ind = {0};
	char texts[40][16];
	size_t shown = 0;
	for (int i = 0; i < 40; i++) {
		snprintf(texts[i], sizeof texts[i], "%d-Q%d", 2013 + i / 4, i % 4 + 1);
		pts[i].periode = (struct period){2013 + i / 4, i % 4 + 1, 0, texts[i]};
		pts[i].waarde = num(i * 1.5, 1);
	}
	ind.naam = "Lang";
	ind.reeks = pts;
	ind.nreeks = 40;
	for (double w = 120; w <= 520; w += 100) {
		memset(&R, 0, sizeof R);
		chart_trend(&cv, &ind, w, 150);
		shown = 0;
		for (size_t a = 0; a < R.ntext; a++) {
			if (strncmp(R.text[a].s, "Q", 1) != 0)
				continue;
			shown++;
			for (size_t b = a + 1; b < R.ntext; b++) {
				if (strncmp(R.text[b].s, "Q", 1) != 0)
					continue;
				if (R.text[a].angle == 0) /* side by side: no shared x */
					ck_assert(R.text[a].x1 <= R.text[b].x0 || R.text[b].x1 <= R.text[a].x0);
				else /* turned 45 degrees: baselines at least a line apart */
					ck_assert(fabs(R.text[a].x1 - R.text[b].x1) * 0.7071 >= 7.0 * 1.1);
			}
		}
		ck_assert_uint_ge(shown, 2);
	}
}
END_TEST


/* Sixty wijken still fit a page; a year with an unknown post gets no bar. */
START_TEST(limits_and_unknowns)
{
	static struct comparison_item items[60];
	static char names[60][24];
	struct indicator ind = {0};
	static int jaren[2] = {2022, 2023};
	struct middelen m = {0};
	struct middelen_post post = {0};
	struct money amounts[2] = {cash(100), {VAL_UNKNOWN, 0, 0}};
	size_t bars = 0;
	for (int i = 0; i < 60; i++) {
		snprintf(names[i], sizeof names[i], "Wijk %d", i);
		items[i].naam = names[i];
		items[i].waarde = num(i, 0);
	}
	ind.naam = "Veel";
	ind.vergelijking.present = 1;
	ind.vergelijking.items = items;
	ind.vergelijking.n = 60;
	ck_assert(chart_comparison_height(&ind) <= 560);
	chart_comparison(&cv, &ind, 400, chart_comparison_height(&ind));
	for (size_t k = 0; k < R.ntext; k++)
		ck_assert(R.text[k].y <= chart_comparison_height(&ind));
	memset(&R, 0, sizeof R);
	post.naam = "Post";
	post.begroot = amounts;
	m.jaren = jaren;
	m.njaren = 2;
	m.posten = &post;
	m.nposten = 1;
	chart_budget_stack(&cv, &m, 300, 150);
	for (size_t k = 0; k < R.nshape; k++)
		bars += !R.shape[k].stroke && R.shape[k].y1 - R.shape[k].y0 > 9; /* not a legend swatch */
	ck_assert_uint_eq(bars, 1);
	ck_assert_ptr_nonnull(find_text("n.t.b."));
}
END_TEST

/* A house style replaces the palette; without one, Okabe-Ito. */
START_TEST(palette_from_template)
{
	char *xml = NULL;
	size_t len = 0;
	struct template *t;
	struct chart_style st;
	FILE *f = fopen("templates/voortgangsrapportage.xml", "rb");
	struct buf b = {0};
	char chunk[4096];
	size_t n;
	const char *at;
	ck_assert_ptr_nonnull(f);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	t = template_load_buffer(ar, "voortgangsrapportage.xml", buf_str(&b), b.len);
	ck_assert_ptr_nonnull(t);
	chart_style_init(&st, t);
	ck_assert_uint_eq(st.nseries, CHART_PALETTE_MAX);
	ck_assert(same(st.series[0], (struct rgb){0, 0x72 / 255.0, 0xB2 / 255.0}));
	at = strstr(buf_str(&b), "<kop ");
	ck_assert_ptr_nonnull(at);
	len = (size_t)(at - buf_str(&b));
	xml = malloc(b.len + 100);
	memcpy(xml, buf_str(&b), len);
	len += (size_t)sprintf(xml + len, "<grafieken kleuren=\"#112233 #FFFFFF #000000\"/>\n  ");
	memcpy(xml + len, at, b.len - (size_t)(at - buf_str(&b)));
	len += b.len - (size_t)(at - buf_str(&b));
	t = template_load_buffer(ar, "huisstijl.xml", xml, len);
	ck_assert_ptr_nonnull(t);
	chart_style_init(&st, t);
	ck_assert_uint_eq(st.nseries, 3);
	ck_assert(same(st.series[0], (struct rgb){0x11 / 255.0, 0x22 / 255.0, 0x33 / 255.0}));
	ck_assert(same(st.series[2], (struct rgb){0, 0, 0}));
	free(xml);
	buf_free(&b);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("charts");
	TCase *tc = tcase_create("geometry");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, stack_adds_up);
	tcase_add_test(tc, comparison_sorted);
	tcase_add_test(tc, trend_gap);
	tcase_add_test(tc, labels_never_overlap);
	tcase_add_test(tc, palette_from_template);
	tcase_add_test(tc, limits_and_unknowns);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
