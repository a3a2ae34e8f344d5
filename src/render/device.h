/* An output device: what the layout's display list is drawn on. Like
 * mandoc's term_ps.c below term.c: the device knows its file format, not
 * reports or layout. Coordinates are points from the top-left corner. */
#ifndef VG_DEVICE_H
#define VG_DEVICE_H
#include <stddef.h>

#include "../layout/page.h"

struct buf;

struct device_ops {
	const char *name;
	/* Called once with the whole document (page count, headings for the
	 * outline and link destinations, document information). */
	int (*begin_doc)(void *dev, const struct layout_doc *doc);
	int (*begin_page)(void *dev, size_t index);
	/* Text of advance width w (points) at a baseline, turned `angle`
	 * degrees counter-clockwise about its start. */
	void (*text)(void *dev, double x, double baseline, double w, enum font_style f, double size,
	             struct rgb c, double angle, const char *s, size_t len);
	void (*line)(void *dev, double x1, double y1, double x2, double y2, double width,
	             struct rgb c, double dash);
	void (*rect)(void *dev, double x, double y, double w, double h, struct rgb fill);
	void (*box)(void *dev, double x, double y, double w, double h, double width,
	            struct rgb stroke);
	/* A path (figures): filled with c, stroked with c at width and dash,
	 * or intersected with the clip. */
	void (*path)(void *dev, const struct pathseg *seg, size_t n, enum paint paint, struct rgb c,
	             double width, double dash);
	/* A PNG (png 1) or JPEG file scaled into the box (logos). */
	void (*image)(void *dev, const char *path, int png, double x, double y, double w, double h);
	void (*save)(void *dev);
	void (*restore)(void *dev);
	/* A link area: to `uri`, or to heading `dest` when uri is NULL. */
	void (*link)(void *dev, double x, double y, double w, double h, const char *uri, int dest);
	/* Semantic structure (tagged PDF); `alt` for figures. */
	void (*tag_begin)(void *dev, enum tag tag, const char *alt);
	void (*tag_end)(void *dev, enum tag tag);
	int (*end_page)(void *dev);
	/* Serialises the document into `out`; 0 or -1 (with a message). */
	int (*end_doc)(void *dev, struct buf *out);
};

/* Draws a laid-out document on a device; 0 or -1. */
int render_doc(const struct layout_doc *d, const struct device_ops *ops, void *dev);

#endif
