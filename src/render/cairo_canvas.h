/* The cairo backend of the chart canvas: one figure as a PNG or SVG file
 * in memory. Text is measured with the template's fontset, like the PDF
 * backend (layout/figure.c), so a chart lays out the same in all formats. */
#ifndef VG_CAIRO_CANVAS_H
#define VG_CAIRO_CANVAS_H

struct fontset;
struct template;
struct buf;
struct canvas;

enum chart_format { CHART_PNG, CHART_SVG };

/* Opaque: FreeType faces for the template's four font files, loaded once. */
struct chart_export;

/* Opens the cairo library (once; it is not linked, see cairo_api.h). A
 * run that will export charts calls this before it writes anything, so
 * that a missing library leaves no half-done output. 0, or -1 with a
 * message. */
int chart_export_load(void);

/* Loads cairo and the template's fonts for drawing; `fs` measures text and
 * must outlive the result. NULL (with a message) when cairo or a font
 * cannot be loaded. */
struct chart_export *chart_export_new(const struct template *t, const struct fontset *fs);
void chart_export_free(struct chart_export *x);

/* Draws one figure of w x h points and appends it to `out`: a PNG on white
 * at `dpi` pixels per inch (36 to 1200; 72 is one pixel per point), or an
 * SVG measured in points (dpi ignored). Returns 0, or -1 with a message
 * and `out` as it was. */
int chart_export_draw(struct chart_export *x, enum chart_format fmt, double dpi, double w, double h,
                      void (*draw)(struct canvas *cv, const void *data, double w, double h),
                      const void *data, struct buf *out);

#endif
