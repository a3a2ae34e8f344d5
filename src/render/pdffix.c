/*
 * Fixes to a libharu 2.3.0 document before saving: a valid ToUnicode
 * CMap for UTF-8 TrueType fonts, a CIDToGIDMap and /W array of the used
 * codes only, and /Lang in the catalog.
 *
 * libharu internals used (all from the installed headers, all exported):
 * the font list pdf->font_mgr, HPDF_FontAttr (type, encoder, fontdef,
 * cmap_stream = the /ToUnicode stream dictionary), the TrueType font
 * definition (cmap subtable, glyph_tbl.flgs = glyphs marked for the
 * subset), HPDF_TTFontDef_GetGlyphid, HPDF_MemStream_FreeData and
 * HPDF_Stream_WriteStr.  The font's before-write hook copies the font's
 * compression filter to cmap_stream at save time, so rewriting the
 * stream in place keeps compression working.
 */
#include "pdffix.h"

#include <stdio.h>
#include <string.h>

#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_list.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

/* Entries per bfchar/bfrange block: the limit of the CMap format. */
#define PDFFIX_BLOCK 100
/* Number of 2-byte codes. */
#define PDFFIX_NCODES 0x10000u

static const char pdffix_cmap_head[] =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n"
    "<0000> <FFFF>\n"
    "endcodespacerange\n";

static const char pdffix_cmap_tail[] =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

/* Keys of a CID CMap stream that do not belong on a ToUnicode stream. */
static const char *const pdffix_stale_keys[] = {
	"Type", "CMapName", "CIDSystemInfo", "WMode",
};

/*
 * The ToUnicode stream dictionary of font when font is a Type0 font over
 * an embedded or non-embedded TrueType font with libharu's UTF-8 encoder
 * (so code = CID = Unicode); NULL for every other font.
 */
static HPDF_Dict pdffix_utf8_tounicode(HPDF_Font font)
{
	HPDF_FontAttr attr;

	if (font == NULL || font->attr == NULL ||
	    font->header.obj_class != (HPDF_OSUBCLASS_FONT | HPDF_OCLASS_DICT))
		return NULL;
	attr = font->attr;
	if (attr->type != HPDF_FONT_TYPE0_TT || attr->fontdef == NULL ||
	    attr->fontdef->type != HPDF_FONTDEF_TYPE_TRUETYPE ||
	    attr->fontdef->attr == NULL || attr->encoder == NULL ||
	    strcmp(attr->encoder->name, "UTF-8") != 0 ||
	    attr->cmap_stream == NULL || attr->cmap_stream->stream == NULL)
		return NULL;
	if (HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT) !=
	    attr->cmap_stream)
		return NULL;
	return attr->cmap_stream;
}

/* Marks code in used when its glyph is in the subset (and not .notdef). */
static void pdffix_mark(unsigned char *used, HPDF_FontDef def, unsigned code)
{
	HPDF_TTFontDefAttr a = def->attr;
	HPDF_UINT16 gid;

	/* Surrogates and U+FFFF are not characters; libharu's CIDToGIDMap
	 * stops before U+FFFF anyway. */
	if ((code >= 0xD800 && code <= 0xDFFF) || code >= 0xFFFF)
		return;
	gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)code);
	if (gid == 0 || gid >= a->num_glyphs || !a->glyph_tbl.flgs[gid])
		return;
	used[code >> 3] |= (unsigned char)(1u << (code & 7));
}

/*
 * Fills the bitmap used (one bit per code) with the codes that the font's
 * cmap maps to a glyph marked as used.  libharu marks a glyph when it
 * measures or draws a character with it (and marks components of
 * composite glyphs), so this is the set of codes in the content streams,
 * plus codes that share such a glyph; for this encoding every one of
 * them maps to itself, so the extra entries are still correct.
 */
static void pdffix_collect(HPDF_FontDef def, unsigned char *used)
{
	HPDF_TTFontDefAttr a = def->attr;
	unsigned i, nseg, c;

	memset(used, 0, PDFFIX_NCODES / 8);
	if (a->glyph_tbl.flgs == NULL)
		return;
	if (a->cmap.format == 0) {
		/* A byte-encoded (symbol) cmap: libharu only looks at the
		 * low byte of the code. */
		for (c = 0; c < 256; c++)
			pdffix_mark(used, def, c);
		return;
	}
	if (a->cmap.format != 4 || a->cmap.end_count == NULL ||
	    a->cmap.start_count == NULL)
		return;
	nseg = a->cmap.seg_count_x2 / 2u;
	for (i = 0; i < nseg; i++)
		for (c = a->cmap.start_count[i]; c <= a->cmap.end_count[i] &&
		    c < 0xFFFF; c++)
			pdffix_mark(used, def, c);
}

