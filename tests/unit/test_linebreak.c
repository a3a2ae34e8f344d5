/* Unit tests for line breaking: fitting, justification, hard breaks, Dutch
 * hyphenation, forced splits of long words, the glued euro sign, missing
 * glyphs and styled spans. Run from the repository root (fonts/). */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout/fontset.h"
#include "layout/linebreak.h"
#include "model/template.h"
#include "text/hyphenate.h"
#include "util/arena.h"
#include "util/diag.h"

#define NL_DIC "/usr/share/hyphen/hyph_nl_NL.dic"
#define EURO "\xe2\x82\xac"
#define NBSP "\xc2\xa0"
#define CHECK_MARK "\xe2\x9c\x93" /* U+2713, not in Open Sans */

static const char *const paragraph =
    "De gemeenteraad heeft in de begroting afgesproken dat de voortgangsrapportage elk kwartaal "
    "verschijnt. Daarin staan de resultaten van de opgave, de inzet van middelen en de stand van "
    "de indicatoren, zodat de raad kan sturen op gelijke kansen voor kinderen en jongeren in "
    "Overvecht, Kanaleneiland en Zuidwest. Netwerkpartners leveren hun gegevens aan, en de "
    "opgavemanager verwerkt die in een samenhangend verhaal over kansengelijkheid.";

static struct arena *ar;
static struct fontset *fs;
static struct hyphenator *hy;
static struct text_style st;
static unsigned char warned[0x10000 / 8];
static char *diag_buf;
static size_t diag_len;
static FILE *diag_fp;

static void setup(void)
{
	static struct template t;
	t.font_file[FONT_REGULAR] = "fonts/OpenSans-Regular.ttf";
	t.font_file[FONT_BOLD] = "fonts/OpenSans-Bold.ttf";
	t.font_file[FONT_ITALIC] = "fonts/OpenSans-Italic.ttf";
	t.font_file[FONT_BOLDITALIC] = "fonts/OpenSans-BoldItalic.ttf";
	diag_fp = open_memstream(&diag_buf, &diag_len);
	ck_assert_ptr_nonnull(diag_fp);
	diag_set_stream(diag_fp);
	diag_set_min_level(LEVEL_OK);
	diag_reset();
	fs = fontset_load(&t);
	ck_assert_ptr_nonnull(fs);
	hy = hyphenator_load(NL_DIC);
	ck_assert_ptr_nonnull(hy);
	ar = arena_new();
	memset(&st, 0, sizeof st);
	st.font = FONT_REGULAR;
	st.size = 10;
	st.leading = 14;
	st.align = ALIGN_JUSTIFY;
	st.hyphenate = 1;
	memset(warned, 0, sizeof warned);
}

static void teardown(void)
{
	arena_free(ar);
	hyphenator_free(hy);
	fontset_free(fs);
	diag_set_stream(NULL);
	fclose(diag_fp);
	free(diag_buf);
	diag_buf = NULL;
}

static const char *diag_output(void)
{
	fflush(diag_fp);
	return diag_buf != NULL ? diag_buf : "";
}

/* Breaks one unstyled string. */
static void brk(const char *text, double width, struct lb_lines *out)
{
	struct span sp = {text, 0, NULL};
	struct rich r = {&sp, 1};
	linebreak(ar, ar, fs, hy, warned, &r, &st, width, out);
}

static double tw(enum font_style f, const char *s)
{
	return fontset_width(fs, f, st.size, s, strlen(s));
}

/* The text of one word (its fragments joined). */
static void word_text(const struct lb_word *w, char *out, size_t outsz)
{
	size_t o = 0;
	for (size_t f = 0; f < w->nfrags; f++) {
		size_t n = w->frags[f].len;
		ck_assert_uint_lt(o + n, outsz);
		memcpy(out + o, w->frags[f].text, n);
		o += n;
	}
	out[o] = '\0';
}

/* The text of one line, words separated by one space. */
static void line_text(const struct lb_line *l, char *out, size_t outsz)
{
	char w[512];
	out[0] = '\0';
	for (size_t i = 0; i < l->n; i++) {
		word_text(&l->words[i], w, sizeof w);
		ck_assert_uint_lt(strlen(out) + strlen(w) + 2, outsz);
		if (i)
			strcat(out, " ");
		strcat(out, w);
	}
}

