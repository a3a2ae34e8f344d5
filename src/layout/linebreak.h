/* Breaking styled text into lines: our own, because libharu's measuring
 * splits UTF-8 characters. Greedy first fit with Dutch hyphenation, breaks
 * after explicit hyphens, and forced breaks inside words wider than a line. */
#ifndef VG_LINEBREAK_H
#define VG_LINEBREAK_H
#include <stddef.h>

#include "../model/doc.h"
#include "../model/template.h"

struct arena;
struct fontset;
struct hyphenator;

enum align { ALIGN_LEFT, ALIGN_JUSTIFY, ALIGN_RIGHT, ALIGN_CENTER };

/* How a run of text looks. */
struct text_style {
	enum font_style font;   /* base style; span bold/italic combine with it */
	double size;            /* points */
	double leading;         /* baseline-to-baseline distance, points */
	struct rgb colour;      /* text colour */
	struct rgb link_colour; /* colour of link text */
	enum align align;
	int hyphenate;          /* allow hyphenation */
};

/* Text in one font within a word. */
struct lb_frag {
	const char *text;     /* UTF-8 in the arena (missing glyphs replaced) */
	size_t len;
	enum font_style font;
	const char *link;     /* URL or NULL */
	int strike;           /* struck through (Markdown ~~text~~, Word's strikethrough) */
	double w;             /* width in points */
};

/* A word: fragments printed without space between them. */
struct lb_word {
	struct lb_frag *frags;
	size_t nfrags;
	double w;             /* total width in points */
	int hyphenated;       /* ends in a hyphen the breaker inserted */
};

struct lb_line {
	struct lb_word *words;
	size_t n;
	double natural;       /* width with normal spaces */
	double space;         /* normal space width */
	int last;             /* ends a paragraph or a hard line break: not justified */
};

struct lb_lines {
	struct lb_line *v;
	size_t n;
};

/* Breaks text into lines of at most `width` points. The text of the words
 * is allocated from `text` (it must live as long as what is drawn from
 * it); the lines, words and fragments from `meta` (they may go once the
 * lines are placed; it can be `text`). `h` may be NULL (no hyphenation).
 * Characters the font lacks are replaced by '?' with one warning each (per
 * `warned` bitmap of 0x110000 bits (all of Unicode), owned by the caller). */
void linebreak(struct arena *text, struct arena *meta, const struct fontset *fs, const struct hyphenator *h,
               unsigned char *warned, const struct rich *r, const struct text_style *st,
               double width, struct lb_lines *out);

/* x offset of each word on a line for the style's alignment. */
void linebreak_positions(const struct lb_line *l, enum align align, double width, double *xs);

/* Font for a span style on top of a base font. */
enum font_style linebreak_font(enum font_style base, unsigned span_style);

#endif