static int pdffix_isused(const unsigned char *used, unsigned code)
{
	return (used[code >> 3] >> (code & 7)) & 1;
}

/*
 * Finds the next run of used codes at or after *pos that does not cross
 * a change of the high byte (bfrange entries may differ only in the last
 * byte).  Stores it in *lo..*hi, advances *pos past it and returns 1;
 * returns 0 when there is none.
 */
static int pdffix_next_run(const unsigned char *used, unsigned *pos,
    unsigned *lo, unsigned *hi)
{
	unsigned c = *pos;

	while (c < PDFFIX_NCODES && !pdffix_isused(used, c))
		c = (c & 7) == 0 && used[c >> 3] == 0 ? c + 8 : c + 1; /* a byte at a time where it is empty */
	if (c >= PDFFIX_NCODES)
		return 0;
	*lo = c;
	while (c + 1 < PDFFIX_NCODES && (c & 0xFF) != 0xFF &&
	    pdffix_isused(used, c + 1))
		c++;
	*hi = c;
	*pos = c + 1;
	return 1;
}

/* Number of runs of one code (ranges == 0) or of several (ranges != 0). */
static unsigned pdffix_count_runs(const unsigned char *used, int ranges)
{
	unsigned pos = 0, lo, hi, n = 0;

	while (pdffix_next_run(used, &pos, &lo, &hi))
		if ((lo != hi) == (ranges != 0))
			n++;
	return n;
}

/*
 * Writes the single codes as bfchar blocks (ranges == 0) or the longer
 * runs as bfrange blocks (ranges != 0), PDFFIX_BLOCK entries at most per
 * block.  Returns HPDF_OK or the first stream error.
 */
static HPDF_STATUS pdffix_write_blocks(HPDF_Stream s,
    const unsigned char *used, int ranges)
{
	const char *op = ranges ? "bfrange" : "bfchar";
	unsigned left = pdffix_count_runs(used, ranges);
	unsigned pos = 0, lo, hi, inblock = 0;
	HPDF_STATUS st = HPDF_OK;
	char line[64];

	while (st == HPDF_OK && pdffix_next_run(used, &pos, &lo, &hi)) {
		if ((lo != hi) != (ranges != 0))
			continue;
		if (inblock == 0) {
			snprintf(line, sizeof line, "%u begin%s\n",
			    left < PDFFIX_BLOCK ? left : PDFFIX_BLOCK, op);
			st = HPDF_Stream_WriteStr(s, line);
		}
		if (ranges)
			snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n",
			    lo, hi, lo);
		else
			snprintf(line, sizeof line, "<%04X> <%04X>\n", lo, lo);
		if (st == HPDF_OK)
			st = HPDF_Stream_WriteStr(s, line);
		left--;
		if (++inblock == PDFFIX_BLOCK || left == 0) {
			snprintf(line, sizeof line, "end%s\n", op);
			if (st == HPDF_OK)
				st = HPDF_Stream_WriteStr(s, line);
			inblock = 0;
		}
	}
	return st;
}

/*
 * Replaces the contents of the ToUnicode stream cmap of a UTF-8 font
 * with fontdef def by a ToUnicode CMap for the used codes.
 * Returns 0 or -1 (libharu's error is set).
 */
static int pdffix_rewrite(HPDF_Dict cmap, const unsigned char *used)
{
	HPDF_Stream s = cmap->stream;
	size_t i;

	if (s->type != HPDF_STREAM_MEMORY)
		return -1;
	for (i = 0; i < sizeof pdffix_stale_keys / sizeof *pdffix_stale_keys;
	    i++)
		(void)HPDF_Dict_RemoveElement(cmap, pdffix_stale_keys[i]);
	HPDF_MemStream_FreeData(s);
	if (HPDF_Stream_WriteStr(s, pdffix_cmap_head) != HPDF_OK ||
	    pdffix_write_blocks(s, used, 0) != HPDF_OK ||
	    pdffix_write_blocks(s, used, 1) != HPDF_OK ||
	    HPDF_Stream_WriteStr(s, pdffix_cmap_tail) != HPDF_OK)
		return -1;
	return 0;
}

/*
 * libharu's CIDToGIDMap lists the glyph of every code the font's cmap
 * knows: 128 KB per font, deflated at every save. Rewrites it to map the
 * used codes only (others to glyph 0, which no content uses), ending
 * after the highest used code. Returns 0 or -1.
 */