/* Asserts that line k of ls reads `want`. */
#define LINE_IS(ls, k, want)                                                            \
	do {                                                                            \
		char b_[1024];                                                          \
		line_text(&(ls).v[k], b_, sizeof b_);                                   \
		ck_assert_str_eq(b_, (want));                                           \
	} while (0)

START_TEST(short_sentence_one_line)
{
	struct lb_lines ls;
	brk("Dit is een korte zin.", 400, &ls);
	ck_assert_uint_eq(ls.n, 1);
	ck_assert_int_eq(ls.v[0].last, 1);
	ck_assert_uint_eq(ls.v[0].n, 5);
	LINE_IS(ls, 0, "Dit is een korte zin.");
	ck_assert_double_eq_tol(ls.v[0].space, tw(FONT_REGULAR, " "), 1e-9);
	ck_assert_double_eq_tol(ls.v[0].natural, tw(FONT_REGULAR, "Dit is een korte zin."), 1e-6);
	brk("", 400, &ls);
	ck_assert_uint_eq(ls.n, 0);
}
END_TEST

/* Widths from narrow to wide: every line fits, no word is lost, and
 * rejoining hyphenated halves gives the input back. */
START_TEST(paragraph_fits_and_keeps_words)
{
	int hyphenated = 0;
	for (double W = 120; W <= 420; W += 15) {
		struct lb_lines ls;
		char joined[2048] = "", line[1024];
		int glue = 1; /* no space before the next line */
		brk(paragraph, W, &ls);
		ck_assert_uint_gt(ls.n, 1);
		for (size_t k = 0; k < ls.n; k++) {
			const struct lb_line *l = &ls.v[k];
			size_t len;
			double sum = 0;
			ck_assert_uint_gt(l->n, 0);
			ck_assert_msg(l->natural <= W + 1e-6, "W=%g line %zu: %g", W, k, l->natural);
			ck_assert_int_eq(l->last, k + 1 == ls.n);
			for (size_t i = 0; i < l->n; i++)
				sum += l->words[i].w + (i ? l->space : 0);
			ck_assert_double_eq_tol(l->natural, sum, 1e-6);
			line_text(l, line, sizeof line);
			if (!glue)
				strcat(joined, " ");
			strcat(joined, line);
			len = strlen(joined);
			/* the input has no hyphens: a trailing one is a hyphenation */
			glue = k + 1 < ls.n && joined[len - 1] == '-';
			if (glue) {
				joined[len - 1] = '\0';
				hyphenated++;
			}
		}
		ck_assert_str_eq(joined, paragraph);
	}
	ck_assert_int_gt(hyphenated, 0);
}
END_TEST

START_TEST(justified_positions)
{
	struct lb_lines ls;
	double xs[128];
	const double W = 230;
	const struct lb_line *z;
	brk(paragraph, W, &ls);
	ck_assert_uint_gt(ls.n, 3);
	for (size_t k = 0; k < ls.n; k++) {
		const struct lb_line *l = &ls.v[k];
		ck_assert_uint_le(l->n, 128);
		linebreak_positions(l, ALIGN_JUSTIFY, W, xs);
		ck_assert_double_eq_tol(xs[0], 0, 1e-9);
		if (!l->last && l->n > 1) {
			ck_assert_double_eq_tol(xs[l->n - 1] + l->words[l->n - 1].w, W, 1e-6);
			/* gaps are equal and never narrower than a space */
			double gap = xs[1] - l->words[0].w;
			ck_assert_double_ge(gap, l->space - 1e-9);
			for (size_t i = 1; i < l->n; i++)
				ck_assert_double_eq_tol(xs[i] - xs[i - 1] - l->words[i - 1].w, gap, 1e-9);
		} else {
			for (size_t i = 1; i < l->n; i++)
				ck_assert_double_eq_tol(xs[i], xs[i - 1] + l->words[i - 1].w + l->space, 1e-9);
			ck_assert_double_lt(xs[l->n - 1] + l->words[l->n - 1].w, W);
		}
	}
	z = &ls.v[ls.n - 1];
	ck_assert_int_eq(z->last, 1);
	/* right and centre alignment of the last line */
	linebreak_positions(z, ALIGN_RIGHT, W, xs);
	ck_assert_double_eq_tol(xs[z->n - 1] + z->words[z->n - 1].w, W, 1e-6);
	linebreak_positions(z, ALIGN_CENTER, W, xs);
	ck_assert_double_eq_tol(xs[0], (W - z->natural) / 2, 1e-9);
	linebreak_positions(&ls.v[0], ALIGN_LEFT, W, xs);
	ck_assert_double_eq_tol(xs[1], ls.v[0].words[0].w + ls.v[0].space, 1e-9);
}
END_TEST

