/* Unit tests for Dutch hyphenation with the patterns of hyphen-nl. The
 * expected points are what libhyphen gave with
 * /usr/share/hyphen/hyph_nl_NL.dic (our own matcher replaced it and must
 * give the same), including its odd ones such as "schul-d-re-ge-ling".
 * Damaged dictionaries either load with the lines that are patterns or are
 * refused with a warning; none may crash. */
#include <check.h>

#include "check_main.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text/hyphenate.h"
#include "util/diag.h"

#define NL_DIC "/usr/share/hyphen/hyph_nl_NL.dic"

static struct hyphenator *hy;

static void setup(void)
{
	hy = hyphenator_load(NL_DIC);
	ck_assert_ptr_nonnull(hy);
}

static void teardown(void)
{
	hyphenator_free(hy);
	hy = NULL;
}

/* Hyphenates word with h and renders it with '-' at every point, so a
 * failure shows the whole result. */
static const char *hyphenated(const struct hyphenator *h, const char *word, char *out, size_t outsz)
{
	size_t pts[32], n, i, prev = 0;
	int used = 0;

	n = hyphenate(h, word, strlen(word), pts, 32);
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		ck_assert_uint_gt(pts[i], prev);
		used += snprintf(out + used, outsz - (size_t)used, "%.*s-", (int)(pts[i] - prev),
		                 word + prev);
		prev = pts[i];
	}
	snprintf(out + used, outsz - (size_t)used, "%s", word + prev);
	return out;
}

#define HYPH_WITH(h, word, want)                                                                   \
	do {                                                                                       \
		char b_[256];                                                                      \
		ck_assert_str_eq(hyphenated((h), (word), b_, sizeof b_), (want));                  \
	} while (0)
#define HYPH_IS(word, want) HYPH_WITH(hy, word, want)

START_TEST(sample_words)
{
	HYPH_IS("voortgangsrapportage", "voort-gangs-rap-por-ta-ge");
	HYPH_IS("kansengelijkheid", "kan-sen-ge-lijk-heid");
	HYPH_IS("coördinatie", "co-ör-di-na-tie");
	HYPH_IS("gemeenteraadsverkiezingen", "ge-meen-te-raads-ver-kie-zin-gen");
	HYPH_IS("Financiën", "Fi-nan-ci-ën");
	HYPH_IS("beïnvloeden", "be-ïn-vloe-den");
	HYPH_IS("ideeën", "idee-ën");
}
END_TEST

/* Long words from the reports in data/, as libhyphen broke them. */
START_TEST(report_words)
{
	HYPH_IS("Kanaleneiland", "Ka-na-len-ei-land");
	HYPH_IS("vroegsignalering", "vroeg-sig-na-le-ring");
	HYPH_IS("ervaringsdeskundigen", "er-va-rings-des-kun-di-gen");
	HYPH_IS("betalingsachterstanden", "be-ta-lings-ach-ter-stan-den");
	HYPH_IS("jeugdgezondheidszorg", "jeugd-ge-zond-heids-zorg");
	HYPH_IS("subsidiebeschikking", "sub-si-die-be-schik-king");
	HYPH_IS("wijkbibliotheken", "wijk-bi-bli-o-the-ken");
	HYPH_IS("Armoedecoalitie", "Ar-moe-de-co-a-li-tie");
	HYPH_IS("inwonersenquête", "in-wo-ners-en-quê-te");
	/* the patterns' own mistakes, kept so that nothing changes unnoticed */
	HYPH_IS("schuldregeling", "schul-d-re-ge-ling");
	HYPH_IS("Werkgeversalliantie", "Werk-ge-ver-s-al-li-an-tie");
	HYPH_IS("opgavemanager", "op-ga-vema-na-ger");
	HYPH_IS("inloopspreekuren", "in-loopspreek-uren");
}
END_TEST

START_TEST(byte_offsets)
{
	size_t pts[8], n;
	const char *w = "coördinatie";

	/* "ö" is two bytes: co|ör|di|na|tie -> 2, 5, 7, 9 */
	n = hyphenate(hy, w, strlen(w), pts, 8);
	ck_assert_uint_eq(n, 4);
	ck_assert_uint_eq(pts[0], 2);
	ck_assert_uint_eq(pts[1], 5);
	ck_assert_uint_eq(pts[2], 7);
	ck_assert_uint_eq(pts[3], 9);
}
END_TEST

START_TEST(capitals)
{
	HYPH_IS("Gemeenteraadsverkiezingen", "Ge-meen-te-raads-ver-kie-zin-gen");
	HYPH_IS("COÖRDINATIE", "CO-ÖR-DI-NA-TIE");
}
END_TEST

