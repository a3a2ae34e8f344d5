/* Shapes on the canvas operations, and the default chart style. */
#include "canvas.h"

/* Okabe and Ito's palette, ordered so neighbours contrast: blue, orange,
 * bluish green, vermillion, sky blue, reddish purple, yellow, black. */
static const struct rgb okabe_ito[CHART_PALETTE_MAX] = {
	{0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0}, {0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0},
	{0x00 / 255.0, 0x9E / 255.0, 0x73 / 255.0}, {0xD5 / 255.0, 0x5E / 255.0, 0x00 / 255.0},
	{0x56 / 255.0, 0xB4 / 255.0, 0xE9 / 255.0}, {0xCC / 255.0, 0x79 / 255.0, 0xA7 / 255.0},
	{0xF0 / 255.0, 0xE4 / 255.0, 0x42 / 255.0}, {0x00 / 255.0, 0x00 / 255.0, 0x00 / 255.0},
};

void chart_style_init(struct chart_style *st, const struct template *t)
{
	st->ink = t->colour[COLOUR_TEXT];
	st->muted = t->colour[COLOUR_MUTED];
	st->grid = t->colour[COLOUR_RULE];
	st->band = t->colour[COLOUR_FILL];
	if (t->npalette > 0) {
		st->nseries = t->npalette < CHART_PALETTE_MAX ? t->npalette : CHART_PALETTE_MAX;
		for (size_t i = 0; i < st->nseries; i++)
			st->series[i] = t->palette[i];
	} else {
		st->nseries = CHART_PALETTE_MAX;
		for (size_t i = 0; i < st->nseries; i++)
			st->series[i] = okabe_ito[i];
	}
}

void cv_line(struct canvas *cv, double x1, double y1, double x2, double y2, const struct pen *pen)
{
	cv->ops->move_to(cv->ctx, x1, y1);
	cv->ops->line_to(cv->ctx, x2, y2);
	cv->ops->stroke(cv->ctx, pen);
}

void cv_rect_path(struct canvas *cv, double x, double y, double w, double h)
{
	cv->ops->move_to(cv->ctx, x, y);
	cv->ops->line_to(cv->ctx, x + w, y);
	cv->ops->line_to(cv->ctx, x + w, y + h);
	cv->ops->line_to(cv->ctx, x, y + h);
	cv->ops->close_path(cv->ctx);
}

void cv_fill_rect(struct canvas *cv, double x, double y, double w, double h, struct rgb c)
{
	cv_rect_path(cv, x, y, w, h);
	cv->ops->fill(cv->ctx, c);
}

/* Four Bézier quarters; k makes them within 0.03% of a circle. */
void cv_circle_path(struct canvas *cv, double cx, double cy, double r)
{
	const double k = 0.5522847498 * r;
	cv->ops->move_to(cv->ctx, cx + r, cy);
	cv->ops->curve_to(cv->ctx, cx + r, cy + k, cx + k, cy + r, cx, cy + r);
	cv->ops->curve_to(cv->ctx, cx - k, cy + r, cx - r, cy + k, cx - r, cy);
	cv->ops->curve_to(cv->ctx, cx - r, cy - k, cx - k, cy - r, cx, cy - r);
	cv->ops->curve_to(cv->ctx, cx + k, cy - r, cx + r, cy - k, cx + r, cy);
	cv->ops->close_path(cv->ctx);
}

void cv_text(struct canvas *cv, double x, double y, enum font_style f, double size, struct rgb c,
             enum anchor a, const char *s)
{
	cv->ops->text(cv->ctx, x, y, f, size, c, a, 0, s);
}

double cv_width(struct canvas *cv, enum font_style f, double size, const char *s)
{
	return cv->ops->text_width(cv->ctx, f, size, s);
}

static void off_move(void *ctx, double x, double y)
{
	struct cv_offset *o = ctx;
	o->base->ops->move_to(o->base->ctx, x + o->dx, y + o->dy);
}

static void off_line(void *ctx, double x, double y)
{
	struct cv_offset *o = ctx;
	o->base->ops->line_to(o->base->ctx, x + o->dx, y + o->dy);
}

static void off_curve(void *ctx, double x1, double y1, double x2, double y2, double x3, double y3)
{
	struct cv_offset *o = ctx;
	o->base->ops->curve_to(o->base->ctx, x1 + o->dx, y1 + o->dy, x2 + o->dx, y2 + o->dy, x3 + o->dx, y3 + o->dy);
}

static void off_close(void *ctx)
{
	struct cv_offset *o = ctx;
	o->base->ops->close_path(o->base->ctx);
}

static void off_stroke(void *ctx, const struct pen *pen)
{
	struct cv_offset *o = ctx;
	o->base->ops->stroke(o->base->ctx, pen);
}

static void off_fill(void *ctx, struct rgb c)
{
	struct cv_offset *o = ctx;
	o->base->ops->fill(o->base->ctx, c);
}

static void off_clip(void *ctx)
{
	struct cv_offset *o = ctx;
	o->base->ops->clip(o->base->ctx);
}

static void off_save(void *ctx)
{
	struct cv_offset *o = ctx;
	o->base->ops->save(o->base->ctx);
}

static void off_restore(void *ctx)
{
	struct cv_offset *o = ctx;
	o->base->ops->restore(o->base->ctx);
}

static void off_text(void *ctx, double x, double y, enum font_style f, double size, struct rgb c, enum anchor a,
                     double angle, const char *s)
{
	struct cv_offset *o = ctx;
	o->base->ops->text(o->base->ctx, x + o->dx, y + o->dy, f, size, c, a, angle, s);
}

static double off_width(void *ctx, enum font_style f, double size, const char *s)
{
	struct cv_offset *o = ctx;
	return o->base->ops->text_width(o->base->ctx, f, size, s);
}

static const struct canvas_ops offset_ops = {
    off_move, off_line, off_curve, off_close, off_stroke, off_fill, off_clip, off_save, off_restore,
    off_text, off_width,
};

struct canvas cv_offset(struct canvas *base, double dx, double dy, struct cv_offset *o)
{
	struct canvas cv = {&offset_ops, o, base->style};
	o->base = base;
	o->dx = dx;
	o->dy = dy;
	return cv;
}