START_TEST(hard_break)
{
	struct span sp[] = {{"Eerste regel", 0, NULL}, {"\n", 0, NULL}, {"tweede regel", 0, NULL},
	                    {"\n", 0, NULL}, {"\n", 0, NULL}, {"derde", 0, NULL}};
	struct rich r = {sp, 6};
	struct lb_lines ls;
	linebreak(ar, ar, fs, hy, warned, &r, &st, 400, &ls);
	ck_assert_uint_eq(ls.n, 4);
	LINE_IS(ls, 0, "Eerste regel");
	LINE_IS(ls, 1, "tweede regel");
	ck_assert_uint_eq(ls.v[2].n, 0); /* an empty line between two breaks */
	LINE_IS(ls, 3, "derde");
	for (size_t k = 0; k < ls.n; k++)
		ck_assert_int_eq(ls.v[k].last, 1);
}
END_TEST

START_TEST(hyphenation_at_legal_point)
{
	static const char *const legal[] = {"voort-", "voortgangs-", "voortgangsrap-",
	                                    "voortgangsrappor-", "voortgangsrapporta-"};
	struct lb_lines ls;
	char a[256], b[256];
	double W = tw(FONT_REGULAR, "De voortgangsrap-") + 0.5;
	int splits = 0;

	brk("De voortgangsrapportage", W, &ls);
	ck_assert_uint_eq(ls.n, 2);
	LINE_IS(ls, 0, "De voortgangsrap-");
	LINE_IS(ls, 1, "portage");
	ck_assert_int_eq(ls.v[0].last, 0);
	/* at every width the first line ends at one of the legal points, and
	 * the pieces rejoin to the word */
	for (W = tw(FONT_REGULAR, "De voort-"); W < tw(FONT_REGULAR, "De voortgangsrapportage"); W += 2) {
		char joined[256] = "";
		size_t i;
		brk("De voortgangsrapportage", W, &ls);
		ck_assert_uint_ge(ls.n, 2);
		ck_assert_uint_eq(ls.v[0].n, 2);
		word_text(&ls.v[0].words[1], a, sizeof a);
		for (i = 0; i < sizeof legal / sizeof legal[0]; i++)
			if (strcmp(a, legal[i]) == 0)
				break;
		ck_assert_msg(i < sizeof legal / sizeof legal[0], "W=%g: illegal split %s", W, a);
		for (size_t k = 0; k < ls.n; k++) {
			ck_assert_double_le(ls.v[k].natural, W);
			word_text(&ls.v[k].words[ls.v[k].n - 1], b, sizeof b);
			if (k + 1 < ls.n) {
				ck_assert_int_eq(b[strlen(b) - 1], '-');
				b[strlen(b) - 1] = '\0';
			}
			strcat(joined, b);
		}
		ck_assert_str_eq(joined, "voortgangsrapportage");
		splits++;
	}
	ck_assert_int_gt(splits, 10);
	/* without hyphenation the word moves whole to the next line */
	st.hyphenate = 0;
	brk("De voortgangsrapportage", tw(FONT_REGULAR, "voortgangsrapportage") + 0.5, &ls);
	ck_assert_uint_eq(ls.n, 2);
	LINE_IS(ls, 0, "De");
	LINE_IS(ls, 1, "voortgangsrapportage");
}
END_TEST

