/* The cairo canvas backend: PNG pixels where the canvas put them, the trend
 * chart's line with a gap (never a line through zero) at an unknown value,
 * text anchored and turned as in the PDF, SVG that parses, identical bytes
 * for identical input, refusals of bad sizes and fonts, and of a cairo
 * library that cannot be loaded or lacks a function. Run from the
 * repository root (templates/, fonts/). Set VOORTGANG_TEST_PNG to a path
 * to keep the trend chart's PNG for a look. */
#include <check.h>

#include "check_main.h"
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart/canvas.h"
#include "chart/chart.h"
#include "input/template_xml.h"
#include "layout/fontset.h"
#include "model/report.h"
#include "model/template.h"
#include "render/cairo_api.h"
#include "render/cairo_canvas.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"

#define TREND_W 400.0
#define TREND_H 200.0
#define DPI     144.0 /* two pixels per point */

static struct arena *ar;
static struct template *tpl;
static struct fontset *fs;
static struct chart_export *cx;
static char *out_buf;
static size_t out_len;
static FILE *out_fp;

static void setup(void)
{
	out_fp = open_memstream(&out_buf, &out_len);
	ck_assert_ptr_nonnull(out_fp);
	diag_set_stream(out_fp);
	diag_reset();
	ar = arena_new();
	tpl = template_load(ar, "voortgangsrapportage");
	ck_assert_ptr_nonnull(tpl);
	fs = fontset_load(tpl);
	ck_assert_ptr_nonnull(fs);
	cx = chart_export_new(tpl, fs);
	ck_assert_ptr_nonnull(cx);
}

static void teardown(void)
{
	chart_export_free(cx);
	fontset_free(fs);
	arena_free(ar);
	diag_set_stream(NULL);
	fclose(out_fp);
	free(out_buf);
	out_buf = NULL;
}

/* --- reading the PNG back ------------------------------------------- */

struct reader {
	const struct buf *b;
	size_t pos;
};

