/*
 * Smaller embedded fonts. libharu 2.3.0 embeds a TrueType subset by
 * emptying the outlines of unused glyphs, but keeps every other table
 * whole: for Open Sans the 'post' table alone (938 glyph names) is 10 KB,
 * more than the outlines of a report's glyphs. fonttrim rewrites such a
 * font program: 'post' becomes format 3 (no glyph names; PDF readers take
 * names from nowhere but the PDF), and the horizontal metrics of glyphs
 * not in the subset become zero (the PDF's /W array holds the widths).
 * Outlines, hinting, 'cmap', 'name' (with the licence notice) and 'OS/2'
 * stay as they are; table checksums and head.checkSumAdjustment are
 * computed again.
 *
 * The program defines HPDF_TTFontDef_SaveFontData, so that libharu's call
 * when it writes a FontFile2 stream comes here (libharu calls its
 * exported functions through the PLT, see hpdf_fast.c); it runs libharu's
 * own function and trims the result.
 */
#ifndef VG_FONTTRIM_H
#define VG_FONTTRIM_H
#include <stddef.h>

#include "../util/buf.h"

/*
 * Appends the trimmed form of the TrueType font program in (len bytes)
 * to out. used[g] is nonzero for glyphs in the subset (nused entries;
 * glyph 0 is always kept). Returns 0, or -1 when the font is not a
 * well-formed TrueType font (out is then unchanged).
 */
int fonttrim(const unsigned char *in, size_t len, const unsigned char *used, size_t nused, struct buf *out);

#endif
