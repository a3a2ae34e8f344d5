#include "linebreak.h"

#include <stdlib.h>
#include <string.h>

#include "../text/hyphenate.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/utf8.h"
#include "../util/xalloc.h"
#include "fontset.h"

#define MAX_POINTS 48

/* Working state of one call. */
struct lb {
	struct arena *a;       /* lines, words, fragments */
	struct arena *text;    /* the text of words: lives on in drawn items */
	const struct fontset *fs;
	const struct hyphenator *h;
	unsigned char *warned;
	const struct text_style *st;
	double width;
	double space;          /* space width of the base font */
	struct lb_word *words; /* all words, hard breaks as words with nfrags 0 */
	size_t nwords, capwords;
	struct lb_frag *cur;   /* fragments of the word being built */
	size_t ncur, capcur;
	struct lb_line line;   /* line being filled */
	size_t capline;
	struct lb_line *lines;
	size_t nlines, caplines;
	int hyphen_run;        /* consecutive lines ending in a hyphenation */
};

#define MAX_HYPHEN_RUN 2 /* at most this many hyphenated line ends in a row */

enum font_style linebreak_font(enum font_style base, unsigned span_style)
{
	int bold = base == FONT_BOLD || base == FONT_BOLDITALIC || (span_style & SPAN_BOLD);
	int italic = base == FONT_ITALIC || base == FONT_BOLDITALIC || (span_style & SPAN_ITALIC);
	return bold ? (italic ? FONT_BOLDITALIC : FONT_BOLD) : (italic ? FONT_ITALIC : FONT_REGULAR);
}

/* Copies text into the arena, replacing characters the font lacks. */
static const char *clean_text(struct lb *b, const char *s, size_t len, size_t *outlen)
{
	char *out = arena_alloc(b->text, len + 1);
	size_t i = 0, o = 0, k;
	uint32_t cp;
	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0) {
			k = 1;
			cp = 0xFFFD;
		}
		if (cp < 0x20 || (cp < 0x10000 && !fontset_has(b->fs, cp)) || cp >= 0x10000) {
			if (cp >= 0x20 && cp < 0x110000 && b->warned != NULL && !(b->warned[cp >> 3] & (1u << (cp & 7)))) {
				b->warned[cp >> 3] |= (unsigned char)(1u << (cp & 7)); /* once per character and report */
				msg(D_GLYPH, NULL, "teken U+%04X zit niet in het lettertype en wordt afgedrukt als '?'",
				    (unsigned)cp);
			}
			out[o++] = '?';
		} else {
			memcpy(out + o, s + i, k);
			o += k;
		}
		i += k;
	}
	*outlen = o;
	return out;
}

static void add_frag(struct lb *b, const char *s, size_t len, enum font_style f, const struct span *sp)
{
	const char *link = sp->link;
	struct lb_frag *fr;
	b->cur = xgrow(b->cur, &b->capcur, b->ncur + 1, sizeof(*b->cur));
	fr = &b->cur[b->ncur++];
	fr->text = clean_text(b, s, len, &fr->len);
	fr->font = f;
	fr->link = link;
	fr->strike = (sp->style & SPAN_STRIKE) != 0;
	fr->w = fontset_width(b->fs, f, b->st->size, fr->text, fr->len);
}

/* Ends the word being built (if any) and appends it. */
static void end_word(struct lb *b)
{
	struct lb_word *w;
	if (b->ncur == 0)
		return;
	b->words = xgrow(b->words, &b->capwords, b->nwords + 1, sizeof(*b->words));
	w = &b->words[b->nwords++];
	w->frags = arena_array(b->a, b->ncur, sizeof(struct lb_frag));
	memcpy(w->frags, b->cur, b->ncur * sizeof(struct lb_frag));
	w->nfrags = b->ncur;
	w->hyphenated = 0;
	w->w = 0;
	for (size_t i = 0; i < b->ncur; i++)
		w->w += b->cur[i].w;
	b->ncur = 0;
}

