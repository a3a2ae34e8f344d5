/* Unit tests for Dutch hyphenation through libhyphen and hyphen-nl. The
 * expected points are what /usr/share/hyphen/hyph_nl_NL.dic gives. */
#include <check.h>

#include "check_main.h"
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

/* Hyphenates word and renders it with '-' at every point, so a failure
 * shows the whole result. */
static const char *hyphenated(const char *word, char *out, size_t outsz)
{
	size_t pts[32], n, i, prev = 0;
	int used = 0;

	n = hyphenate(hy, word, strlen(word), pts, 32);
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

#define HYPH_IS(word, want)                                                             \
	do {                                                                            \
		char b_[256];                                                           \
		ck_assert_str_eq(hyphenated((word), b_, sizeof b_), (want));           \
	} while (0)

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

/* Writes a dictionary to a temporary file; returns its path (static). */
static const char *temp_dictionary(const char *text)
{
	static char path[] = "/tmp/vg_hyphXXXXXX";
	int fd;
	FILE *fp;

	strcpy(path + strlen(path) - 6, "XXXXXX");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	fp = fdopen(fd, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
	return path;
}

START_TEST(non_standard_ignored)
{
	/* hyph_nl_NL.dic has no non-standard patterns, so use the libhyphen
	 * documentation's Dutch example (omaatje -> oma-tje) next to a plain
	 * pattern that allows om-aatje */
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

static Suite *hyphen_suite(void)
{
	Suite *s = suite_create("hyphen");
	TCase *words = tcase_create("words");
	TCase *load = tcase_create("load");

	tcase_add_checked_fixture(words, setup, teardown);
	tcase_add_test(words, sample_words);
	tcase_add_test(words, byte_offsets);
	tcase_add_test(words, capitals);
	tcase_add_test(words, ij_ligature);
	tcase_add_test(words, no_points);
	tcase_add_test(words, non_standard_ignored);
	tcase_add_test(words, min_two_letters_each_side);
	tcase_add_test(words, maxpoints_limits);
	tcase_add_test(words, long_word_left_whole);
	tcase_add_test(load, missing_dictionary);
	suite_add_tcase(s, words);
	suite_add_tcase(s, load);
	return s;
}

int main(void)
{
	return run_suite(hyphen_suite());
}
