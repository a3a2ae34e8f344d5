/* Unit tests for the TrueType metrics reader. Expected widths were read
 * from the font's hmtx and cmap tables independently (advance * 1000 /
 * unitsPerEm, truncated, unitsPerEm = 2048) and agree with what libharu
 * 2.3.0 reports through HPDF_Font_TextWidth and writes into /W. Run from
 * the repository root. */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "layout/fontmetrics.h"

#define REGULAR "fonts/OpenSans-Regular.ttf"
#define BOLD "fonts/OpenSans-Bold.ttf"
#define NBSP "\xc2\xa0"
#define EURO "\xe2\x82\xac"

static struct fontmetrics *fm;

static void setup(void)
{
	fm = fontmetrics_load(REGULAR);
	ck_assert_ptr_nonnull(fm);
}

static void teardown(void)
{
	fontmetrics_free(fm);
	fm = NULL;
}

/* Width of a NUL-terminated UTF-8 string. */
static long text_width(const char *s)
{
	return fontmetrics_text_width(fm, s, strlen(s));
}

START_TEST(glyph_widths)
{
	ck_assert_int_eq(fontmetrics_width(fm, ' '), 259);    /* 532 units */
	ck_assert_int_eq(fontmetrics_width(fm, 'a'), 556);    /* 1139 units */
	ck_assert_int_eq(fontmetrics_width(fm, 'i'), 252);    /* 518 units */
	ck_assert_int_eq(fontmetrics_width(fm, '0'), 571);    /* 1171 units */
	ck_assert_int_eq(fontmetrics_width(fm, '.'), 266);    /* 545 units */
	ck_assert_int_eq(fontmetrics_width(fm, ','), 245);    /* 502 units */
	ck_assert_int_eq(fontmetrics_width(fm, 0x20AC), 589); /* euro, 1208 units */
	ck_assert_int_eq(fontmetrics_width(fm, 0xF6), 604);   /* o diaeresis, 1237 */
	ck_assert_int_eq(fontmetrics_width(fm, 0x2013), 500); /* en dash, 1024 */
	ck_assert_int_eq(fontmetrics_width(fm, 0x2018), 169); /* left quote, 348 */
	ck_assert_int_eq(fontmetrics_width(fm, 0x2019), 169);
	ck_assert_int_eq(fontmetrics_width(fm, 0xA0), 259);   /* no-break space */
	ck_assert_int_eq(fontmetrics_width(fm, 0x133), 505);  /* ij ligature, 1036 */
}
END_TEST

START_TEST(truncates_like_libharu)
{
	/* 1511 * 1000 / 2048 = 737.79 and 1896 * 1000 / 2048 = 925.78: libharu
	 * truncates, so 737 and 925, not 738 and 926 */
	ck_assert_int_eq(fontmetrics_width(fm, 'H'), 737);
	ck_assert_int_eq(fontmetrics_width(fm, 'W'), 925);
}
END_TEST

START_TEST(missing_glyphs)
{
	ck_assert_int_eq(fontmetrics_has(fm, 0x20AC), 1);
	ck_assert_int_eq(fontmetrics_has(fm, 'a'), 1);
	ck_assert_int_eq(fontmetrics_has(fm, 0xF6), 1);
	ck_assert_int_eq(fontmetrics_has(fm, 0x2713), 0); /* check mark */
	ck_assert_int_eq(fontmetrics_has(fm, 0x1F600), 0);
	ck_assert_int_eq(fontmetrics_has(fm, 0x10FFFF), 0);
	ck_assert_int_eq(fontmetrics_has(fm, 0xFFFFFFFFu), 0);
	/* a missing glyph is as wide as .notdef: 1229 units */
	ck_assert_int_eq(fontmetrics_width(fm, 0x2713), 600);
	ck_assert_int_eq(fontmetrics_width(fm, 0x1F600), 600);
	ck_assert_int_eq(fontmetrics_width(fm, 0xFFFFFFFFu), 600);
}
END_TEST

