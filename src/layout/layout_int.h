/* Internals shared by layout.c, table.c and finish.c. */
#ifndef VG_LAYOUT_INT_H
#define VG_LAYOUT_INT_H

#include "layout.h"

#define PENDING_MAX 8 /* headings waiting to be kept with what follows */

/* A heading laid out but not yet placed. */
struct pending {
	struct lb_lines lines;
	struct text_style st;
	enum tag tag;
	int heading;        /* index into doc->headings */
	double space_before;
	double space_after;
};

struct layout {
	const struct template *t;
	const struct fontset *fs;
	const struct hyphenator *h;
	struct layout_doc *doc;    /* being built */
	struct arena *scratch;     /* line breaking of one paragraph */
	size_t capages, capheadings;
	size_t page;               /* current page index */
	double y;                  /* cursor: top of the next line */
	double top, bottom;        /* content area of a page */
	double x0, width;          /* content left and width */
	double indent;             /* current left indent (lists, quotes) */
	unsigned char *plain;      /* per page: 1 = no running texts */
	size_t capplain;
	struct pending pending[PENDING_MAX];
	int npending;
	int num[2];                /* heading numbers at levels 1 and 2 */
	struct text_style role[ROLE_MAX];
	struct text_style hstyle[4]; /* heading styles, levels 1-4 */
	int list_depth;            /* nesting of lists being laid out */
	int toc_page;              /* page index of the table of contents, -1 none */
	const char *toc_title;
	unsigned char warned[0x110000 / 8]; /* missing glyphs already reported: all of Unicode, emoji too */
};

struct page *cur_page(struct layout *L);
/* Makes sure `h` points fit below the pending headings; breaks the page if
 * not, then places the pending headings. */
void need(struct layout *L, double h);
int at_top(const struct layout *L);
void tag_begin(struct layout *L, enum tag tag);
void tag_end(struct layout *L, enum tag tag);
/* Emits one broken line with its top at L->y, left edge x, width w. */
void emit_line(struct layout *L, const struct lb_line *l, const struct text_style *st, double x,
               double w);
double baseline_offset(const struct layout *L, const struct text_style *st);

/* A table's or figure's caption: bold lines across width w. */
struct caption {
	struct lb_lines lines;
	struct text_style st;
	double h; /* height including the gap below it; 0 without caption */
};
void caption_prepare(struct layout *L, const char *text, double w, struct caption *c);
/* Emits it at L->y inside a Caption tag and moves below it. */
void caption_emit(struct layout *L, const struct caption *c, double w);

#endif
