/* The one small drawing interface charts use, after cairo's and PDF's
 * imaging model: build a path, then stroke, fill or clip with it; save and
 * restore the graphics state (the clip); place text on a baseline.
 * Coordinates are points from the chart's top-left corner, y downwards.
 *
 * Backends: layout/figure.c (the page's display list, and so the PDF as
 * vector graphics) and render/cairo_canvas.c (PNG and SVG files). Charts
 * measure text through text_width only, so both backends lay a chart out
 * identically. */
#ifndef VG_CANVAS_H
#define VG_CANVAS_H
#include <stddef.h>

#include "../model/template.h"

enum anchor { ANCHOR_START, ANCHOR_MIDDLE, ANCHOR_END };

/* How a path is stroked: dash 0 is solid, else the dash length (and gap). */
struct pen {
	struct rgb colour;
	double width;
	double dash;
};

struct canvas_ops {
	/* Path construction. A path is consumed by stroke, fill or clip. */
	void (*move_to)(void *ctx, double x, double y);
	void (*line_to)(void *ctx, double x, double y);
	void (*curve_to)(void *ctx, double x1, double y1, double x2, double y2, double x3, double y3);
	void (*close_path)(void *ctx);
	void (*stroke)(void *ctx, const struct pen *pen);
	void (*fill)(void *ctx, struct rgb colour);
	/* Intersects the clip with the current path; undone by restore. */
	void (*clip)(void *ctx);
	void (*save)(void *ctx);
	void (*restore)(void *ctx);
	/* Text on a baseline at (x, y), anchored there, turned `angle`
	 * degrees counter-clockwise about that point. */
	void (*text)(void *ctx, double x, double y, enum font_style f, double size, struct rgb c,
	             enum anchor a, double angle, const char *s);
	/* Advance width of text in points. */
	double (*text_width)(void *ctx, enum font_style f, double size, const char *s);
};

/* Colours charts use for series, after Okabe and Ito (colour-blind safe);
 * a template's house style may replace them. */
#define CHART_PALETTE_MAX 8

struct chart_style {
	struct rgb ink, muted, grid, band; /* text, tick labels, grid, shaded areas */
	struct rgb series[CHART_PALETTE_MAX];
	size_t nseries;
};

struct canvas {
	const struct canvas_ops *ops;
	void *ctx;
	const struct chart_style *style;
};

/* The default style from a template: its text colours and its palette. */
void chart_style_init(struct chart_style *st, const struct template *t);

/* Shapes built on the operations above. */
void cv_line(struct canvas *cv, double x1, double y1, double x2, double y2, const struct pen *pen);
void cv_rect_path(struct canvas *cv, double x, double y, double w, double h);
void cv_fill_rect(struct canvas *cv, double x, double y, double w, double h, struct rgb c);
void cv_circle_path(struct canvas *cv, double cx, double cy, double r);
/* Unturned text. */
void cv_text(struct canvas *cv, double x, double y, enum font_style f, double size, struct rgb c,
             enum anchor a, const char *s);
double cv_width(struct canvas *cv, enum font_style f, double size, const char *s);

/* A canvas drawing onto `base` moved by (dx, dy): for a chart inside a
 * grid cell. `o` holds the state and must outlive the returned canvas. */
struct cv_offset {
	struct canvas *base;
	double dx, dy;
};
struct canvas cv_offset(struct canvas *base, double dx, double dy, struct cv_offset *o);

#endif