START_TEST(text_widths)
{
	/* the totals libharu's HPDF_Font_TextWidth gives for the same strings */
	ck_assert_int_eq(text_width(""), 0);
	ck_assert_int_eq(text_width(EURO NBSP "1.040"), 3398);
	ck_assert_int_eq(text_width(EURO " 1.040,50"), 4785);
	ck_assert_int_eq(text_width("co\xc3\xb6rdinatie"), 5291);
	ck_assert_int_eq(text_width("2020\xe2\x80\x93" "2024"), 5068);
	ck_assert_int_eq(text_width("Voortgangsrapportage 2022"), 13064);
	ck_assert_int_eq(text_width("Ongelijk investeren voor gelijke kansen"), 18123);
	ck_assert_int_eq(text_width("\xe2\x80\x98" "quotes" "\xe2\x80\x99"),
	                 2 * 169 + text_width("quotes"));
	/* only len bytes count */
	ck_assert_int_eq(fontmetrics_text_width(fm, "aaaa", 2), 2 * 556);
}
END_TEST

START_TEST(invalid_utf8)
{
	long fffd = fontmetrics_width(fm, 0xFFFD);

	ck_assert_int_eq(text_width("\xff"), fffd);
	ck_assert_int_eq(text_width("a\xc3"), 556 + fffd);     /* truncated sequence */
	ck_assert_int_eq(text_width("\xed\xa0\x80"), 3 * fffd); /* surrogate: 3 bad bytes */
}
END_TEST

START_TEST(vertical_metrics)
{
	/* OS/2 version 3: sTypoAscender 1567, sTypoDescender -492,
	 * sCapHeight 1462, sxHeight 1096 */
	ck_assert_int_eq(fontmetrics_ascent(fm), 765);
	ck_assert_int_eq(fontmetrics_descent(fm), -240);
	ck_assert_int_eq(fontmetrics_capheight(fm), 713);
	ck_assert_int_eq(fontmetrics_xheight(fm), 535);
}
END_TEST

START_TEST(bold_face)
{
	struct fontmetrics *b = fontmetrics_load(BOLD);

	ck_assert_ptr_nonnull(b);
	ck_assert_int_gt(fontmetrics_width(b, 'a'), fontmetrics_width(fm, 'a'));
	ck_assert_int_eq(fontmetrics_has(b, 0x20AC), 1);
	ck_assert_int_eq(fontmetrics_xheight(b), 545);
	fontmetrics_free(b);
	fontmetrics_free(NULL);
}
END_TEST

