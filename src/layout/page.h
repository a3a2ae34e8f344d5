/* The layout's output: a display list per page, in points with the origin at
 * the top-left corner and y growing downwards (devices convert). Text items
 * carry a baseline. Semantic begin/end items bracket content so a device can
 * tag it (tagged PDF) without knowing the layout. */
#ifndef VG_PAGE_H
#define VG_PAGE_H
#include <stddef.h>

#include "../model/template.h"

enum item_kind {
	ITEM_TEXT,      /* text at a baseline */
	ITEM_LINE,      /* stroked line from (x,y) to (x+w,y+h) */
	ITEM_RECT,      /* filled rectangle */
	ITEM_BOX,       /* stroked rectangle */
	ITEM_LINK,      /* clickable area: uri, or internal destination */
	ITEM_PATH,      /* a path, filled, stroked or clipped to (figures) */
	ITEM_SAVE,      /* save the graphics state (the clip) */
	ITEM_RESTORE,   /* restore it */
	ITEM_IMAGE,     /* a PNG or JPEG file (uri) scaled to w x h, top-left at x, y */
	ITEM_TAG_BEGIN, /* start of a structure element */
	ITEM_TAG_END,   /* end of the innermost open element */
	ITEM_MAX
};

/* Structure elements, after PDF's standard structure types. */
enum tag {
	TAG_DOCUMENT,
	TAG_H1, TAG_H2, TAG_H3, TAG_H4,
	TAG_P,
	TAG_L, TAG_LI, TAG_LBL, TAG_LBODY,
	TAG_TABLE, TAG_THEAD, TAG_TBODY, TAG_TR, TAG_TH, TAG_TD,
	TAG_CAPTION,
	TAG_FIGURE,
	TAG_TOC, TAG_TOCI,
	TAG_LINK,
	TAG_ARTIFACT, /* running header/footer, page numbers, decoration */
	TAG_MAX
};

extern const char *const tag_name[TAG_MAX]; /* PDF names: "H1", "P", ... */

/* One segment of a path: a move, a straight line, a cubic Bézier curve
 * (two control points, then the end point) or a close. */
enum seg_op { SEG_MOVE, SEG_LINE, SEG_CURVE, SEG_CLOSE };
struct pathseg {
	enum seg_op op;
	float x[3], y[3];
};

/* What a path item does with its path. */
enum paint { PAINT_FILL, PAINT_STROKE, PAINT_CLIP };

/* One display-list item; a long document has hundreds of thousands, so
 * it is kept small (72 bytes): small enums as bytes, colours as floats,
 * and the fields of different kinds sharing storage. */
struct item {
	float x, y;             /* position (text: baseline start) */
	float w, h;             /* line delta; rect/box/link/image size */
	float size;             /* text: font size; line/box/path: stroke width */
	float dash;             /* line, path: dash length, 0 for solid */
	float angle;            /* text: degrees counter-clockwise */
	struct rgb colour;      /* text, line, rect, box, path */
	unsigned char kind;     /* enum item_kind */
	unsigned char font;     /* text: enum font_style */
	unsigned char tag;      /* tag begin/end: enum tag */
	unsigned char paint;    /* path: enum paint */
	int dest;               /* link: heading index when uri is NULL; image: 1 PNG, 0 JPEG */
	const char *text;       /* text: UTF-8, not NUL-terminated */
	union {
		size_t len;         /* text: bytes */
		size_t npath;       /* path: segments */
	};
	union {
		const char *uri;    /* link: external target, or NULL; image: the file */
		const char *alt;    /* tag begin: alternate text (figures, check boxes) */
		const struct pathseg *path; /* path: segments */
	};
};

struct page {
	struct item *items;
	size_t n, cap;
};

/* A heading, for the outline, the table of contents and internal links. */
struct heading {
	const char *title;  /* as printed, with its number */
	int level;          /* 1-4 */
	int in_toc;         /* listed in the table of contents */
	int page;           /* 0-based page index */
	float y;            /* top of the heading on its page */
};

struct canvas;
/* A figure as drawn: enough to draw it again on another canvas (export). */
struct figure_rec {
	void (*draw)(struct canvas *cv, const void *data, double w, double h);
	const void *data; /* the report's, alive as long as the report */
	double w, h;      /* points */
	const char *alt;
};

/* A laid-out document, ready for any device. */
struct layout_doc {
	struct arena *arena;     /* owns texts */
	double page_w, page_h;
	struct page *pages;
	size_t npages;
	struct heading *headings;
	size_t nheadings;
	const char *title, *author, *subject, *keywords, *lang;
	const char *creation_date; /* "D:YYYYMMDDHHmmSS" or NULL */
	struct figure_rec *figures; /* in document order */
	size_t nfigures, figcap;
	/* provenance (document information, XMP, colophon) */
	const char *template_name, *template_version;
	struct source_file *sources; /* input files with their SHA-256, in the arena */
	size_t nsources;
	int archive;             /* PDF/A-1b: the device writes an archival file */
	int over_limit;          /* more than LAYOUT_MAX_PAGES: laying out stopped early, refuse it */
};

struct source_file;
/* Appends n input files to d's provenance (copied into d's arena). */
void layout_doc_add_sources(struct layout_doc *d, const struct source_file *s, size_t n);

struct item *page_add(struct page *p, enum item_kind kind);
void layout_doc_free(struct layout_doc *d);

#endif
