/* The layout engine: flows headings, paragraphs, lists and tables into A4
 * pages, keeping headings with what follows and leaving no single line at a
 * page edge; then adds the table of contents, running header and footer.
 * It knows boxes, lines and pages; not reports (that is format/). */
#ifndef VG_LAYOUT_H
#define VG_LAYOUT_H
#include <stddef.h>

#include "../model/doc.h"
#include "../model/template.h"
#include "linebreak.h"
#include "page.h"

struct fontset;
struct hyphenator;

#define LAYOUT_MAX_PAGES 2000 /* a report longer than this is refused */
struct table;
struct layout;

/* Heading flags. */
enum {
	HEADING_TOC = 1,      /* list in the table of contents */
	HEADING_NUMBERED = 2, /* prefix "2" or "2.1" (levels 1 and 2) */
	HEADING_NEWPAGE = 4,  /* start on a new page */
};

/* Paragraph roles with a style each, from the template's sizes and colours. */
enum para_role {
	ROLE_BODY,    /* justified running text */
	ROLE_LEAD,    /* larger introduction text */
	ROLE_SMALL,   /* captions, notes, footnotes */
	ROLE_MUTED,   /* placeholders like "nog niet uitgewerkt" */
	ROLE_CODE,    /* preformatted */
	ROLE_MAX
};

struct layout *layout_new(const struct template *t, const struct fontset *fs,
                          const struct hyphenator *h);
/* Frees the engine; the document returned by layout_finish survives. */
void layout_free(struct layout *L);

struct arena *layout_arena(struct layout *L);
double layout_width(const struct layout *L);       /* content width, points */
const struct text_style *layout_style(const struct layout *L, enum para_role role);

void layout_new_page(struct layout *L);
/* Marks the current page as having no running header and footer (cover). */
void layout_page_plain(struct layout *L);
/* Vertical space; dropped at the top of a page. */
void layout_skip(struct layout *L, double pt);
/* Moves to an absolute position on the current page (cover layout). */
void layout_move_to(struct layout *L, double y);
double layout_y(const struct layout *L);

void layout_heading(struct layout *L, const char *title, int level, int flags);
void layout_paragraph(struct layout *L, const struct rich *r, const struct text_style *st);
/* A paragraph of plain text in a role, optionally with a base font. */
void layout_text(struct layout *L, const char *text, enum para_role role, enum font_style f);
/* A Markdown narrative; its headings start at `heading_level`. */
void layout_blocks(struct layout *L, const struct doc *d, int heading_level);
/* A list of plain strings, bulleted or numbered. */
void layout_list(struct layout *L, const char *const *items, size_t n, int ordered);
/* A thin horizontal rule across the content width. */
void layout_rule(struct layout *L);
/* A check box with a label (perspectives): ticked or not, drawn as vectors. */
void layout_checkbox(struct layout *L, const char *label, int ticked);
/* Absolute items on the current page (cover decoration). */
void layout_rect(struct layout *L, double x, double y, double w, double h, struct rgb fill);
void layout_text_at(struct layout *L, double x, double baseline, enum font_style f, double size,
                    struct rgb c, const char *text);

/* An image file (a logo; png 1 for PNG, 0 for JPEG) at an absolute place,
 * tagged as a Figure. */
void layout_image(struct layout *L, const char *path, int png, double x, double y, double w, double h,
                  const char *alt);
/* True on an empty page, before anything was placed on it. */
/* True once the document has more pages than LAYOUT_MAX_PAGES: the caller
 * stops laying out (a short template looping over a long list would
 * otherwise build millions of paragraphs before the limit refuses them). */
int layout_over_limit(const struct layout *L);
int layout_at_page_start(const struct layout *L);
/* Width of a text in points, as the layout measures it. */
double layout_text_width(const struct layout *L, enum font_style f, double size, const char *s);
/* Makes sure h points fit on this page (a new page if not) and returns
 * the y where they start; then place items there and layout_move_to
 * below them (a signature block). */
double layout_reserve(struct layout *L, double h);

struct canvas;
/* Draws a figure on a canvas of w x h points (a chart). */
typedef void (*layout_draw_fn)(struct canvas *cv, const void *data, double w, double h);
/* A figure h points high across the content width under its caption (or
 * NULL), kept whole on a page, tagged as a Figure with its alternate text.
 * The document records it for export (layout_doc.figures). */
void layout_figure(struct layout *L, const char *caption, double h, const char *alt, layout_draw_fn draw,
                   const void *data);

/* Reserves the table of contents here (at the start of a page); it is laid
 * out by layout_finish when all headings are known. */
void layout_toc(struct layout *L, const char *title);

/* Looks up a {placeholder} of the running texts; NULL or "" when empty. */
typedef const char *(*layout_lookup_fn)(void *ctx, const char *key);

/* Finishes: inserts the table of contents, adds running header and footer
 * (placeholders through `lookup`, plus {pagina} and {paginas}), and returns
 * the document. The engine must still be freed. */
struct layout_doc *layout_finish(struct layout *L, layout_lookup_fn lookup, void *ctx);

#endif