/* Reads a whole file; the caller frees. */
static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *data;
	long n;

	ck_assert_ptr_nonnull(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	ck_assert_int_gt(n, 0);
	rewind(fp);
	data = malloc((size_t)n);
	ck_assert_ptr_nonnull(data);
	ck_assert_uint_eq(fread(data, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return data;
}

/* Writes bytes to a new temporary file and loads it as a font. */
static struct fontmetrics *load_bytes(const unsigned char *data, size_t len)
{
	char path[] = "/tmp/vg_fontXXXXXX";
	struct fontmetrics *m;
	int fd = mkstemp(path);
	FILE *fp;

	ck_assert_int_ge(fd, 0);
	fp = fdopen(fd, "wb");
	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fwrite(data, 1, len, fp), len);
	fclose(fp);
	m = fontmetrics_load(path);
	unlink(path);
	return m;
}

START_TEST(missing_file)
{
	ck_assert_ptr_null(fontmetrics_load("fonts/NoSuchFont.ttf"));
	ck_assert_ptr_null(fontmetrics_load("fonts")); /* a directory */
}
END_TEST

START_TEST(truncated_file)
{
	static const size_t cuts[] = {0, 3, 11, 12, 100, 300, 4000, 9000, 100000, 217359};
	unsigned char *data;
	size_t len, i;

	data = slurp(REGULAR, &len);
	ck_assert_uint_eq(len, 217360);
	for (i = 0; i < sizeof cuts / sizeof cuts[0]; i++)
		ck_assert_msg(load_bytes(data, cuts[i]) == NULL, "loaded %zu bytes", cuts[i]);
	free(data);
}
END_TEST

START_TEST(garbage_file)
{
	static const char text[] = "Dit is geen lettertype, maar een tekstbestand.\n";
	unsigned char noise[4096];
	size_t i;

	ck_assert_ptr_null(load_bytes((const unsigned char *)text, sizeof text - 1));
	srand(42);
	for (i = 0; i < sizeof noise; i++)
		noise[i] = (unsigned char)rand();
	ck_assert_ptr_null(load_bytes(noise, sizeof noise));
	/* a plausible header with a table directory pointing nowhere */
	memcpy(noise, "\x00\x01\x00\x00\x00\x10", 6);
	ck_assert_ptr_null(load_bytes(noise, sizeof noise));
}
END_TEST

/* Loads the font with bytes [off, off+n) replaced by val. */
static struct fontmetrics *load_patched(size_t off, const char *val, size_t n)
{
	unsigned char *data;
	struct fontmetrics *m;
	size_t len;

	data = slurp(REGULAR, &len);
	memcpy(data + off, val, n);
	m = load_bytes(data, len);
	free(data);
	return m;
}

START_TEST(corrupt_tables)
{
	/* head at 316, hhea at 372, maxp at 408, cmap at 4276 */
	ck_assert_ptr_null(load_patched(0, "OTTO", 4));               /* CFF outlines */
	ck_assert_ptr_null(load_patched(4, "\xff\xff", 2));           /* numTables */
	ck_assert_ptr_null(load_patched(316 + 12, "\0\0\0\0", 4));    /* head magic */
	ck_assert_ptr_null(load_patched(316 + 18, "\0\0", 2));        /* unitsPerEm 0 */
	ck_assert_ptr_null(load_patched(372 + 34, "\0\0", 2));        /* numberOfHMetrics 0 */
	ck_assert_ptr_null(load_patched(408 + 4, "\0\0", 2));         /* numGlyphs 0 */
	ck_assert_ptr_null(load_patched(4276, "\0\1", 2));            /* cmap version */
	ck_assert_ptr_null(load_patched(4276 + 2, "\0\0", 2));        /* no subtables */
	ck_assert_ptr_null(load_patched(4276 + 8, "\x7f\0\0\0", 4));  /* offset past end */
}
END_TEST

START_TEST(random_corruption_is_safe)
{
	unsigned char *orig, *data;
	size_t len, i, k;
	struct fontmetrics *m;

	orig = slurp(REGULAR, &len);
	data = malloc(len);
	ck_assert_ptr_nonnull(data);
	srand(7);
	/* flip bytes in the directory, head, hhea, maxp, hmtx and cmap: every
	 * load must either fail or give sane answers, never crash */
	for (i = 0; i < 300; i++) {
		memcpy(data, orig, len);
		for (k = 0; k < 8; k++)
			data[(size_t)rand() % 5400] = (unsigned char)rand();
		if ((m = load_bytes(data, len)) == NULL)
			continue;
		ck_assert_int_ge(fontmetrics_width(m, 'a'), 0);
		(void)fontmetrics_has(m, 0x1F600);
		fontmetrics_free(m);
	}
	free(data);
	free(orig);
}
END_TEST

static Suite *fontmetrics_suite(void)
{
	Suite *s = suite_create("fontmetrics");
	TCase *metrics = tcase_create("metrics");
	TCase *bad = tcase_create("bad-files");

	tcase_add_checked_fixture(metrics, setup, teardown);
	tcase_add_test(metrics, glyph_widths);
	tcase_add_test(metrics, truncates_like_libharu);
	tcase_add_test(metrics, missing_glyphs);
	tcase_add_test(metrics, text_widths);
	tcase_add_test(metrics, invalid_utf8);
	tcase_add_test(metrics, vertical_metrics);
	tcase_add_test(metrics, bold_face);
	tcase_add_test(bad, missing_file);
	tcase_add_test(bad, truncated_file);
	tcase_add_test(bad, garbage_file);
	tcase_add_test(bad, corrupt_tables);
	tcase_add_test(bad, random_corruption_is_safe);
	tcase_set_timeout(bad, 60);
	suite_add_tcase(s, metrics);
	suite_add_tcase(s, bad);
	return s;
}

int main(void)
{
	return run_suite(fontmetrics_suite());
}
