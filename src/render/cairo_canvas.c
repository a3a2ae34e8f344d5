/* The canvas on cairo, for charts as PNG or SVG files. The only file that
 * calls cairo or FreeType, through the table of cairo_api.h (the library is
 * opened on first use). Text is measured by the fontset (as the PDF
 * backend does), drawn with FreeType faces of the same font files, with
 * hinting off so cairo's glyph advances are the font's design advances. */
#include "cairo_canvas.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cairo_api.h"
#include "../chart/canvas.h"
#include "../layout/fontset.h"
#include "../model/template.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/xalloc.h"

#define DPI_MIN        36.0
#define DPI_MAX        1200.0
#define SIZE_MAX_PT    14400.0    /* 200 inches, PDF's largest page */
#define PNG_MAX_SIDE   32767.0    /* cairo's limit for an image side */
#define PNG_MAX_PIXELS 50000000.0 /* 200 MB of ARGB; an A4 page at 600 dpi fits */

struct chart_export {
	const struct fontset *fs;                /* measures text */
	struct chart_style style;                /* from the template */
	cairo_font_face_t *face[FONT_STYLE_MAX]; /* indexed by font_style */
};

/* What the canvas operations draw on. */
struct cctx {
	cairo_t *cr;
	const struct chart_export *x;
};

/* Marks the FreeType library a cairo font face owns. */
static const cairo_user_data_key_t ft_library_key;

/* Cairo may keep a font face (in its font caches) after we let go of it,
 * so each face has a FreeType library of its own, freed with the face:
 * FT_Done_FreeType also frees the library's FT_Face. */
static void done_library(void *lib)
{
	CA(FT_Done_FreeType)(lib);
}

/* One font file as a cairo font face; NULL with a message. */
static cairo_font_face_t *load_face(const char *path)
{
	FT_Library lib;
	FT_Face face;
	FT_Error err;
	cairo_font_face_t *cf;

	if ((err = CA(FT_Init_FreeType)(&lib)) != 0) {
		msg_at(D_FONT_BROKEN, path, 0, 0, "FreeType kan niet worden gestart (fout %d)",
		       (int)err);
		return NULL;
	}
	if ((err = CA(FT_New_Face)(lib, path, 0, &face)) != 0) {
		CA(FT_Done_FreeType)(lib);
		msg_at(D_FONT_BROKEN, path, 0, 0,
		       "FreeType kan dit lettertype niet laden (fout %d); herstel het bestand "
		       "of kies een ander in het sjabloon",
		       (int)err);
		return NULL;
	}
	cf = CA(cairo_ft_font_face_create_for_ft_face)(face, FT_LOAD_NO_HINTING);
	if (CA(cairo_font_face_set_user_data)(cf, &ft_library_key, lib, done_library) !=
	    CAIRO_STATUS_SUCCESS) {
		msg_at(D_FONT_BROKEN, path, 0, 0, "cairo kan dit lettertype niet gebruiken (%s)",
		       CA(cairo_status_to_string)(CA(cairo_font_face_status)(cf)));
		CA(cairo_font_face_destroy)(cf);
		CA(FT_Done_FreeType)(lib);
		return NULL;
	}
	return cf;
}

int chart_export_load(void)
{
	return cairo_api_load();
}

struct chart_export *chart_export_new(const struct template *t, const struct fontset *fs)
{
	struct chart_export *x;
	if (cairo_api_load() != 0)
		return NULL;
	x = xcalloc(1, sizeof *x);
	x->fs = fs;
	chart_style_init(&x->style, t);
	for (int i = 0; i < FONT_STYLE_MAX; i++)
		if ((x->face[i] = load_face(t->font_file[i])) == NULL) {
			chart_export_free(x);
			return NULL;
		}
	return x;
}

void chart_export_free(struct chart_export *x)
{
	if (x == NULL)
		return;
	for (int i = 0; i < FONT_STYLE_MAX; i++)
		CA(cairo_font_face_destroy)(x->face[i]); /* NULL is a no-op */
	free(x);
}

static void cc_move(void *ctx, double x, double y)
{
	CA(cairo_move_to)(((struct cctx *)ctx)->cr, x, y);
}

static void cc_lineto(void *ctx, double x, double y)
{
	CA(cairo_line_to)(((struct cctx *)ctx)->cr, x, y);
}

static void cc_curve(void *ctx, double x1, double y1, double x2, double y2, double x3, double y3)
{
	CA(cairo_curve_to)(((struct cctx *)ctx)->cr, x1, y1, x2, y2, x3, y3);
}

static void cc_close(void *ctx)
{
	CA(cairo_close_path)(((struct cctx *)ctx)->cr);
}

/* Dash and gap both pen->dash long, as the PDF device draws it. */
static void cc_stroke(void *ctx, const struct pen *pen)
{
	cairo_t *cr = ((struct cctx *)ctx)->cr;
	CA(cairo_set_source_rgb)(cr, pen->colour.r, pen->colour.g, pen->colour.b);
	CA(cairo_set_line_width)(cr, pen->width);
	CA(cairo_set_dash)(cr, &pen->dash, pen->dash > 0 ? 1 : 0, 0);
	CA(cairo_stroke)(cr);
}