START_TEST(explicit_hyphen_break)
{
	struct lb_lines ls;
	brk("Het onderwijs-achterstandenbeleid", tw(FONT_REGULAR, "achterstandenbeleid") + 1, &ls);
	ck_assert_uint_eq(ls.n, 2);
	LINE_IS(ls, 0, "Het onderwijs-"); /* no second hyphen added */
	LINE_IS(ls, 1, "achterstandenbeleid");
}
END_TEST

/* Breaks url at width W; checks each piece fits and returns the pieces
 * joined without separators. */
static void split_url(const char *url, double W, char *joined, size_t sz)
{
	struct lb_lines ls;
	char w[256];
	brk(url, W, &ls);
	joined[0] = '\0';
	ck_assert_uint_gt(ls.n, 3);
	for (size_t k = 0; k < ls.n; k++) {
		ck_assert_uint_eq(ls.v[k].n, 1);
		ck_assert_double_le(ls.v[k].natural, W + 1e-6);
		ck_assert_double_gt(ls.v[k].natural, 0);
		ck_assert_int_eq(ls.v[k].last, k + 1 == ls.n);
		word_text(&ls.v[k].words[0], w, sizeof w);
		ck_assert_uint_lt(strlen(joined) + strlen(w), sz);
		strcat(joined, w);
	}
}

START_TEST(long_url_force_split)
{
	static const char *const url = "https://www.utrecht.nl/bestuur/publicaties/2022/onderzoek/"
	                               "rapport_2022_q1.pdf?versie=3&id=1040";
	char joined[512];
	for (double W = 60; W <= 150; W += 10) {
		split_url(url, W, joined, sizeof joined);
		ck_assert_str_eq(joined, url); /* pieces without added hyphens */
	}
}
END_TEST

/* BUG (src/layout/linebreak.c:271 and :284, place_word): after a forced
 * split of a word wider than the line, the remainder is a new word whose
 * break points are recomputed; when it happens to be letters only, Dutch
 * hyphenation applies and a '-' is inserted into the URL
 * ("...voortgangsrapportagekan-" + "sengelijkheid"). Kept out of the suite
 * until fixed. */
START_TEST(long_url_tail_not_hyphenated)
{
	static const char *const url = "https://www.utrecht.nl/bestuur/publicaties/onderzoeksrapporten/"
	                               "voortgangsrapportagekansengelijkheid";
	char joined[512];
	split_url(url, 90, joined, sizeof joined);
	ck_assert_str_eq(joined, url);
}
END_TEST

/* "€ 1.040" stays together: at every width, no line ends with the sign and
 * every sign is followed by `sep` and a digit in the same word. */
static void check_euro_glued(const char *text, const char *sep)
{
	struct lb_lines ls;
	char w[256];
	int seen = 0;
	for (double W = 60; W <= 260; W += 1) {
		brk(text, W, &ls);
		for (size_t k = 0; k < ls.n; k++) {
			const struct lb_line *l = &ls.v[k];
			for (size_t i = 0; i < l->n; i++) {
				const char *e;
				word_text(&l->words[i], w, sizeof w);
				if ((e = strstr(w, EURO)) == NULL)
					continue;
				ck_assert_msg(strncmp(e + 3, sep, strlen(sep)) == 0 && e[3 + strlen(sep)] >= '0' &&
				                  e[3 + strlen(sep)] <= '9',
				              "W=%g: line %zu ends with \"%s\"", W, k, w);
				seen++;
			}
		}
	}
	ck_assert_int_gt(seen, 0);
}