START_TEST(ij_ligature)
{
	size_t pts[8], n;
	const char *w = "\xc4\xb3sbeer"; /* U+0133 "ĳ" + "sbeer" */

	HYPH_IS("\xc4\xb3sbeer", "\xc4\xb3s-beer");
	HYPH_IS("IJsselmeer", "IJs-sel-meer");
	HYPH_IS("\xc4\xb2SSELMEER", "\xc4\xb2S-SEL-MEER");
	HYPH_IS("b\xc4\xb3zonder", "b\xc4\xb3-zon-der");
	/* the two-byte ligature counts as "ij": the break is after byte 3 */
	n = hyphenate(hy, w, strlen(w), pts, 8);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(pts[0], 3);
}
END_TEST

START_TEST(no_points)
{
	size_t pts[8];
	static const char *const words[] = {
	    "de", "en", "ook", "1.040", "https://www.utrecht.nl/voortgang", "2022",
	    "Q1", "\xe2\x82\xac", "bureau's", "stra\xc3\x9f" "e\xe2\x9c\x93", "",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		ck_assert_msg(hyphenate(hy, words[i], strlen(words[i]), pts, 8) == 0,
		              "points in \"%s\"", words[i]);
	/* invalid UTF-8 */
	ck_assert_uint_eq(hyphenate(hy, "ge\xffmeente", 10, pts, 8), 0);
	/* a digit inside a word */
	ck_assert_uint_eq(hyphenate(hy, "gemeente2022", 12, pts, 8), 0);
}
END_TEST

/* Writes n bytes of dictionary to a temporary file; returns its path
 * (static). */
static const char *temp_dictionary_bytes(const char *text, size_t n)
{
	static char path[] = "/tmp/vg_hyphXXXXXX";
	int fd;
	FILE *fp;

	strcpy(path + strlen(path) - 6, "XXXXXX");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	fp = fdopen(fd, "wb");
	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fwrite(text, 1, n, fp), n);
	ck_assert_int_eq(fclose(fp), 0);
	return path;
}

static const char *temp_dictionary(const char *text)
{
	return temp_dictionary_bytes(text, strlen(text));
}

/* Loads the dictionary at path with the diagnostics caught: the first
 * message goes to message[] ("" when there is none). */
static struct hyphenator *load_quietly(const char *path, char *message, int size)
{
	FILE *err = tmpfile();
	struct hyphenator *h;

	ck_assert_ptr_nonnull(err);
	diag_reset();
	diag_set_stream(err);
	h = hyphenator_load(path);
	diag_set_stream(NULL);
	rewind(err);
	if (fgets(message, size, err) == NULL)
		message[0] = '\0';
	fclose(err);
	return h;
}

/* Loads a dictionary made of text; it must be refused with one warning
 * that it cannot be read. */
static void assert_refused(const char *text, size_t n)
{
	const char *path = temp_dictionary_bytes(text, n);
	char message[512];

	ck_assert_ptr_null(load_quietly(path, message, sizeof message));
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
	ck_assert_msg(strstr(message, "kan niet worden gelezen") != NULL, "message: %s", message);
	unlink(path);
}

/* Loads a dictionary made of text; it must load without a message. */
static struct hyphenator *assert_loads(const char *text, size_t n)
{
	const char *path = temp_dictionary_bytes(text, n);
	char message[512];
	struct hyphenator *h = load_quietly(path, message, sizeof message);

	ck_assert_ptr_nonnull(h);
	ck_assert_str_eq(message, "");
	unlink(path);
	return h;
}

/* Deterministic bytes 0..255 (a linear congruential generator). */
static void garbage(char *out, size_t n, uint32_t seed)
{
	size_t i;

	for (i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		out[i] = (char)(seed >> 16);
	}
}

START_TEST(non_standard_ignored)
{
	/* hyph_nl_NL.dic has no non-standard patterns; such a line (here the
	 * libhyphen documentation's Dutch example omaatje -> oma-tje) is
	 * skipped, the plain pattern next to it allows om-aatje */
	const char *path = temp_dictionary("ISO8859-1\nm1a\na1atje./a=t,1,3\n");
	struct hyphenator *h = hyphenator_load(path);
	size_t pts[8], n;

	ck_assert_ptr_nonnull(h);
	n = hyphenate(h, "omaatje", 7, pts, 8);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(pts[0], 2);
	hyphenator_free(h);
	unlink(path);
	/* and the real dictionary offers no standard break in it */
	HYPH_IS("omaatje", "omaatje");
}
END_TEST

START_TEST(min_two_letters_each_side)
{
	size_t pts[32], n, i;
	const char *w = "aan";

	ck_assert_uint_eq(hyphenate(hy, w, strlen(w), pts, 32), 0);
	w = "ideeën";
	n = hyphenate(hy, w, strlen(w), pts, 32);
	for (i = 0; i < n; i++) {
		ck_assert_uint_ge(pts[i], 2);
		ck_assert_uint_le(pts[i], strlen(w) - 2);
	}
}
END_TEST

