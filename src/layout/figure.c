/* Figures: a chart drawn through the canvas interface onto the display
 * list, inside a Figure tag that carries its alt text. This is the canvas
 * backend that reaches the PDF as vector graphics. */
#include <string.h>

#include "../chart/canvas.h"
#include "../util/arena.h"
#include "fontset.h"
#include "layout_int.h"

struct fig {
	struct layout *L;
	double x0, y0; /* chart origin on the page */
};

static void fig_line(void *ctx, double x1, double y1, double x2, double y2, double width, struct rgb c,
                     double dash)
{
	struct fig *g = ctx;
	struct item *it = page_add(cur_page(g->L), ITEM_LINE);
	it->x = (float)(g->x0 + x1);
	it->y = (float)(g->y0 + y1);
	it->w = (float)(x2 - x1);
	it->h = (float)(y2 - y1);
	it->size = (float)width;
	it->colour = c;
	it->dash = (float)dash;
}

static void fig_rect(void *ctx, double x, double y, double w, double h, struct rgb fill)
{
	struct fig *g = ctx;
	struct item *it = page_add(cur_page(g->L), ITEM_RECT);
	it->x = (float)(g->x0 + x);
	it->y = (float)(g->y0 + y);
	it->w = (float)w;
	it->h = (float)h;
	it->colour = fill;
}

static double fig_width(void *ctx, enum font_style f, double size, const char *s)
{
	struct fig *g = ctx;
	return fontset_width(g->L->fs, f, size, s, strlen(s));
}

static void fig_text(void *ctx, double x, double y, enum font_style f, double size, struct rgb c, enum anchor a,
                     const char *s)
{
	struct fig *g = ctx;
	double w = fig_width(ctx, f, size, s);
	struct item *it = page_add(cur_page(g->L), ITEM_TEXT);
	it->x = (float)(g->x0 + x - (a == ANCHOR_END ? w : a == ANCHOR_MIDDLE ? w / 2 : 0));
	it->y = (float)(g->y0 + y);
	it->w = (float)w;
	it->font = f;
	it->size = (float)size;
	it->colour = c;
	it->text = arena_strdup(g->L->doc->arena, s);
	it->len = strlen(s);
}

static const struct canvas_ops fig_ops = {fig_line, fig_rect, fig_text, fig_width};

void layout_figure(struct layout *L, double h, const char *alt, layout_draw_fn draw, const void *data)
{
	struct fig g;
	struct canvas cv = {&fig_ops, &g, L->t};
	need(L, h);
	g.L = L;
	g.x0 = L->x0 + L->indent;
	g.y0 = L->y;
	tag_begin(L, TAG_FIGURE);
	cur_page(L)->items[cur_page(L)->n - 1].alt = arena_strdup(L->doc->arena, alt);
	draw(&cv, data, L->width - L->indent, h);
	tag_end(L, TAG_FIGURE);
	L->y += h + L->role[ROLE_BODY].leading * 0.5;
}