START_TEST(euro_never_alone)
{
	struct lb_lines ls;
	double W = tw(FONT_REGULAR, "Het budget bedraagt " EURO) + 1;
	brk("Het budget bedraagt " EURO " 1.040 per jaar", W, &ls);
	ck_assert_uint_eq(ls.n, 2);
	LINE_IS(ls, 0, "Het budget bedraagt");
	LINE_IS(ls, 1, EURO " 1.040 per jaar");
	ck_assert_uint_eq(ls.v[1].words[0].nfrags, 3);
	ck_assert_double_eq_tol(ls.v[1].words[0].w, tw(FONT_REGULAR, EURO " 1.040"), 1e-6);
	check_euro_glued("Het budget voor deze opgave bedraagt " EURO " 1.040 per jaar, en daarnaast "
	                 "komt er " EURO " 25.000 bij voor de netwerkpartners.", " ");
	check_euro_glued("Het budget voor deze opgave bedraagt " EURO NBSP "1.040 per jaar, en daarnaast "
	                 "komt er " EURO NBSP "25.000 bij.", NBSP);
}
END_TEST

/* BUG (src/layout/linebreak.c:126, tokenize): the sign is glued to the
 * amount only when it is a word of its own, so "(€ 1.040)" can leave "(€"
 * at the end of a line. Kept out of the suite until fixed. */
START_TEST(euro_after_parenthesis_never_alone)
{
	check_euro_glued("De kosten voor deze opgave (" EURO " 1.040 per deelnemer) vallen lager uit.", " ");
}
END_TEST

START_TEST(missing_glyph_replaced_once)
{
	struct span sp = {CHECK_MARK "x", 0, NULL};
	struct rich r = {&sp, 1};
	struct lb_lines ls;
	brk("Klaar " CHECK_MARK " en nog eens " CHECK_MARK, 400, &ls);
	ck_assert_uint_eq(ls.n, 1);
	LINE_IS(ls, 0, "Klaar ? en nog eens ?");
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
	ck_assert_int_eq(diag_worst(), LEVEL_WAARSCHUWING);
	ck_assert_ptr_nonnull(strstr(diag_output(), "waarschuwing: "));
	ck_assert_ptr_nonnull(strstr(diag_output(), "U+2713"));
	/* the same bitmap: no second warning */
	brk(CHECK_MARK, 400, &ls);
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
	/* without a bitmap: replaced silently */
	linebreak(ar, ar, fs, hy, NULL, &r, &st, 400, &ls);
	LINE_IS(ls, 0, "?x");
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
}
END_TEST

START_TEST(bold_span_fonts)
{
	struct span sp[] = {{"normaal ", 0, NULL}, {"vet", SPAN_BOLD, NULL}, {" weer ", 0, NULL},
	                    {"schuin", SPAN_ITALIC, NULL}, {"vast", SPAN_BOLD, "https://example.org"}};
	struct rich r = {sp, 5};
	struct lb_lines ls;
	const struct lb_word *w;
	linebreak(ar, ar, fs, hy, warned, &r, &st, 400, &ls);
	ck_assert_uint_eq(ls.n, 1);
	ck_assert_uint_eq(ls.v[0].n, 4);
	w = ls.v[0].words;
	ck_assert_int_eq(w[0].frags[0].font, FONT_REGULAR);
	ck_assert_int_eq(w[1].nfrags, 1);
	ck_assert_int_eq(w[1].frags[0].font, FONT_BOLD);
	ck_assert_double_eq_tol(w[1].w, tw(FONT_BOLD, "vet"), 1e-9);
	ck_assert_int_eq(w[2].frags[0].font, FONT_REGULAR);
	/* "schuin" and "vast" touch: one word, two fragments */
	ck_assert_uint_eq(w[3].nfrags, 2);
	ck_assert_int_eq(w[3].frags[0].font, FONT_ITALIC);
	ck_assert_int_eq(w[3].frags[1].font, FONT_BOLD);
	ck_assert_ptr_null(w[3].frags[0].link);
	ck_assert_str_eq(w[3].frags[1].link, "https://example.org");
	ck_assert_double_eq_tol(w[3].w, tw(FONT_ITALIC, "schuin") + tw(FONT_BOLD, "vast"), 1e-9);
	/* a bold base style with an italic span */
	st.font = FONT_BOLD;
	linebreak(ar, ar, fs, hy, warned, &r, &st, 400, &ls);
	ck_assert_int_eq(ls.v[0].words[0].frags[0].font, FONT_BOLD);
	ck_assert_int_eq(ls.v[0].words[3].frags[0].font, FONT_BOLDITALIC);
}
END_TEST

