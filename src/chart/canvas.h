/* The one small drawing interface charts use. Coordinates are points from
 * the chart's top-left corner. Backends: the layout's display list (and so
 * the PDF device, as vector graphics); a cairo backend can implement the
 * same operations for PNG and SVG. */
#ifndef VG_CANVAS_H
#define VG_CANVAS_H
#include <stddef.h>

#include "../model/template.h"

enum anchor { ANCHOR_START, ANCHOR_MIDDLE, ANCHOR_END };

struct canvas_ops {
	/* A straight stroke; dash 0 is solid, else the dash length. */
	void (*line)(void *ctx, double x1, double y1, double x2, double y2, double width, struct rgb c,
	             double dash);
	void (*rect)(void *ctx, double x, double y, double w, double h, struct rgb fill);
	/* Text on a baseline, anchored at x. */
	void (*text)(void *ctx, double x, double y, enum font_style f, double size, struct rgb c,
	             enum anchor a, const char *s);
	double (*text_width)(void *ctx, enum font_style f, double size, const char *s);
};

struct canvas {
	const struct canvas_ops *ops;
	void *ctx;
	const struct template *t; /* house style: colours */
};

#endif
