/*
 * Tagged PDF for the libharu device: a structure tree built from the
 * layout's semantic hooks (tag_begin/tag_end), with every piece of page
 * content inside marked content: an MCID of its structure element, or an
 * /Artifact (running header and footer, rules, fills, repeated table
 * headers). libharu 2.3.0 has no API for any of it; this module writes
 * the BDC/EMC operators into the page content stream and builds the
 * StructTreeRoot, ParentTree, /StructParents and /StructParent, /MarkInfo
 * and /ViewerPreferences with libharu's dictionary and array functions.
 */
#ifndef VG_PDFTAG_H
#define VG_PDFTAG_H
#include <hpdf.h>
#include <stddef.h>

#include "../layout/page.h"

struct pdftag;

/* What is about to be drawn. */
enum pdftag_content {
	PDFTAG_TEXT,    /* real content: in its element, or an artifact */
	PDFTAG_GRAPHIC, /* lines, fills, paths, images: part of a Figure, else decoration */
};

/* A tree for a document of npages pages; NULL when libharu fails. */
struct pdftag *pdftag_new(HPDF_Doc pdf, size_t npages);
void pdftag_free(struct pdftag *t);

/* fn(ctx) is called before every marked-content operator is written: the
 * device ends an open text object there, as marked content must nest with
 * text objects. */
void pdftag_set_before_op(struct pdftag *t, void (*fn)(void *), void *ctx);
void pdftag_begin_page(struct pdftag *t, HPDF_Page page, size_t index);
/* Opens the right marked content for what comes next (if not open). */
void pdftag_content(struct pdftag *t, enum pdftag_content what);
/* Whether the marked content open now belongs to a structure element
 * (not an artifact, not none). */
int pdftag_in_element(const struct pdftag *t);
/* Before drawing text in the open element: whether the element already
 * had text (or is a link inside running text), so that text on a new line
 * continues it. Notes that it has text now. */
int pdftag_text_continues(struct pdftag *t);
/* Closes open marked content: before q and Q, which must nest with it. */
void pdftag_break(struct pdftag *t);
void pdftag_begin(struct pdftag *t, enum tag tag, const char *alt);
void pdftag_end(struct pdftag *t, enum tag tag);
/* A link annotation just made on the current page: into the open Link
 * element (or a new one), with /StructParent and /Contents. */
void pdftag_link(struct pdftag *t, HPDF_Annotation a, const char *contents);
void pdftag_end_page(struct pdftag *t);
/* The ParentTree and the catalog entries; 0, or -1 when libharu failed
 * at any point. */
int pdftag_finish(struct pdftag *t);

#endif