START_TEST(font_combinations)
{
	ck_assert_int_eq(linebreak_font(FONT_REGULAR, 0), FONT_REGULAR);
	ck_assert_int_eq(linebreak_font(FONT_REGULAR, SPAN_BOLD), FONT_BOLD);
	ck_assert_int_eq(linebreak_font(FONT_REGULAR, SPAN_ITALIC), FONT_ITALIC);
	ck_assert_int_eq(linebreak_font(FONT_REGULAR, SPAN_BOLD | SPAN_ITALIC), FONT_BOLDITALIC);
	ck_assert_int_eq(linebreak_font(FONT_REGULAR, SPAN_CODE), FONT_REGULAR);
	ck_assert_int_eq(linebreak_font(FONT_BOLD, 0), FONT_BOLD);
	ck_assert_int_eq(linebreak_font(FONT_BOLD, SPAN_ITALIC), FONT_BOLDITALIC);
	ck_assert_int_eq(linebreak_font(FONT_ITALIC, SPAN_BOLD), FONT_BOLDITALIC);
	ck_assert_int_eq(linebreak_font(FONT_ITALIC, 0), FONT_ITALIC);
	ck_assert_int_eq(linebreak_font(FONT_BOLDITALIC, 0), FONT_BOLDITALIC);
}
END_TEST

/* No line starts with a dash, and "25 september 2019" is never split, at
 * any width that holds the glued group. */
START_TEST(dash_and_date_glued)
{
	const char *text = "Vastgesteld op 25 september 2019 \xE2\x80\x93 na lang overleg in de raad "
	                   "en in de commissie Mens en Samenleving.";
	char a[256];
	double min = tw(FONT_REGULAR, "25 september 2019");
	for (double W = min; W < tw(FONT_REGULAR, text); W += 3) {
		struct lb_lines ls;
		brk(text, W, &ls);
		for (size_t k = 0; k < ls.n; k++) {
			word_text(&ls.v[k].words[0], a, sizeof a);
			ck_assert_msg(strncmp(a, "\xE2\x80\x93", 3) != 0, "W=%g: line starts with a dash", W);
			ck_assert_msg(strcmp(a, "september") != 0 && strcmp(a, "2019") != 0 &&
			                  strncmp(a, "september", 9) != 0 && strncmp(a, "2019", 4) != 0,
			              "W=%g: date split before \"%s\"", W, a);
		}
	}
}
END_TEST

/* At most two hyphenated line ends in a row in running text, at widths
 * where every word fits on a line of its own (a longer word must be
 * hyphenated however often). */
START_TEST(hyphen_runs_limited)
{
	const char *text = "Gemeenteraadsverkiezingen voortgangsrapportage kansengelijkheid "
	                   "coördinatiemechanismen schuldhulpverlening armoedebestrijding "
	                   "vroegsignalering ervaringsdeskundigheid gemeenteraadsverkiezingen "
	                   "voortgangsrapportage kansengelijkheid schuldhulpverlening";
	char a[256];
	for (double W = tw(FONT_REGULAR, "Gemeenteraadsverkiezingen") + 1; W < 320; W += 7) {
		struct lb_lines ls;
		int run = 0;
		brk(text, W, &ls);
		for (size_t k = 0; k + 1 < ls.n; k++) {
			word_text(&ls.v[k].words[ls.v[k].n - 1], a, sizeof a);
			run = a[strlen(a) - 1] == '-' ? run + 1 : 0;
			ck_assert_msg(run <= 2, "W=%g: three hyphenated lines in a row", W);
		}
	}
}
END_TEST

/* A 20,000-character word in a column narrower than one character (found
 * by fuzzing: cutting it was quadratic and took seconds). Each line holds
 * one character and the whole takes well under a second. */
START_TEST(long_word_in_tiny_column)
{
	static char word[20001];
	struct span sp = {word, 0, NULL};
	struct rich r = {&sp, 1};
	struct lb_lines ls;
	memset(word, 'x', sizeof word - 1);
	linebreak(ar, ar, fs, NULL, NULL, &r, &st, 3, &ls);
	ck_assert_uint_eq(ls.n, 20000);
	for (size_t i = 0; i < ls.n; i++)
		ck_assert_uint_eq(ls.v[i].words[0].frags[0].len, 1);
}
END_TEST