static cairo_status_t read_buf(void *closure, unsigned char *data, unsigned int len)
{
	struct reader *r = closure;
	if (r->b->len - r->pos < len)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(data, r->b->data + r->pos, len);
	r->pos += len;
	return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *decode_png(const struct buf *b)
{
	struct reader r = {b, 0};
	cairo_surface_t *s = CA(cairo_image_surface_create_from_png_stream)(read_buf, &r);
	ck_assert_int_eq(CA(cairo_surface_status)(s), CAIRO_STATUS_SUCCESS);
	CA(cairo_surface_flush)(s);
	return s;
}

struct px {
	int r, g, b;
};

/* The pixel at (x, y); the image is opaque, so no premultiplication. */
static struct px pixel(cairo_surface_t *s, int x, int y)
{
	const unsigned char *d = CA(cairo_image_surface_get_data)(s);
	size_t stride = (size_t)CA(cairo_image_surface_get_stride)(s);
	uint32_t v;
	ck_assert(x >= 0 && x < CA(cairo_image_surface_get_width)(s));
	ck_assert(y >= 0 && y < CA(cairo_image_surface_get_height)(s));
	memcpy(&v, d + (size_t)y * stride + 4 * (size_t)x, 4);
	return (struct px){(int)(v >> 16 & 0xff), (int)(v >> 8 & 0xff), (int)(v & 0xff)};
}

/* The pixel under a point of the canvas (dpi 144: two pixels a point). */
static struct px at_pt(cairo_surface_t *s, double x, double y)
{
	return pixel(s, (int)floor(x * DPI / 72), (int)floor(y * DPI / 72));
}

static int near(struct px p, struct rgb c, int tol)
{
	return abs(p.r - (int)lround(c.r * 255)) <= tol &&
	       abs(p.g - (int)lround(c.g * 255)) <= tol && abs(p.b - (int)lround(c.b * 255)) <= tol;
}

static int is_white(struct px p)
{
	return p.r == 255 && p.g == 255 && p.b == 255;
}

static int is_dark(struct px p)
{
	return p.r < 64 && p.g < 64 && p.b < 64;
}

/* Clearly bluish, as the series colour (or an antialiased edge of it). */
static int bluish(struct px p)
{
	return p.b - p.r > 50;
}

static void must_draw(enum chart_format fmt, double w, double h,
                      void (*draw)(struct canvas *, const void *, double, double), const void *data,
                      struct buf *out)
{
	ck_assert_int_eq(chart_export_draw(cx, fmt, DPI, w, h, draw, data, out), 0);
	ck_assert_uint_gt(out->len, 0);
	ck_assert_uint_eq(diag_count(LEVEL_SYSTEEM) + diag_count(LEVEL_GEBRUIK), 0);
}

/* --- a small drawing with known pixels -------------------------------- */

static void draw_simple(struct canvas *cv, const void *data, double w, double h)
{
	struct pen pen = {{0, 0, 0}, 2, 0};
	(void)data;
	(void)w;
	(void)h;
	cv_line(cv, 10, 50, 90, 50, &pen);
	cv_fill_rect(cv, 20, 60, 10, 10, (struct rgb){1, 0, 0});
}

START_TEST(png_pixels)
{
	struct buf b = {0};
	cairo_surface_t *s;
	must_draw(CHART_PNG, 100, 100, draw_simple, NULL, &b);
	ck_assert(b.len > 8 && memcmp(b.data, "\x89PNG\r\n\x1a\n", 8) == 0);
	s = decode_png(&b);
	ck_assert_int_eq(CA(cairo_image_surface_get_width)(s), 200);
	ck_assert_int_eq(CA(cairo_image_surface_get_height)(s), 200);
	/* the line covers y 49..51 pt, pixel rows 98..101; x from pixel 20 */
	ck_assert(is_dark(pixel(s, 100, 100)));
	ck_assert(is_dark(pixel(s, 21, 99)));
	ck_assert(is_white(pixel(s, 100, 80))); /* above it */
	ck_assert(is_white(pixel(s, 15, 100))); /* left of its butt end */
	/* the rect covers pixels 40..59 x 120..139 */
	ck_assert(near(pixel(s, 50, 130), (struct rgb){1, 0, 0}, 0));
	ck_assert(is_white(pixel(s, 62, 130)));
	/* background: white, not transparent */
	ck_assert(is_white(pixel(s, 180, 180)));
	ck_assert(is_white(pixel(s, 0, 0)));
	CA(cairo_surface_destroy)(s);
	buf_free(&b);
}
END_TEST

/* At 72 dpi a pixel is a point; a side of 100.4 pt is rounded up. */
START_TEST(png_size_follows_dpi)
{
	struct buf b = {0};
	cairo_surface_t *s;
	ck_assert_int_eq(chart_export_draw(cx, CHART_PNG, 72, 100.4, 50, draw_simple, NULL, &b), 0);
	s = decode_png(&b);
	ck_assert_int_eq(CA(cairo_image_surface_get_width)(s), 101); /* rounded up */
	ck_assert_int_eq(CA(cairo_image_surface_get_height)(s), 50);
	ck_assert(is_dark(pixel(s, 50, 49)));
	CA(cairo_surface_destroy)(s);
	buf_free(&b);
}
END_TEST

/* --- text: anchors and angles as in figure.c -------------------------- */

struct textcase {
	enum anchor a;
	double angle;
};

static void draw_text(struct canvas *cv, const void *data, double w, double h)
{
	const struct textcase *t = data;
	(void)w;
	(void)h;
	cv->ops->text(cv->ctx, 100, 100, FONT_BOLD, 20, (struct rgb){0, 0, 0}, t->a, t->angle,
	              "HHHH");
}

/* Bounding box of the ink (pixels darker than mid-grey), in points. */
static void ink_box(cairo_surface_t *s, double *x0, double *y0, double *x1, double *y1)
{
	int w = CA(cairo_image_surface_get_width)(s), h = CA(cairo_image_surface_get_height)(s);
	*x0 = *y0 = INFINITY;
	*x1 = *y1 = -INFINITY;
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			if (pixel(s, x, y).g < 128) {
				*x0 = fmin(*x0, x * 72 / DPI);
				*y0 = fmin(*y0, y * 72 / DPI);
				*x1 = fmax(*x1, (x + 1) * 72 / DPI);
				*y1 = fmax(*y1, (y + 1) * 72 / DPI);
			}
}

static void text_box(const struct textcase *t, double *x0, double *y0, double *x1, double *y1)
{
	struct buf b = {0};
	cairo_surface_t *s;
	must_draw(CHART_PNG, 200, 200, draw_text, t, &b);
	s = decode_png(&b);
	ink_box(s, x0, y0, x1, y1);
	CA(cairo_surface_destroy)(s);
	buf_free(&b);
}

START_TEST(text_anchor_and_angle)
{
	double w = fontset_width(fs, FONT_BOLD, 20, "HHHH", 4),
	       cap = fontset_capheight(fs, FONT_BOLD, 20);
	double x0, y0, x1, y1;
	struct textcase end = {ANCHOR_END, 0}, up = {ANCHOR_MIDDLE, 90}, down = {ANCHOR_START, -90};

	/* ends at x (H's side bearing is under 2 pt at 20 pt), on the baseline */
	text_box(&end, &x0, &y0, &x1, &y1);
	ck_assert(x1 <= 100.5 && x1 >= 97);
	ck_assert(x0 >= 100 - w - 0.5 && x0 <= 100 - w + 3);
	ck_assert(fabs(y1 - 100) <= 0.5 && fabs(y0 - (100 - cap)) <= 1);
	/* turned 90 degrees counter-clockwise: reads upwards, centred on y,
	 * the letters left of the baseline */
	text_box(&up, &x0, &y0, &x1, &y1);
	ck_assert(fabs((y0 + y1) / 2 - 100) <= 1);
	ck_assert(y1 - y0 <= w && y1 - y0 >= w - 4);
	ck_assert(fabs(x1 - 100) <= 0.5 && fabs(x0 - (100 - cap)) <= 1);
	/* turned clockwise: starts at y and reads downwards */
	text_box(&down, &x0, &y0, &x1, &y1);
	ck_assert(y0 >= 100 && y0 <= 103 && y1 <= 100 + w + 0.5);
	ck_assert(fabs(x0 - 100) <= 0.5 && fabs(x1 - (100 + cap)) <= 1);
}
END_TEST

/* --- the trend chart ------------------------------------------------- */

static struct datapoint series[] = {
    {{2018, 0, 0, "2018"}, {VAL_NUMBER, 800, 0}},
    {{2019, 0, 0, "2019"}, {VAL_NUMBER, 2100, 0}},
    {{2020, 0, 0, "2020"}, {VAL_UNKNOWN, 0, 0}},
    {{2021, 0, 0, "2021"}, {VAL_NUMBER, 7400, 0}},
};

static const struct indicator trend = {
    .naam = "Huishoudens met een betalingsregeling",
    .eenheid = "aantal",
    .bron = "Gemeente Utrecht",
    .richting = DIR_HIGHER,
    .reeks = series,
    .nreeks = sizeof series / sizeof series[0],
    .streefwaarde = {VAL_NUMBER, 8000, 0},
    .streefjaar = 2022,
};

static void draw_trend(struct canvas *cv, const void *data, double w, double h)
{
	chart_trend(cv, data, w, h);
}

/* A canvas that only measures, with the fontset, to get the frame. */
static void m_xy(void *ctx, double x, double y)
{
	(void)ctx, (void)x, (void)y;
}
static void m_curve(void *ctx, double a, double b, double c, double d, double e, double f)
{
	(void)ctx, (void)a, (void)b, (void)c, (void)d, (void)e, (void)f;
}
static void m_none(void *ctx)
{
	(void)ctx;
}
static void m_stroke(void *ctx, const struct pen *p)
{
	(void)ctx, (void)p;
}
static void m_fill(void *ctx, struct rgb c)
{
	(void)ctx, (void)c;
}
static void m_text(void *ctx, double x, double y, enum font_style f, double size, struct rgb c,
                   enum anchor a, double angle, const char *s)
{
	(void)ctx, (void)x, (void)y, (void)f, (void)size, (void)c, (void)a, (void)angle, (void)s;
}
static double m_width(void *ctx, enum font_style f, double size, const char *s)
{
	return fontset_width(ctx, f, size, s, strlen(s));
}
static const struct canvas_ops measure_ops = {
    m_xy, m_xy, m_curve, m_none, m_stroke, m_fill, m_none, m_none, m_none, m_text, m_width,
};

static void trend_frame(struct chart_frame *fr, struct chart_style *st)
{
	struct canvas cv = {&measure_ops, fs, st};
	chart_style_init(st, tpl);
	chart_trend_frame(&cv, &trend, TREND_W, TREND_H, fr);
}

START_TEST(trend_line_with_gap)
{
	struct chart_style st;
	struct chart_frame fr;
	struct buf b = {0};
	cairo_surface_t *s;
	struct rgb blue;
	double x[4], y[4], x2, y0v, ymid;
	const char *keep = getenv("VOORTGANG_TEST_PNG");

	trend_frame(&fr, &st);
	blue = st.series[0];
	if (tpl->npalette == 0) /* the default palette: Okabe-Ito blue */
		ck_assert(near((struct px){0x00, 0x72, 0xB2}, blue, 0));
	must_draw(CHART_PNG, TREND_W, TREND_H, draw_trend, &trend, &b);
	if (keep != NULL && *keep != '\0') {
		FILE *fp = fopen(keep, "wb");
		ck_assert_ptr_nonnull(fp);
		ck_assert_uint_eq(fwrite(b.data, 1, b.len, fp), b.len);
		ck_assert_int_eq(fclose(fp), 0);
	}
	s = decode_png(&b);
	ck_assert_int_eq(CA(cairo_image_surface_get_width)(s), (int)ceil(TREND_W * 2));
	ck_assert_int_eq(CA(cairo_image_surface_get_height)(s), (int)ceil(TREND_H * 2));
	for (size_t i = 0; i < 4; i++) {
		x[i] = chart_slot_x(&fr, i);
		y[i] = series[i].waarde.kind == VAL_NUMBER
		           ? chart_value_y(&fr, series[i].waarde.num)
		           : NAN;
	}
	/* the markers of known values, and the line between the first two */
	ck_assert(near(at_pt(s, x[0], y[0]), blue, 24));
	ck_assert(near(at_pt(s, x[1], y[1]), blue, 24));
	ck_assert(near(at_pt(s, x[3], y[3]), blue, 24));
	ck_assert(near(at_pt(s, (x[0] + x[1]) / 2, (y[0] + y[1]) / 2), blue, 24));
	/* the unknown value: no marker at zero, no line from 2019 to 2021 */
	x2 = x[2];
	y0v = chart_value_y(&fr, 0);
	ymid = (y[1] + y[3]) / 2;
	ck_assert(!bluish(at_pt(s, x2, y0v)));
	ck_assert(!bluish(at_pt(s, x2, ymid)));
	ck_assert(!bluish(at_pt(s, (x[1] + x2) / 2, (y[1] + ymid) / 2)));
	ck_assert(!bluish(at_pt(s, (x2 + x[3]) / 2, (ymid + y[3]) / 2)));
	/* nothing of the series anywhere in the unknown year's column */
	for (double yy = fr.top; yy < fr.top + fr.height + 3; yy += 0.5)
		ck_assert_msg(!bluish(at_pt(s, x2, yy)), "series colour at (%g, %g)", x2, yy);
	CA(cairo_surface_destroy)(s);
	buf_free(&b);
}
END_TEST

static size_t count_elements(xmlNode *n, const char *name)
{
	size_t c = 0;
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			c += (strcmp((const char *)n->name, name) == 0) +
			     count_elements(n->children, name);
	return c;
}

START_TEST(svg_parses)
{
	struct buf b = {0};
	xmlDoc *doc;
	xmlNode *root;
	xmlChar *width;
	must_draw(CHART_SVG, TREND_W, TREND_H, draw_trend, &trend, &b);
	doc = xmlReadMemory(b.data, (int)b.len, "grafiek.svg", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	root = xmlDocGetRootElement(doc);
	ck_assert_ptr_nonnull(root);
	ck_assert_str_eq((const char *)root->name, "svg");
	width = xmlGetProp(root, (const xmlChar *)"width");
	ck_assert_ptr_nonnull(width);
	ck_assert_str_eq((const char *)width, "400pt"); /* measured in points */
	xmlFree(width);
	ck_assert_uint_ge(count_elements(root, "path"), 1);
	xmlFreeDoc(doc);
	buf_free(&b);
}
END_TEST

START_TEST(same_input_same_bytes)
{
	for (int f = CHART_PNG; f <= CHART_SVG; f++) {
		struct buf a = {0}, b = {0};
		must_draw(f, TREND_W, TREND_H, draw_trend, &trend, &a);
		must_draw(f, TREND_W, TREND_H, draw_trend, &trend, &b);
		ck_assert_uint_eq(a.len, b.len);
		ck_assert_msg(memcmp(a.data, b.data, a.len) == 0, "format %d differs", f);
		buf_free(&a);
		buf_free(&b);
	}
}
END_TEST

/* --- refusals ---------------------------------------------------------- */

static void draw_count(struct canvas *cv, const void *data, double w, double h)
{
	(void)cv, (void)w, (void)h;
	++*(int *)data;
}

START_TEST(bad_arguments)
{
	static const struct {
		enum chart_format fmt;
		double dpi, w, h;
	} bad[] = {
	    {CHART_PNG, 0, 100, 100},        {CHART_PNG, NAN, 100, 100},
	    {CHART_PNG, -72, 100, 100},      {CHART_PNG, 1e6, 100, 100},
	    {CHART_PNG, 72, NAN, 100},       {CHART_PNG, 72, 100, -1},
	    {CHART_PNG, 72, 0, 100},         {CHART_PNG, 72, INFINITY, 100},
	    {CHART_PNG, 1200, 14000, 14000}, {CHART_PNG, 1200, 2000, 10},
	    {CHART_SVG, 72, NAN, 100},       {CHART_SVG, 72, 100, 1e9},
	};
	struct buf b = {0};
	int calls = 0;
	buf_puts(&b, "vooraf");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		diag_reset();
		ck_assert_int_eq(chart_export_draw(cx, bad[i].fmt, bad[i].dpi, bad[i].w, bad[i].h,
		                                   draw_count, &calls, &b),
		                 -1);
		ck_assert_uint_eq(diag_count(LEVEL_GEBRUIK) + diag_count(LEVEL_SYSTEEM), 1);
	}
	ck_assert_int_eq(calls, 0);
	ck_assert_str_eq(buf_str(&b), "vooraf"); /* nothing appended */
	fflush(out_fp);
	ck_assert_ptr_nonnull(strstr(out_buf, "kies een resolutie van 36 tot en met 1200 dpi"));
	ck_assert_ptr_nonnull(strstr(out_buf, "kies een lagere resolutie"));
	/* dpi means nothing to SVG */
	ck_assert_int_eq(chart_export_draw(cx, CHART_SVG, 0, 100, 100, draw_count, &calls, &b), 0);
	ck_assert_int_eq(calls, 1);
	buf_free(&b);
}
END_TEST

/* Unbalanced restore puts cairo in an error state: reported, nothing kept. */
static void draw_broken(struct canvas *cv, const void *data, double w, double h)
{
	(void)data, (void)w, (void)h;
	cv->ops->restore(cv->ctx);
}

START_TEST(cairo_error_reported)
{
	struct buf b = {0};
	for (int f = CHART_PNG; f <= CHART_SVG; f++) {
		diag_reset();
		ck_assert_int_eq(chart_export_draw(cx, f, 72, 100, 100, draw_broken, NULL, &b), -1);
		ck_assert_uint_eq(diag_count(LEVEL_SYSTEEM), 1);
		ck_assert_uint_eq(b.len, 0);
	}
	fflush(out_fp);
	ck_assert_ptr_nonnull(strstr(out_buf, "de grafiek kan niet worden getekend (cairo: "));
	buf_free(&b);
}
END_TEST

START_TEST(bad_font)
{
	struct template t = *tpl;
	t.font_file[FONT_ITALIC] = "tests/unit/check_main.h"; /* not a font */
	ck_assert_ptr_null(chart_export_new(&t, fs));
	ck_assert_uint_eq(diag_count(LEVEL_SYSTEEM), 1);
	fflush(out_fp);
	ck_assert_ptr_nonnull(strstr(
	    out_buf, "tests/unit/check_main.h: fout: FreeType kan dit lettertype niet laden"));
}
END_TEST

/* cairo is opened on first use (cairo_api.c): a library that is missing,
 * or one that loads but is not cairo, is an error with a message, and
 * the table of functions stays as it was, so charts still draw. */
START_TEST(library_not_loaded)
{
	struct cairo_api before = cairo_api;
	struct buf b = {0};
	diag_reset();
	ck_assert_int_eq(cairo_api_load_from("libvoortgang-geen-cairo.so.2"), -1);
	ck_assert_int_eq(cairo_api_load_from("libm.so.6"), -1); /* loads, but is not cairo */
	ck_assert_uint_eq(diag_count(LEVEL_SYSTEEM), 2);
	ck_assert(memcmp(&before, &cairo_api, sizeof before) == 0);
	fflush(out_fp);
	ck_assert_ptr_nonnull(strstr(out_buf,
	                             "fout: grafieken kunnen niet als PNG en SVG worden "
	                             "geschreven: de bibliotheek "
	                             "libvoortgang-geen-cairo.so.2 kan niet worden geladen ("));
	ck_assert_ptr_nonnull(
	    strstr(out_buf, "de bibliotheek libm.so.6 mist de functie FT_Done_FreeType; installeer "
	                    "cairo 1.16 of nieuwer"));
	diag_reset();
	ck_assert_int_eq(cairo_api_load(), 0);
	must_draw(CHART_PNG, 100, 100, draw_simple, NULL, &b);
	buf_free(&b);
}
END_TEST

static Suite *cairo_suite(void)
{
	Suite *s = suite_create("cairo");
	TCase *tc = tcase_create("cairo");
	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, png_pixels);
	tcase_add_test(tc, png_size_follows_dpi);
	tcase_add_test(tc, text_anchor_and_angle);
	tcase_add_test(tc, trend_line_with_gap);
	tcase_add_test(tc, svg_parses);
	tcase_add_test(tc, same_input_same_bytes);
	tcase_add_test(tc, bad_arguments);
	tcase_add_test(tc, cairo_error_reported);
	tcase_add_test(tc, bad_font);
	tcase_add_test(tc, library_not_loaded);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(cairo_suite());
}
