#include "pdftext.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "../util/utf8.h"
#include "../util/xalloc.h"

/* Bytes of the per-font "marked" bitmap: one bit per 2-byte code. */
#define PDFTEXT_SEEN_BYTES (0x10000 / 8)

void pdftext_init(struct pdftext *t)
{
	memset(t, 0, sizeof *t);
}

void pdftext_free(struct pdftext *t)
{
	for (size_t i = 0; i < sizeof t->seen / sizeof *t->seen; i++) {
		free(t->seen[i]);
		free(t->width[i]);
	}
	free(t->buf);
	memset(t, 0, sizeof *t);
}

static void put(struct pdftext *t, const char *s, size_t n)
{
	HPDF_PageAttr attr;
	if (t->failed || t->page == NULL || n == 0)
		return;
	attr = t->page->attr;
	if (HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)s, (HPDF_UINT)n) != HPDF_OK)
		t->failed = 1;
}

/* Closes the open TJ array. */
static void tj_close(struct pdftext *t)
{
	if (t->in_tj)
		put(t, "]TJ\n", 4);
	t->in_tj = 0;
}

void pdftext_end(struct pdftext *t)
{
	tj_close(t);
	if (t->in_bt)
		put(t, "ET\n", 3);
	t->in_bt = 0;
}

void pdftext_begin_page(struct pdftext *t, HPDF_Page page)
{
	t->page = page;
	t->in_bt = 0;
	pdftext_forget(t);
}

void pdftext_forget(struct pdftext *t)
{
	t->fill_valid = 0;
	t->font = NULL;
	t->size = 0;
}

int pdftext_fill_is(const struct pdftext *t, struct rgb c)
{
	return t->fill_valid && t->fill.r == c.r && t->fill.g == c.g && t->fill.b == c.b;
}

void pdftext_fill_set(struct pdftext *t, struct rgb c)
{
	t->fill = c;
	t->fill_valid = 1;
}

/* v in thousandths, as written: finite, within +-1e9 (no page is near). */
static long long thousandths(double v)
{
	if (!isfinite(v))
		return 0;
	return llround((v > 1e9 ? 1e9 : v < -1e9 ? -1e9 : v) * 1000);
}

/* v rounded the way num() writes it. */
static double written(double v)
{
	return (double)thousandths(v) / 1000;
}

/* Appends the integer v. */
static char *int_num(char *o, long long v)
{
	char tmp[24];
	int n = 0;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	if (v < 0)
		*o++ = '-';
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	while (n > 0)
		*o++ = tmp[--n];
	return o;
}

/* Appends v with at most 3 decimals and no trailing zeros (the sign is
 * that of the rounded value: never "-0"); returns the new end. A
 * thousandth of a point is far below what any device shows. */
static char *num(char *o, double v)
{
	long long m = thousandths(v);
	int frac;
	if (m < 0) {
		*o++ = '-';
		m = -m;
	}
	o = int_num(o, m / 1000);
	if ((frac = (int)(m % 1000)) != 0) {
		*o++ = '.';
		*o++ = (char)('0' + frac / 100);
		if ((frac %= 100) != 0) {
			*o++ = (char)('0' + frac / 10);
			if ((frac %= 10) != 0)
				*o++ = (char)('0' + frac);
		}
	}
	return o;
}

/* Marks the glyph of code in font slot f as used for the subset, as
 * libharu's text functions do (HPDF_TTFontDef_GetCharWidth marks it and
 * the components of a composite glyph). Each code once per font. */
