/*
 * Text objects for the libharu device, written straight into the page's
 * content stream. libharu's TextOut gives every word its own BT/ET with
 * font, colour and an absolute position, as hex: about 90 bytes a word,
 * and it measures each string again. Here the words of a run share one
 * text object, Tf and rg are written only when they change, and the words
 * of one line in one style share one TJ array: each word's place is the
 * end of the one before plus a kerning number, computed from the same
 * integer widths the PDF's /W array gives the reader, so nothing drifts.
 * Strings are literal, 2-byte codes (code = Unicode, the fonts' UTF-8
 * encoding in libharu). Glyphs are marked for the font subset the way
 * libharu's own text functions mark them, so the W array, CIDToGIDMap,
 * ToUnicode and the embedded subset stay what they were.
 *
 * Marked content must nest with text objects: the device ends the text
 * object (pdftext_end) before any other operator, and the tagging module
 * calls it back before writing BDC/BMC/EMC.
 */
#ifndef VG_PDFTEXT_H
#define VG_PDFTEXT_H
#include <hpdf.h>
#include <stddef.h>

#include "../model/template.h"

struct pdftext {
	HPDF_Page page;
	int in_bt;            /* a text object is open */
	double tx, ty;        /* start of the current text line, as the reader computes it */
	int in_tj;            /* a TJ array is open: text items on one baseline */
	int shown;            /* text shown since BT or the last Td: the text
	                       * position is no longer the line start */
	double cur_x;         /* where its text ends, as the reader computes it */
	int fill_valid;       /* the fill colour below is in effect */
	struct rgb fill;
	HPDF_Font font;       /* font and size in effect; NULL unknown */
	double size;
	unsigned char *seen[4]; /* per font slot: codes already marked for the subset */
	short *width[4];        /* per font slot and code: advance in 1/1000 em, as in /W */
	HPDF_Font seen_font[4];
	char *buf;            /* the operators of one text item */
	size_t cap;
	int failed;           /* libharu reported a write error */
};

void pdftext_init(struct pdftext *t);
void pdftext_free(struct pdftext *t);
/* A new page: nothing is in effect. */
void pdftext_begin_page(struct pdftext *t, HPDF_Page page);
/* Ends the open text object, if any. */
void pdftext_end(struct pdftext *t);
/* After Q: colour and font are unknown again. */
void pdftext_forget(struct pdftext *t);
/* The fill colour is set to c (by libharu, outside a text object). */
int pdftext_fill_is(const struct pdftext *t, struct rgb c);
void pdftext_fill_set(struct pdftext *t, struct rgb c);
/* Shows the UTF-8 text s (len bytes) in font slot f (0-3) at x, y (PDF
 * coordinates, y up) with font font at size, in colour c. Returns 0, or
 * -1 when the stream cannot be written. */
int pdftext_show(struct pdftext *t, int f, HPDF_Font font, double size, struct rgb c, double x, double y,
                 const char *s, size_t len);

#endif
