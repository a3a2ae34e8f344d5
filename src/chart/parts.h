/* Pieces shared by the chart kinds (internal to chart/). */
#ifndef VG_CHART_PARTS_H
#define VG_CHART_PARTS_H
#include <stddef.h>

#include "canvas.h"
#include "frame.h"
#include "scale.h"

#define LABEL_SIZE 7.0  /* tick labels, value labels, legends */
#define LEGEND_ROW 12.0 /* height of a legend row */

/* Widest tick label of a scale. */
double axis_label_width(struct canvas *cv, const struct scale *s);
/* Grid lines across the plot at every tick of fr->y, labelled at the left. */
void axis_horizontal_grid(struct canvas *cv, const struct chart_frame *fr);
/* One label under each slot: side by side, turned when too wide, or
 * thinned to every k-th when even turned they would touch. The depth is
 * the room they need below the plot. */
double axis_slot_depth(struct canvas *cv, double width, const char *const *labels, size_t n);
void axis_slot_labels(struct canvas *cv, const struct chart_frame *fr, const char *const *labels);
/* The unit of the value axis ("x € 1.000") above its tick labels, at
 * baseline y, never wider than w. */
void axis_unit(struct canvas *cv, const struct chart_frame *fr, double y, double w, const char *unit);
/* A legend of coloured squares, wrapping onto rows of width w. */
double legend_height(struct canvas *cv, double w, const char *const *labels, size_t n);
void legend_draw(struct canvas *cv, double x, double y, double w, const char *const *labels,
                 const struct rgb *colours, size_t n);
/* s, or s shortened with "…" into out so it fits width w. */
const char *fit_text(struct canvas *cv, enum font_style f, double size, const char *s, double w, char *out,
                     size_t outsz);

#endif
