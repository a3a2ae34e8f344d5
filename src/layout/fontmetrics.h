/* Font metrics read straight from a TrueType file (cmap format 4 and 12,
 * hmtx, hhea, head, OS/2), so layout never needs the PDF library. Widths are
 * in 1/1000 em, computed exactly as libharu 2.3.0 writes them into the PDF
 * /W array, so justified lines end where the layout says. */
#ifndef VG_FONTMETRICS_H
#define VG_FONTMETRICS_H
#include <stddef.h>
#include <stdint.h>

struct fontmetrics;

/* Loads metrics; NULL when the file is missing or not a valid TrueType font
 * (every table offset and length is bounds-checked). */
struct fontmetrics *fontmetrics_load(const char *path);
void fontmetrics_free(struct fontmetrics *fm);

/* Advance width of one code point in 1/1000 em; for a code point the font
 * lacks, the width of glyph 0 (.notdef). */
int fontmetrics_width(const struct fontmetrics *fm, uint32_t cp);
/* 1 when the font has a glyph for cp. */
int fontmetrics_has(const struct fontmetrics *fm, uint32_t cp);
/* Width of a UTF-8 string in 1/1000 em (invalid bytes count as U+FFFD). */
long fontmetrics_text_width(const struct fontmetrics *fm, const char *s, size_t len);
/* Vertical metrics in 1/1000 em: ascender (positive), descender (negative),
 * cap height, x-height; from OS/2 when present, else hhea. */
int fontmetrics_ascent(const struct fontmetrics *fm);
int fontmetrics_descent(const struct fontmetrics *fm);
int fontmetrics_capheight(const struct fontmetrics *fm);
int fontmetrics_xheight(const struct fontmetrics *fm);

#endif
