/* The four styles of the template's font family, for measuring text. */
#ifndef VG_FONTSET_H
#define VG_FONTSET_H
#include <stddef.h>
#include <stdint.h>

#include "../model/template.h"

struct fontmetrics;

struct fontset {
	struct fontmetrics *fm[FONT_STYLE_MAX]; /* indexed by font_style */
};

/* Loads the template's fonts; NULL (with a message) when one fails. */
struct fontset *fontset_load(const struct template *t);
void fontset_free(struct fontset *fs);
/* Width of UTF-8 text in points. */
double fontset_width(const struct fontset *fs, enum font_style f, double size, const char *s,
                     size_t len);
/* 1 when every style has a glyph for cp. */
int fontset_has(const struct fontset *fs, uint32_t cp);
/* Ascent and cap height of a style at a size, in points. */
double fontset_ascent(const struct fontset *fs, enum font_style f, double size);
double fontset_capheight(const struct fontset *fs, enum font_style f, double size);

#endif