static void cc_fill(void *ctx, struct rgb c)
{
	cairo_t *cr = ((struct cctx *)ctx)->cr;
	CA(cairo_set_source_rgb)(cr, c.r, c.g, c.b);
	CA(cairo_fill)(cr);
}

static void cc_clip(void *ctx)
{
	CA(cairo_clip)(((struct cctx *)ctx)->cr);
}

static void cc_save(void *ctx)
{
	CA(cairo_save)(((struct cctx *)ctx)->cr);
}

static void cc_restore(void *ctx)
{
	CA(cairo_restore)(((struct cctx *)ctx)->cr);
}

static double cc_width(void *ctx, enum font_style f, double size, const char *s)
{
	return fontset_width(((struct cctx *)ctx)->x->fs, f, size, s, strlen(s));
}

/* As figure.c: the anchor moves the start back along the text's own
 * direction; the angle is counter-clockwise on the page, and y grows
 * downwards, so cairo turns by -angle. A path being built survives. */
static void cc_text(void *ctx, double x, double y, enum font_style f, double size, struct rgb c,
                    enum anchor a, double angle, const char *s)
{
	struct cctx *k = ctx;
	cairo_t *cr = k->cr;
	double w, shift;
	cairo_path_t *keep = NULL;

	if (s[0] == '\0' || (unsigned)f >= FONT_STYLE_MAX)
		return;
	w = cc_width(ctx, f, size, s);
	shift = a == ANCHOR_END ? w : a == ANCHOR_MIDDLE ? w / 2 : 0;
	if (CA(cairo_has_current_point)(cr))
		keep = CA(cairo_copy_path)(cr);
	CA(cairo_save)(cr);
	CA(cairo_translate)(cr, x, y);
	if (angle != 0)
		CA(cairo_rotate)(cr, -angle * 3.14159265358979323846 / 180);
	CA(cairo_set_font_face)(cr, k->x->face[f]);
	CA(cairo_set_font_size)(cr, size);
	CA(cairo_set_source_rgb)(cr, c.r, c.g, c.b);
	CA(cairo_move_to)(cr, -shift, 0);
	CA(cairo_show_text)(cr, s);
	CA(cairo_new_path)(cr);
	CA(cairo_restore)(cr);
	if (keep != NULL) {
		CA(cairo_append_path)(cr, keep);
		CA(cairo_path_destroy)(keep);
	}
}

static const struct canvas_ops cairo_ops = {
    cc_move, cc_lineto, cc_curve, cc_close, cc_stroke, cc_fill,
    cc_clip, cc_save, cc_restore, cc_text, cc_width,
};

/* Runs the chart's draw function on cr; cairo's sticky status after it. */
static cairo_status_t draw_on(struct chart_export *x, cairo_t *cr, double w, double h,
                              void (*draw)(struct canvas *, const void *, double, double),
                              const void *data)
{
	struct cctx k = {cr, x};
	struct canvas cv = {&cairo_ops, &k, &x->style};
	cairo_font_options_t *fo = CA(cairo_font_options_create)();
	/* unhinted: advances as designed, so text ends where it was measured */
	CA(cairo_font_options_set_hint_metrics)(fo, CAIRO_HINT_METRICS_OFF);
	CA(cairo_font_options_set_hint_style)(fo, CAIRO_HINT_STYLE_NONE);
	CA(cairo_set_font_options)(cr, fo);
	CA(cairo_font_options_destroy)(fo);
	CA(cairo_set_line_join)(cr, CAIRO_LINE_JOIN_ROUND);
	draw(&cv, data, w, h);
	return CA(cairo_status)(cr);
}

