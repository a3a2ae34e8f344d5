/* Figures: a chart drawn through the canvas interface onto the display
 * list, inside a Figure tag that carries its alt text. This is the canvas
 * backend that reaches the PDF as vector graphics. Every figure is also
 * recorded on the document, so it can be exported again (PNG, SVG). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../chart/canvas.h"
#include "../util/arena.h"
#include "../util/xalloc.h"
#include "fontset.h"
#include "layout_int.h"

struct fig {
	struct layout *L;
	double x0, y0;        /* chart origin on the page */
	struct pathseg *segs; /* the path being built */
	size_t n, cap;
};

static void seg(struct fig *g, enum seg_op op, size_t npts, const double *xy)
{
	struct pathseg *s;
	g->segs = xgrow(g->segs, &g->cap, g->n + 1, sizeof *g->segs);
	s = &g->segs[g->n++];
	memset(s, 0, sizeof *s);
	s->op = op;
	for (size_t i = 0; i < npts; i++) {
		s->x[i] = (float)(g->x0 + xy[2 * i]);
		s->y[i] = (float)(g->y0 + xy[2 * i + 1]);
	}
}

static void fig_move(void *ctx, double x, double y)
{
	seg(ctx, SEG_MOVE, 1, (double[]){x, y});
}

static void fig_lineto(void *ctx, double x, double y)
{
	seg(ctx, SEG_LINE, 1, (double[]){x, y});
}

static void fig_curve(void *ctx, double x1, double y1, double x2, double y2, double x3, double y3)
{
	seg(ctx, SEG_CURVE, 3, (double[]){x1, y1, x2, y2, x3, y3});
}

static void fig_close(void *ctx)
{
	seg(ctx, SEG_CLOSE, 0, NULL);
}

/* Moves the built path into the document as one item. */
static struct item *emit(struct fig *g, enum paint paint)
{
	struct item *it;
	struct pathseg *copy;
	if (g->n == 0)
		return NULL;
	copy = arena_alloc(g->L->doc->arena, g->n * sizeof *copy);
	memcpy(copy, g->segs, g->n * sizeof *copy);
	it = page_add(cur_page(g->L), ITEM_PATH);
	it->path = copy;
	it->npath = g->n;
	it->paint = paint;
	g->n = 0;
	return it;
}

static void fig_stroke(void *ctx, const struct pen *pen)
{
	struct item *it = emit(ctx, PAINT_STROKE);
	if (it) {
		it->colour = pen->colour;
		it->size = (float)pen->width;
		it->dash = (float)pen->dash;
	}
}

static void fig_fill(void *ctx, struct rgb c)
{
	struct item *it = emit(ctx, PAINT_FILL);
	if (it)
		it->colour = c;
}

static void fig_clip(void *ctx)
{
	emit(ctx, PAINT_CLIP);
}

static void fig_save(void *ctx)
{
	struct fig *g = ctx;
	page_add(cur_page(g->L), ITEM_SAVE);
}

static void fig_restore(void *ctx)
{
	struct fig *g = ctx;
	page_add(cur_page(g->L), ITEM_RESTORE);
}

static double fig_width(void *ctx, enum font_style f, double size, const char *s)
{
	struct fig *g = ctx;
	return fontset_width(g->L->fs, f, size, s, strlen(s));
}

static void fig_text(void *ctx, double x, double y, enum font_style f, double size, struct rgb c, enum anchor a,
                     double angle, const char *s)
{
	struct fig *g = ctx;
	double w = fig_width(ctx, f, size, s), shift = a == ANCHOR_END ? w : a == ANCHOR_MIDDLE ? w / 2 : 0;
	struct item *it = page_add(cur_page(g->L), ITEM_TEXT);
	double r = angle * 3.14159265358979323846 / 180;
	/* the anchor moves the start back along the text's own direction */
	it->x = (float)(g->x0 + x - shift * cos(r));
	it->y = (float)(g->y0 + y + shift * sin(r));
	it->w = (float)w;
	it->font = f;
	it->size = (float)size;
	it->colour = c;
	it->angle = (float)angle;
	it->text = arena_strdup(g->L->doc->arena, s);
	it->len = strlen(s);
}

static const struct canvas_ops fig_ops = {
    fig_move, fig_lineto, fig_curve, fig_close, fig_stroke, fig_fill, fig_clip, fig_save, fig_restore,
    fig_text, fig_width,
};

void layout_figure(struct layout *L, const char *caption, double h, const char *alt, layout_draw_fn draw,
                   const void *data)
{
	struct fig g = {0};
	struct chart_style st;
	struct canvas cv = {&fig_ops, &g, &st};
	struct figure_rec *rec;
	struct caption cap;
	double w = L->width - L->indent;
	chart_style_init(&st, L->t);
	caption_prepare(L, caption, w, &cap);
	need(L, cap.h + h); /* caption and chart never part */
	tag_begin(L, TAG_FIGURE);
	cur_page(L)->items[cur_page(L)->n - 1].alt = arena_strdup(L->doc->arena, alt);
	caption_emit(L, &cap, w);
	g.L = L;
	g.x0 = L->x0 + L->indent;
	g.y0 = L->y;
	draw(&cv, data, w, h);
	tag_end(L, TAG_FIGURE);
	free(g.segs);
	L->doc->figures = xgrow(L->doc->figures, &L->doc->figcap, L->doc->nfigures + 1, sizeof *L->doc->figures);
	rec = &L->doc->figures[L->doc->nfigures++];
	rec->draw = draw;
	rec->data = data;
	rec->w = w;
	rec->h = h;
	rec->alt = arena_strdup(L->doc->arena, alt);
	L->y += h + L->role[ROLE_BODY].leading * 0.5;
}