static int mark(struct pdftext *t, int f, HPDF_Font font, unsigned code)
{
	HPDF_FontAttr fa = font->attr;
	if (t->seen_font[f] != font) {
		if (t->seen[f] == NULL) {
			t->seen[f] = xmalloc(PDFTEXT_SEEN_BYTES);
			t->width[f] = xmalloc(0x10000 * sizeof *t->width[f]);
		}
		memset(t->seen[f], 0, PDFTEXT_SEEN_BYTES);
		t->seen_font[f] = font;
	}
	if (t->seen[f][code >> 3] & (1u << (code & 7)))
		return t->width[f][code];
	t->seen[f][code >> 3] |= (unsigned char)(1u << (code & 7));
	t->width[f][code] = 0;
	if (fa != NULL && fa->fontdef != NULL && fa->fontdef->type == HPDF_FONTDEF_TYPE_TRUETYPE)
		t->width[f][code] = HPDF_TTFontDef_GetCharWidth(fa->fontdef, (HPDF_UINT16)code);
	return t->width[f][code];
}

int pdftext_show(struct pdftext *t, int f, HPDF_Font font, double size, struct rgb c, double x, double y,
                 const char *s, size_t len)
{
	char *o;
	size_t need = len * 4 + 160, i = 0;
	long advance = 0; /* of the string, 1/1000 em */
	if (t->failed || t->page == NULL || f < 0 || f > 3 || !(size > 0))
		return -1;
	t->buf = xgrow(t->buf, &t->cap, need, 1);
	o = t->buf;
	if (t->in_tj && t->font == font && t->size == size && pdftext_fill_is(t, c) && fabs(y - t->ty) < 0.0005) {
		/* the same line: the gap from where the last item ended */
		long adj = lround((t->cur_x - x) * 1000 / size);
		if (adj != 0)
			o = int_num(o, adj);
		t->cur_x -= (double)adj * size / 1000;
	} else {
		tj_close(t);
		if (t->font != font || t->size != size) {
			/* libharu adds the font to the page's resources and writes
			 * Tf; Tf is allowed inside and outside a text object. */
			if (HPDF_Page_SetFontAndSize(t->page, font, (HPDF_REAL)size) != HPDF_OK)
				return -1;
			t->font = font;
			t->size = size;
		}
		if (!t->in_bt) {
			memcpy(o, "BT\n", 3);
			o += 3;
			t->in_bt = 1;
			t->shown = 0;
			t->tx = t->ty = 0;
		}
		if (!pdftext_fill_is(t, c)) {
			o = num(o, c.r);
			*o++ = ' ';
			o = num(o, c.g);
			*o++ = ' ';
			o = num(o, c.b);
			memcpy(o, " rg\n", 4);
			o += 4;
			pdftext_fill_set(t, c);
		}
		{
			double dx = written(x - t->tx), dy = written(y - t->ty);
			/* Td also when the place is the line start itself: after
			 * text is shown, the text position is where it ended */
			if (dx != 0 || dy != 0 || t->shown) {
				o = num(o, dx);
				*o++ = ' ';
				o = num(o, dy);
				memcpy(o, " Td\n", 4);
				o += 4;
				t->tx += dx;
				t->ty += dy;
				t->shown = 0;
			}
		}
		*o++ = '[';
		t->shown = 1;
		t->in_tj = 1;
		t->cur_x = t->tx;
	}
	*o++ = '(';
	while (i < len) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, len - i, &cp);
		unsigned char b[2];
		if (k == 0) {
			cp = 0xFFFD;
			k = 1;
		}
		i += k;
		if (cp > 0xFFFF)
			cp = 0xFFFD;
		advance += mark(t, f, font, (unsigned)cp);
		b[0] = (unsigned char)(cp >> 8);
		b[1] = (unsigned char)(cp & 0xFF);
		for (int j = 0; j < 2; j++) {
			if (b[j] == '(' || b[j] == ')' || b[j] == '\\') {
				*o++ = '\\';
				*o++ = (char)b[j];
			} else if (b[j] == '\r') {
				*o++ = '\\';
				*o++ = 'r';
			} else {
				*o++ = (char)b[j];
			}
		}
	}
	*o++ = ')';
	t->cur_x += (double)advance * size / 1000;
	put(t, t->buf, (size_t)(o - t->buf));
	return t->failed ? -1 : 0;
}