/* Appends what cairo writes to the buffer (which never fails: xalloc). */
static cairo_status_t write_buf(void *closure, const unsigned char *data, unsigned int len)
{
	buf_append(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

static int cairo_failed(cairo_status_t st)
{
	msg(D_OUTPUT, NULL, "de grafiek kan niet worden getekend (cairo: %s)",
	    CA(cairo_status_to_string)(st));
	return -1;
}

static int draw_png(struct chart_export *x, double dpi, double w, double h,
                    void (*draw)(struct canvas *, const void *, double, double), const void *data,
                    struct buf *out)
{
	cairo_surface_t *s;
	cairo_t *cr;
	cairo_status_t st;

	s = CA(cairo_image_surface_create)(CAIRO_FORMAT_ARGB32, (int)ceil(w * dpi / 72),
	                                   (int)ceil(h * dpi / 72));
	cr = CA(cairo_create)(s); /* on a failed surface, a failed context */
	CA(cairo_set_source_rgb)(cr, 1, 1, 1);
	CA(cairo_paint)(cr);
	CA(cairo_scale)(cr, dpi / 72, dpi / 72);
	st = draw_on(x, cr, w, h, draw, data);
	CA(cairo_destroy)(cr);
	if (st == CAIRO_STATUS_SUCCESS)
		st = CA(cairo_surface_write_to_png_stream)(s, write_buf, out);
	CA(cairo_surface_destroy)(s);
	return st == CAIRO_STATUS_SUCCESS ? 0 : cairo_failed(st);
}

/* Cairo names an SVG's groups "surface<N>" after a counter that runs
 * through the whole process, so the second figure would differ from the
 * first. Copies the document to `out` with those ids numbered in order of
 * appearance, after `id="` and `#` (cairo 1.16 writes no text as text,
 * only glyph outlines, so the word appears nowhere else). */
static void svg_renumber(struct buf *out, const struct buf *svg)
{
	static const char word[] = "surface";
	unsigned long *seen = NULL;
	size_t nseen = 0, cap = 0, i = 0, n = svg->len;
	const char *d = svg->data;

	while (i < n) { /* d is NUL-terminated: strstr stops there */
		const char *hit = strstr(d + i, word);
		size_t at = hit ? (size_t)(hit - d) : n, end = at + sizeof word - 1, k = 0;
		unsigned long id = 0;
		buf_append(out, d + i, at - i);
		if (at == n)
			break;
		while (end < n && d[end] >= '0' && d[end] <= '9')
			id = id * 10 + (unsigned long)(d[end++] - '0');
		if (end == at + sizeof word - 1 ||
		    !(at > 0 && (d[at - 1] == '#' || d[at - 1] == '"'))) {
			buf_append(out, d + at, end - at); /* not an id: as written */
			i = end;
			continue;
		}
		while (k < nseen && seen[k] != id)
			k++;
		if (k == nseen) {
			seen = xgrow(seen, &cap, nseen + 1, sizeof *seen);
			seen[nseen++] = id;
		}
		buf_printf(out, "%s%zu", word, k + 1);
		i = end;
	}
	free(seen);
}

static int draw_svg(struct chart_export *x, double w, double h,
                    void (*draw)(struct canvas *, const void *, double, double), const void *data,
                    struct buf *out)
{
	cairo_surface_t *s;
	cairo_t *cr;
	cairo_status_t st;
	struct buf svg = {0};

	s = CA(cairo_svg_surface_create_for_stream)(write_buf, &svg, w, h);
	CA(cairo_svg_surface_set_document_unit)(s, CAIRO_SVG_UNIT_PT);
	cr = CA(cairo_create)(s);
	st = draw_on(x, cr, w, h, draw, data);
	CA(cairo_destroy)(cr);
	CA(cairo_surface_finish)(s); /* writes the document */
	if (st == CAIRO_STATUS_SUCCESS)
		st = CA(cairo_surface_status)(s);
	CA(cairo_surface_destroy)(s);
	if (st == CAIRO_STATUS_SUCCESS)
		svg_renumber(out, &svg);
	buf_free(&svg);
	return st == CAIRO_STATUS_SUCCESS ? 0 : cairo_failed(st);
}

/* Refuses sizes that are not numbers, and images too large to allocate. */
static int check_size(enum chart_format fmt, double dpi, double w, double h)
{
	double pw, ph;
	if (!(w > 0 && w <= SIZE_MAX_PT && h > 0 && h <= SIZE_MAX_PT)) {
		msg(D_OUTPUT, NULL,
		    "een grafiek van %g bij %g punt kan niet worden getekend: breedte en "
		    "hoogte moeten groter dan 0 en hoogstens %.0f punt zijn",
		    w, h, SIZE_MAX_PT);
		return -1;
	}
	if (fmt == CHART_SVG)
		return 0;
	if (!(dpi >= DPI_MIN && dpi <= DPI_MAX)) {
		msg(D_USAGE, NULL,
		    "resolutie %g dpi kan niet; kies een resolutie van %.0f tot en met %.0f dpi",
		    dpi, DPI_MIN, DPI_MAX);
		return -1;
	}
	pw = ceil(w * dpi / 72);
	ph = ceil(h * dpi / 72);
	if (pw > PNG_MAX_SIDE || ph > PNG_MAX_SIDE || pw * ph > PNG_MAX_PIXELS) {
		msg(D_USAGE, NULL,
		    "een grafiek van %.0f bij %.0f pixels is te groot (hoogstens %.0f pixels "
		    "per zijde en %.0f miljoen in totaal); kies een lagere resolutie",
		    pw, ph, PNG_MAX_SIDE, PNG_MAX_PIXELS / 1e6);
		return -1;
	}
	return 0;
}

int chart_export_draw(struct chart_export *x, enum chart_format fmt, double dpi, double w, double h,
                      void (*draw)(struct canvas *cv, const void *data, double w, double h),
                      const void *data, struct buf *out)
{
	size_t start = out->len;
	int rc;
	if (check_size(fmt, dpi, w, h) < 0)
		return -1;
	rc = fmt == CHART_PNG ? draw_png(x, dpi, w, h, draw, data, out)
	                      : draw_svg(x, w, h, draw, data, out);
	if (rc < 0 && out->data != NULL) { /* nothing half-written */
		out->len = start;
		out->data[start] = '\0';
	}
	return rc;
}