static int pdffix_shrink_map(HPDF_Font font, HPDF_FontDef def, const unsigned char *used)
{
	HPDF_FontAttr attr = font->attr;
	HPDF_Stream s;
	unsigned top = 0, c;
	unsigned char pair[2];

	/* libharu keeps the descendant's map stream in the Type0 font's attributes */
	if (attr->map_stream == NULL || (s = attr->map_stream->stream) == NULL || s->type != HPDF_STREAM_MEMORY)
		return 0; /* no map stream: nothing to shrink */
	for (c = 0; c < PDFFIX_NCODES; c++)
		if (pdffix_isused(used, c))
			top = c + 1;
	HPDF_MemStream_FreeData(s);
	for (c = 0; c < (top ? top : 1); c++) {
		HPDF_UINT16 gid = pdffix_isused(used, c) ? HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)c) : 0;
		pair[0] = (unsigned char)(gid >> 8);
		pair[1] = (unsigned char)(gid & 0xFF);
		if (HPDF_Stream_Write(s, pair, 2) != HPDF_OK)
			return -1;
	}
	return 0;
}

/*
 * libharu's /W array lists the width of every code the font knows that
 * differs from /DW: for Open Sans some 900 numbers per font, most for
 * glyphs no page shows. Rewrites it to the used codes, with the same
 * widths (libharu's, in 1/1000 em). Returns 0 or -1.
 */
static int pdffix_shrink_widths(HPDF_Font font, HPDF_FontDef def, const unsigned char *used)
{
	HPDF_FontAttr attr = font->attr;
	HPDF_Dict cid = attr->descendant_font;
	HPDF_Array w, run = NULL;
	unsigned c;

	if (cid == NULL || HPDF_Dict_GetItem(cid, "W", HPDF_OCLASS_ARRAY) == NULL)
		return 0;
	if ((w = HPDF_Array_New(cid->mmgr)) == NULL)
		return -1;
	for (c = 0; c < PDFFIX_NCODES; c++) {
		HPDF_INT width;
		if (!pdffix_isused(used, c)) {
			run = NULL;
			continue;
		}
		width = HPDF_TTFontDef_GetGidWidth(def, HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)c));
		if (width == def->missing_width) { /* /DW covers it */
			run = NULL;
			continue;
		}
		if (run == NULL) {
			if (HPDF_Array_AddNumber(w, (HPDF_INT32)c) != HPDF_OK ||
			    (run = HPDF_Array_New(cid->mmgr)) == NULL || HPDF_Array_Add(w, run) != HPDF_OK)
				return -1;
		}
		if (HPDF_Array_AddNumber(run, width) != HPDF_OK)
			return -1;
	}
	return HPDF_Dict_Add(cid, "W", w) == HPDF_OK ? 0 : -1;
}

int pdffix_tounicode(HPDF_Doc pdf)
{
	HPDF_UINT i;
	unsigned char used[PDFFIX_NCODES / 8];

	/* HPDF_GetError() also rejects NULL and foreign pointers, without
	 * calling the error handler again. */
	if (HPDF_GetError(pdf) != HPDF_OK || pdf->font_mgr == NULL)
		return -1;
	for (i = 0; i < pdf->font_mgr->count; i++) {
		HPDF_Font font = HPDF_List_ItemAt(pdf->font_mgr, i);
		HPDF_Dict cmap = pdffix_utf8_tounicode(font);
		HPDF_FontAttr attr;

		if (cmap == NULL)
			continue;
		attr = font->attr;
		pdffix_collect(attr->fontdef, used);
		if (pdffix_rewrite(cmap, used) != 0 || pdffix_shrink_map(font, attr->fontdef, used) != 0 ||
		    pdffix_shrink_widths(font, attr->fontdef, used) != 0)
			return -1;
	}
	return HPDF_GetError(pdf) == HPDF_OK ? 0 : -1;
}

int pdffix_used_codes(HPDF_Font font, unsigned char *used)
{
	HPDF_FontAttr attr;
	if (pdffix_utf8_tounicode(font) == NULL)
		return -1;
	attr = font->attr;
	pdffix_collect(attr->fontdef, used);
	return 0;
}

/* Whether lang looks like a language tag: [A-Za-z0-9-]{1,63}. */
static int pdffix_lang_ok(const char *lang)
{
	size_t n;

	if (lang == NULL)
		return 0;
	for (n = 0; lang[n] != '\0'; n++) {
		char c = lang[n];

		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return n >= 1 && n <= 63;
}

int pdffix_set_lang(HPDF_Doc pdf, const char *lang)
{
	HPDF_String s;

	if (!pdffix_lang_ok(lang) || HPDF_GetError(pdf) != HPDF_OK ||
	    pdf->catalog == NULL)
		return -1;
	s = HPDF_String_New(pdf->mmgr, lang, NULL);
	if (s == NULL)
		return -1;
	if (HPDF_Dict_Add(pdf->catalog, "Lang", s) != HPDF_OK)
		return -1;
	return 0;
}
