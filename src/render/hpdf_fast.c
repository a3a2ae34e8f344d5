/*
 * Faster versions of three libharu 2.3.0 helpers, which the program
 * defines so that the dynamic linker binds libharu's own calls to them
 * (libharu calls its exported functions through the PLT).
 *
 * libharu copies and clears memory one byte at a time, and looks up a
 * character's glyph by walking the cmap's segments from the first. Making
 * a font walks all 65,536 codes, four fonts per document: a sixth of the
 * time of a warm batch went to the lookup, a tenth to the byte loops.
 * The replacements return exactly what libharu's do (for the lookup: the
 * same segment, found by binary search over the sorted end codes);
 * tests/unit/test_hpdf_fast.c compares them with libharu's own for every
 * code of every shipped font.
 */
#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <hpdf_utils.h>
#include <string.h>

#include "hpdf_fast.h"

HPDF_BYTE *HPDF_MemCpy(HPDF_BYTE *out, const HPDF_BYTE *in, HPDF_UINT n)
{
	if (n == 0)
		return out;
	memmove(out, in, n);
	return out + n;
}

void *HPDF_MemSet(void *s, HPDF_BYTE c, HPDF_UINT n)
{
	if (n == 0)
		return s;
	memset(s, c, n);
	return (HPDF_BYTE *)s + n;
}

/* The segment the last lookup found (the program renders in one thread). */
static HPDF_UINT last_seg;

HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef, HPDF_UINT16 unicode)
{
	HPDF_TTFontDefAttr attr = fontdef->attr;
	const HPDF_TTF_CmapRange *c = &attr->cmap;
	HPDF_UINT seg_count, lo, hi, i, idx;

	if (c->format == 0)
		return c->glyph_id_array[unicode & 0xFF];
	if (c->seg_count_x2 == 0) {
		HPDF_SetError(fontdef->error, HPDF_TTF_INVALID_CMAP, 0);
		return 0;
	}
	seg_count = c->seg_count_x2 / 2u;
	/* the first segment whose end is at or after the code (as libharu's
	 * walk finds it); seg_count when there is none. libharu asks for
	 * codes in order (65,536 of them for every font it makes), so the
	 * segment of the last call is checked first: a hint only, verified
	 * against this font's own arrays. */
	i = last_seg;
	if (!(i < seg_count && c->end_count[i] >= unicode && (i == 0 || c->end_count[i - 1] < unicode))) {
		lo = 0;
		hi = seg_count;
		while (lo < hi) {
			HPDF_UINT mid = (lo + hi) / 2;
			if (c->end_count[mid] >= unicode)
				hi = mid;
			else
				lo = mid + 1;
		}
		i = lo;
		last_seg = i;
	}
	/* libharu would read past its arrays here (never for a valid cmap) */
	if (i >= seg_count || c->start_count[i] > unicode)
		return 0;
	if (c->id_range_offset[i] == 0)
		return (HPDF_UINT16)(unicode + c->id_delta[i]);
	idx = c->id_range_offset[i] / 2u + (HPDF_UINT)(unicode - c->start_count[i]) - (seg_count - i);
	if (idx >= c->glyph_id_array_count)
		return 0;
	return (HPDF_UINT16)(c->glyph_id_array[idx] + c->id_delta[i]);
}

int hpdf_fast_linked(void)
{
	return 1;
}