START_TEST(maxpoints_limits)
{
	size_t pts[2] = {0, 0};
	const char *w = "gemeenteraadsverkiezingen";

	ck_assert_uint_eq(hyphenate(hy, w, strlen(w), pts, 2), 2);
	ck_assert_uint_eq(pts[0], 2);
	ck_assert_uint_eq(pts[1], 6);
	ck_assert_uint_eq(hyphenate(hy, w, strlen(w), pts, 0), 0);
	/* a length shorter than the string: only "gemeente" is seen */
	ck_assert_uint_eq(hyphenate(hy, w, 8, pts, 2), 2);
	ck_assert_uint_eq(pts[0], 2);
	ck_assert_uint_eq(pts[1], 6);
}
END_TEST

START_TEST(long_word_left_whole)
{
	char w[300];
	size_t pts[8];

	memset(w, 'a', sizeof w - 1);
	w[sizeof w - 1] = '\0';
	ck_assert_uint_eq(hyphenate(hy, w, strlen(w), pts, 8), 0);
}
END_TEST

START_TEST(missing_dictionary)
{
	FILE *err = tmpfile();
	char line[512] = "";

	ck_assert_ptr_nonnull(err);
	diag_reset();
	diag_set_stream(err);
	ck_assert_ptr_null(hyphenator_load("/nonexistent/hyph_xx.dic"));
	diag_set_stream(NULL);
	/* a warning: the report is still written, without hyphenation */
	ck_assert_int_eq(diag_worst(), LEVEL_WAARSCHUWING);
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
	rewind(err);
	ck_assert_ptr_nonnull(fgets(line, sizeof line, err));
	ck_assert_ptr_nonnull(strstr(line, "voortgang: /nonexistent/hyph_xx.dic: waarschuwing: "));
	fclose(err);
	hyphenator_free(NULL);
	ck_assert_uint_eq(hyphenate(NULL, "gemeente", 8, (size_t[4]){0}, 4), 0);
}
END_TEST

#define REFUSED(lit) assert_refused((lit), sizeof(lit) - 1)
#define LOADS(lit)   assert_loads((lit), sizeof(lit) - 1)

/* Files that hold no usable pattern are refused with a warning. */
START_TEST(refused_dictionaries)
{
	char junk[65536];

	REFUSED("");                                /* empty */
	REFUSED("ISO8859-1");                       /* only the encoding line */
	REFUSED("ISO8859-1\r\n\r\n% commentaar\n"); /* and a comment */
	REFUSED("ISO8859-1\n123\n4\n.5.\n..\n");    /* digits and dots only */
	REFUSED("UTF-8\nn1a\n");                    /* another encoding */
	REFUSED("iso8859-1\nn1a\n");
	REFUSED("\0ISO8859-1\nn1a\n");
	/* keywords, characters no word has, a '.' inside, non-standard */
	REFUSED("ISO8859-1\nNEXTLEVEL\nA1B\nn1-a\na1b c\n\3271a\na.1b\nn/a\n");
	garbage(junk, sizeof junk, 1);
	assert_refused(junk, sizeof junk);
}
END_TEST

/* Binary garbage after a good first line: whatever loads must be safe. */
START_TEST(garbage_after_encoding)
{
	static char text[10 + 200000];
	size_t pts[32], n, i;
	uint32_t seed;
	char message[512];
	struct hyphenator *h;
	const char *path;

	for (seed = 1; seed <= 4; seed++) {
		memcpy(text, "ISO8859-1\n", 10);
		garbage(text + 10, sizeof text - 10, seed);
		path = temp_dictionary_bytes(text, sizeof text);
		h = load_quietly(path, message, sizeof message);
		unlink(path);
		if (h == NULL) {
			ck_assert_ptr_nonnull(strstr(message, "kan niet worden gelezen"));
			continue;
		}
		n = hyphenate(h, "gemeenteraadsverkiezingen", 25, pts, 32);
		for (i = 0; i < n; i++)
			ck_assert(pts[i] >= 2 && pts[i] <= 23 && (i == 0 || pts[i] > pts[i - 1]));
		hyphenator_free(h);
	}
}
END_TEST