static void hard_break(struct lb *b)
{
	end_word(b);
	b->words = xgrow(b->words, &b->capwords, b->nwords + 1, sizeof(*b->words));
	memset(&b->words[b->nwords++], 0, sizeof(struct lb_word));
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Splits spans into words at ASCII white space. */
static void tokenize(struct lb *b, const struct rich *r)
{
	for (size_t i = 0; i < r->nspans; i++) {
		const struct span *sp = &r->spans[i];
		enum font_style f = linebreak_font(b->st->font, sp->style);
		const char *s = sp->text;
		if (strcmp(s, "\n") == 0) {
			hard_break(b);
			continue;
		}
		while (*s != '\0') {
			size_t n = 0;
			if (is_space(*s)) {
				/* "€ 1.040", "(€ 1.040": the sign never ends a line */
				const struct lb_frag *last = b->ncur ? &b->cur[b->ncur - 1] : NULL;
				if (last != NULL && last->len >= 3 &&
				    memcmp(last->text + last->len - 3, "\xE2\x82\xAC", 3) == 0)
					add_frag(b, " ", 1, f, sp);
				else
					end_word(b);
				s += strspn(s, " \t\n\r");
				continue;
			}
			while (s[n] != '\0' && !is_space(s[n]))
				n++;
			add_frag(b, s, n, f, sp);
			s += n;
		}
	}
	end_word(b);
}

static int frag_is(const struct lb_frag *f, const char *s)
{
	return f->len == strlen(s) && memcmp(f->text, s, f->len) == 0;
}

static int is_month(const struct lb_frag *f)
{
	static const char *const months[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
	                                     "augustus", "september", "oktober", "november", "december"};
	for (size_t i = 0; i < 12; i++)
		if (frag_is(f, months[i]) ||
		    (f->len == strlen(months[i]) + 1 && memcmp(f->text, months[i], f->len - 1) == 0 &&
		     strchr(",.;:)", f->text[f->len - 1]) != NULL))
			return 1;
	return 0;
}

static int digits(const struct lb_frag *f, size_t min, size_t max)
{
	size_t n = 0;
	while (n < f->len && f->text[n] >= '0' && f->text[n] <= '9')
		n++;
	/* trailing punctuation is allowed: "2019," "2019)" */
	return n >= min && n <= max && (n == f->len || (n + 1 == f->len && strchr(",.;:)", f->text[n])));
}

/* Words that must not be separated by a line break: a dash and what
 * precedes it ("2022 – eerste"), a day and its month ("25 september"), a
 * month and its year ("september 2019"). */
static int glue(const struct lb_word *a, const struct lb_word *b)
{
	const struct lb_frag *x, *y;
	if (a->nfrags == 0 || b->nfrags != 1)
		return 0;
	x = &a->frags[a->nfrags - 1];
	y = &b->frags[0];
	if (frag_is(y, "\xE2\x80\x93") || frag_is(y, "\xE2\x80\x94"))
		return 1;
	if (digits(x, 1, 2) && is_month(y))
		return 1;
	return is_month(x) && digits(y, 4, 4);
}

/* Joins glued words into one, with a space fragment between them. */
static void apply_glue(struct lb *b)
{
	size_t out = 0;
	for (size_t i = 0; i < b->nwords; i++) {
		struct lb_word *prev = out ? &b->words[out - 1] : NULL, *w = &b->words[i];
		if (prev != NULL && glue(prev, w)) {
			struct lb_frag *f = arena_array(b->a, prev->nfrags + 1 + w->nfrags, sizeof(*f));
			struct lb_frag *sp = &f[prev->nfrags];
			memcpy(f, prev->frags, prev->nfrags * sizeof(*f));
			*sp = prev->frags[prev->nfrags - 1];
			sp->text = " ";
			sp->len = 1;
			sp->w = fontset_width(b->fs, sp->font, b->st->size, " ", 1);
			memcpy(f + prev->nfrags + 1, w->frags, w->nfrags * sizeof(*f));
			prev->frags = f;
			prev->nfrags += 1 + w->nfrags;
			prev->w += sp->w + w->w;
			continue;
		}
		b->words[out++] = *w;
	}
	b->nwords = out;
}

static void push_line(struct lb *b, int last)
{
	/* count lines that end in an inserted hyphen (a hyphenation point) */
	const struct lb_word *lw = b->line.n ? &b->line.words[b->line.n - 1] : NULL;
	int hyphenated = lw != NULL && lw->nfrags == 1 && lw->frags[0].len > 0 &&
	                 lw->frags[0].text[lw->frags[0].len - 1] == '-' && lw->hyphenated;
	b->hyphen_run = hyphenated ? b->hyphen_run + 1 : 0;
	struct lb_line *l;
	b->lines = xgrow(b->lines, &b->caplines, b->nlines + 1, sizeof(*b->lines));
	l = &b->lines[b->nlines++];
	*l = b->line;
	l->words = arena_array(b->a, b->line.n, sizeof(struct lb_word));
	if (b->line.n)
		memcpy(l->words, b->line.words, b->line.n * sizeof(struct lb_word));
	l->last = last;
	l->space = b->space;
	b->line.n = 0;
	b->line.natural = 0;
}

static void line_add(struct lb *b, const struct lb_word *w)
{
	b->line.words = xgrow(b->line.words, &b->capline, b->line.n + 1, sizeof(struct lb_word));
	b->line.natural += (b->line.n ? b->space : 0) + w->w;
	b->line.words[b->line.n++] = *w;
}

/* A one-fragment word for bytes [off, off+len) of src. The text is shared,
 * not copied, unless a hyphen is added. `w` is its width when known, or
 * negative to measure it. */
static struct lb_word slice_word(struct lb *b, const struct lb_frag *src, size_t off, size_t len,
                                 int hyphen, double w)
{
	struct lb_word word;
	const char *t = src->text + off;
	word.hyphenated = hyphen;
	if (hyphen) {
		char *c = arena_alloc(b->text, len + 2);
		memcpy(c, t, len);
		c[len++] = '-';
		t = c;
		w = -1;
	}
	word.frags = arena_alloc(b->a, sizeof(struct lb_frag));
	word.frags[0] = *src;
	word.frags[0].text = t;
	word.frags[0].len = len;
	word.frags[0].w = w >= 0 ? w : fontset_width(b->fs, src->font, b->st->size, t, len);
	word.nfrags = 1;
	word.w = word.frags[0].w;
	return word;
}

static int is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

/* Break points of a word: hyphenation points (with hyphen) and positions
 * after an explicit '-' (without). Returns count; hy[i] says which. */
static size_t break_points(struct lb *b, const struct lb_frag *f, size_t *pts, int *hy)
{
	size_t n = 0, i, k, start = f->len, end = 0;
	uint32_t cp;
	for (i = 0; i < f->len; i += k) {
		k = utf8_decode(f->text + i, f->len - i, &cp);
		if (k == 0)
			return 0;
		if (is_letter(cp)) {
			if (start == f->len)
				start = i;
			end = i + k;
		}
		if (cp == '-' && i >= 2 && i + 3 < f->len && n < MAX_POINTS) {
			pts[n] = i + 1;
			hy[n++] = 0;
		}
	}
	if (n == 0 && b->h != NULL && b->st->hyphenate && start < end) {
		size_t core[MAX_POINTS];
		size_t m = hyphenate(b->h, f->text + start, end - start, core, MAX_POINTS);
		for (i = 0; i < m; i++) {
			pts[n] = start + core[i];
			hy[n++] = 1;
		}
	}
	return n;
}

/* Tries to put a prefix of w on the current line; on success, *rest gets
 * the remainder and 1 is returned. */
static int try_split(struct lb *b, const struct lb_word *w, double room, struct lb_word *rest)
{
	size_t pts[MAX_POINTS + 8];
	int hy[MAX_POINTS + 8];
	const struct lb_frag *f = &w->frags[0];
	size_t n;
	if (w->nfrags != 1 || room <= 0)
		return 0;
	n = break_points(b, f, pts, hy);
	while (n-- > 0) {
		struct lb_word head = slice_word(b, f, 0, pts[n], hy[n], -1);
		if (head.w <= room) {
			line_add(b, &head);
			*rest = slice_word(b, f, pts[n], f->len - pts[n], 0, -1);
			return 1;
		}
	}
	return 0;
}

/* A word wider than a whole line (a URL, a long number): cut into pieces
 * as wide as a line, without hyphens, in one pass over the word. Each
 * piece holds at least one character. Returns the last piece. */
static struct lb_word force_split(struct lb *b, const struct lb_word *w)
{
	const struct lb_frag *f = &w->frags[0];
	size_t i = 0, start = 0, k;
	double acc = 0;
	uint32_t cp;
	while (i < f->len) {
		double cw;
		k = utf8_decode(f->text + i, f->len - i, &cp);
		k = k ? k : 1;
		cw = fontset_width(b->fs, f->font, b->st->size, f->text + i, k);
		if (i > start && acc + cw > b->width) {
			struct lb_word head = slice_word(b, f, start, i - start, 0, acc);
			line_add(b, &head);
			push_line(b, 0);
			start = i;
			acc = 0;
		}
		acc += cw;
		i += k;
	}
	return slice_word(b, f, start, f->len - start, 0, acc);
}

static void place_word(struct lb *b, struct lb_word w)
{
	int forced = 0; /* the word was cut by force: no hyphenation in its tail */
	for (;;) {
		double room = b->width - b->line.natural - (b->line.n ? b->space : 0);
		struct lb_word rest;
		if (w.w <= room + 1e-6) {
			line_add(b, &w);
			return;
		}
		/* a third hyphenated line end in a row only when the word cannot move on */
		if (!forced && (b->hyphen_run < MAX_HYPHEN_RUN || b->line.n == 0) &&
		    try_split(b, &w, room, &rest)) {
			push_line(b, 0);
			w = rest;
			continue;
		}
		if (b->line.n > 0) {
			push_line(b, 0);
			continue;
		}
		/* a styled word, or one character, wider than the line: overflow */
		if (w.nfrags > 1 || forced) {
			line_add(b, &w);
			return;
		}
		w = force_split(b, &w);
		forced = 1;
	}
}

void linebreak(struct arena *text, struct arena *a, const struct fontset *fs, const struct hyphenator *h,
               unsigned char *warned, const struct rich *r, const struct text_style *st,
               double width, struct lb_lines *out)
{
	struct lb b;
	memset(&b, 0, sizeof b);
	b.a = a;
	b.text = text;
	b.fs = fs;
	b.h = h;
	b.warned = warned;
	b.st = st;
	b.width = width;
	b.space = fontset_width(fs, st->font, st->size, " ", 1);
	tokenize(&b, r);
	apply_glue(&b);
	for (size_t i = 0; i < b.nwords; i++) {
		if (b.words[i].nfrags == 0)
			push_line(&b, 1);
		else
			place_word(&b, b.words[i]);
	}
	if (b.line.n > 0)
		push_line(&b, 1);
	out->v = arena_array(a, b.nlines, sizeof(struct lb_line));
	if (b.nlines)
		memcpy(out->v, b.lines, b.nlines * sizeof(struct lb_line));
	out->n = b.nlines;
	free(b.words);
	free(b.cur);
	free(b.line.words);
	free(b.lines);
}

void linebreak_positions(const struct lb_line *l, enum align align, double width, double *xs)
{
	double gap = l->space, x = 0;
	if (align == ALIGN_JUSTIFY && !l->last && l->n > 1)
		gap = l->space + (width - l->natural) / (double)(l->n - 1);
	else if (align == ALIGN_RIGHT)
		x = width - l->natural;
	else if (align == ALIGN_CENTER)
		x = (width - l->natural) / 2;
	for (size_t i = 0; i < l->n; i++) {
		xs[i] = x;
		x += l->words[i].w + gap;
	}
}
