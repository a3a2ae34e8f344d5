/* The geometry every chart kind shares: a plot area with equal slots
 * along x and a value scale along y (parts.c). The bottom floor of
 * chart/ with canvas.h and scale.h; it includes nothing above it. */
#ifndef VG_CHART_FRAME_H
#define VG_CHART_FRAME_H
#include <stddef.h>

#include "scale.h"

/* Where a chart's plot area lies and how values map onto it: the x axis
 * has nslots equal slots (periods or bars), the y axis is `y`. */
struct chart_frame {
	double left, top, width, height;
	struct scale y;
	size_t nslots;
};

/* Centre of slot i, and the height of value v, in canvas coordinates. */
double chart_slot_x(const struct chart_frame *fr, size_t i);
double chart_value_y(const struct chart_frame *fr, double v);

#endif