/* Lines too long to be a pattern are skipped, the others still count. */
START_TEST(long_lines_skipped)
{
	size_t big = 1u << 20, n = 0;
	char *text = malloc(big + 200);
	struct hyphenator *h;

	ck_assert_ptr_nonnull(text);
	n += (size_t)sprintf(text, "ISO8859-1\n");
	memset(text + n, 'a', big); /* a megabyte of letters, then digits */
	memset(text + n + big / 2, '1', big / 2);
	n += big;
	/* 33 letters: one too many; 32 letters: the longest pattern */
	n += (size_t)sprintf(text + n, "\n%s1b\n%s1c\nn1a\n", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	                     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	h = assert_loads(text, n);
	HYPH_WITH(h, "banaan", "ban-aan");
	HYPH_WITH(h, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabb", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabb");
	HYPH_WITH(h, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-cc");
	hyphenator_free(h);
	free(text);
}
END_TEST

/* CR LF line ends, trailing blanks, comments and empty lines. */
START_TEST(crlf_and_comments)
{
	struct hyphenator *h;

	h = LOADS("ISO8859-1 \r\n% n1a\r\n\r\n1ba \r\nn1a\t\r\n");
	HYPH_WITH(h, "banaan", "ban-aan");
	HYPH_WITH(h, "abba", "ab-ba");
	hyphenator_free(h);
}
END_TEST

/* The highest digit counts, odd allows a break; a pattern given twice
 * keeps its last digits (like libhyphen); LEFTHYPHENMIN and RIGHTHYPHENMIN
 * keep more letters on a side, never fewer than 2. */
START_TEST(digits_and_keywords)
{
	struct hyphenator *h;

	h = LOADS("ISO8859-1\nn1a\nn2aa\n");
	HYPH_WITH(h, "banana", "ban-ana");
	HYPH_WITH(h, "banaan", "banaan");
	hyphenator_free(h);
	h = LOADS("ISO8859-1\nn1a\nn2a\n");
	HYPH_WITH(h, "banana", "banana");
	hyphenator_free(h);
	h = LOADS("ISO8859-1\nn2a\nn3a\n");
	HYPH_WITH(h, "banana", "ban-ana");
	hyphenator_free(h);
	h = LOADS("ISO8859-1\na1\n");
	HYPH_WITH(h, "aaaaaaaa", "aa-a-a-a-a-aa");
	hyphenator_free(h);
	h = LOADS("ISO8859-1\nLEFTHYPHENMIN 3\nRIGHTHYPHENMIN 4\na1\n");
	HYPH_WITH(h, "aaaaaaaa", "aaa-a-aaaa");
	HYPH_WITH(h, "aaaaaa", "aaaaaa");
	hyphenator_free(h);
	h = LOADS("ISO8859-1\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 99999999999\n"
	          "RIGHTHYPHENMIN 0\na1\n");
	HYPH_WITH(h, "aaaaaaaa", "aa-a-a-a-a-aa");
	hyphenator_free(h);
}
END_TEST

/* A directory opens but cannot be read; a file over the size limit
 * (4 MiB) is not read at all. */
START_TEST(unreadable_and_huge)
{
	char message[512];
	const char *path;
	FILE *fp;

	ck_assert_ptr_null(load_quietly("/tmp", message, sizeof message));
	ck_assert_ptr_nonnull(strstr(message, "kan niet worden gelezen"));
	path = temp_dictionary("ISO8859-1\nn1a\n");
	fp = fopen(path, "r+b");
	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(fseek(fp, 5L << 20, SEEK_SET), 0);
	ck_assert_int_ne(fputc('\n', fp), EOF);
	fclose(fp);
	ck_assert_ptr_null(load_quietly(path, message, sizeof message));
	ck_assert_ptr_nonnull(strstr(message, "kan niet worden gelezen"));
	unlink(path);
}
END_TEST

static Suite *hyphen_suite(void)
{
	Suite *s = suite_create("hyphen");
	TCase *words = tcase_create("words");
	TCase *load = tcase_create("load");

	tcase_add_checked_fixture(words, setup, teardown);
	tcase_add_test(words, sample_words);
	tcase_add_test(words, report_words);
	tcase_add_test(words, byte_offsets);
	tcase_add_test(words, capitals);
	tcase_add_test(words, ij_ligature);
	tcase_add_test(words, no_points);
	tcase_add_test(words, non_standard_ignored);
	tcase_add_test(words, min_two_letters_each_side);
	tcase_add_test(words, maxpoints_limits);
	tcase_add_test(words, long_word_left_whole);
	tcase_add_test(load, missing_dictionary);
	tcase_add_test(load, refused_dictionaries);
	tcase_add_test(load, garbage_after_encoding);
	tcase_add_test(load, long_lines_skipped);
	tcase_add_test(load, crlf_and_comments);
	tcase_add_test(load, digits_and_keywords);
	tcase_add_test(load, unreadable_and_huge);
	suite_add_tcase(s, words);
	suite_add_tcase(s, load);
	return s;
}

int main(void)
{
	return run_suite(hyphen_suite());
}