/* A word made of hundreds of hyphenated parts (found by fuzzing: the
 * break points after '-' overflowed a fixed array). Every line fits. */
START_TEST(many_hyphens_in_one_word)
{
	char word[4000];
	struct span sp = {word, 0, NULL};
	struct rich r = {&sp, 1};
	struct lb_lines ls;
	size_t o = 0;
	for (int i = 0; i < 600 && o + 4 < sizeof word; i++) {
		memcpy(word + o, "ab-", 3);
		o += 3;
	}
	memcpy(word + o, "ab", 3);
	linebreak(ar, ar, fs, NULL, NULL, &r, &st, 200, &ls);
	ck_assert_uint_gt(ls.n, 5);
	for (size_t i = 0; i < ls.n; i++)
		ck_assert(ls.v[i].natural <= 200 + 1e-6);
}
END_TEST

/* Text from one arena, lines and words from another: the text stays
 * whole when the other is reset and reused (paragraphs do this). */
START_TEST(text_outlives_scratch)
{
	static const char para[] = "Het netwerk van partners werkt aan een gezamenlijke aanpak van "
	                           "schulden en armoede, met gemeentebrede afspraken over vroegsignalering.";
	struct span sp = {para, 0, NULL};
	struct rich r = {&sp, 1};
	struct lb_lines ls;
	struct arena *scratch = arena_new();
	const char *texts[64];
	size_t lens[64], n = 0;
	linebreak(ar, scratch, fs, hy, NULL, &r, &st, 120, &ls);
	ck_assert_uint_gt(ls.n, 2);
	for (size_t i = 0; i < ls.n; i++)
		for (size_t k = 0; k < ls.v[i].n && n < 64; k++) {
			texts[n] = ls.v[i].words[k].frags[0].text;
			lens[n++] = ls.v[i].words[k].frags[0].len;
		}
	arena_reset(scratch);
	for (int i = 0; i < 100; i++) /* reuse the scratch memory */
		memset(arena_alloc(scratch, 1000), 'Z', 1000);
	for (size_t i = 0; i < n; i++)
		ck_assert_ptr_null(memchr(texts[i], 'Z', lens[i]));
	{ /* the words, joined by spaces, give the paragraph back (hyphens aside) */
		char joined[512] = "";
		for (size_t i = 0; i < n; i++) {
			size_t l = strlen(joined);
			if (l > 0 && joined[l - 1] != '-')
				strcat(joined, " ");
			else if (l > 0)
				joined[l - 1] = '\0';
			strncat(joined, texts[i], lens[i]);
		}
		ck_assert_str_eq(joined, para);
	}
	arena_free(scratch);
}
END_TEST

static Suite *linebreak_suite(void)
{
	Suite *s = suite_create("linebreak");
	TCase *tc = tcase_create("linebreak");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, short_sentence_one_line);
	tcase_add_test(tc, paragraph_fits_and_keeps_words);
	tcase_add_test(tc, justified_positions);
	tcase_add_test(tc, hard_break);
	tcase_add_test(tc, hyphenation_at_legal_point);
	tcase_add_test(tc, explicit_hyphen_break);
	tcase_add_test(tc, long_url_force_split);
	tcase_add_test(tc, euro_never_alone);
	tcase_add_test(tc, missing_glyph_replaced_once);
	tcase_add_test(tc, bold_span_fonts);
	tcase_add_test(tc, font_combinations);
	tcase_add_test(tc, long_url_tail_not_hyphenated);
	tcase_add_test(tc, many_hyphens_in_one_word);
	tcase_add_test(tc, long_word_in_tiny_column);
	tcase_add_test(tc, dash_and_date_glued);
	tcase_add_test(tc, hyphen_runs_limited);
	tcase_add_test(tc, euro_after_parenthesis_never_alone);
	tcase_add_test(tc, text_outlives_scratch);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(linebreak_suite());
}
