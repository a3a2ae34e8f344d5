/* Unit tests for render/pdftext: text written straight into a libharu
 * page lands where it was asked to (checked with poppler's pdftotext
 * -bbox), in one text object per run and one TJ per line and style, and
 * strings with ( ) \ survive. Run from the top of the tree. */
#include <check.h>

#include "check_main.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf.h>

#include "render/pdftext.h"

struct word {
	char text[64];
	double x;
};

/* Saves pdf and returns the words pdftotext -bbox finds on page 1. */
static size_t words_of(HPDF_Doc pdf, struct word *w, size_t max)
{
	char path[] = "/tmp/test_pdftext_XXXXXX", cmd[128], line[512];
	int fd = mkstemp(path);
	size_t n = 0;
	FILE *p;
	ck_assert_int_ge(fd, 0);
	close(fd);
	ck_assert_int_eq(HPDF_SaveToFile(pdf, path), HPDF_OK);
	snprintf(cmd, sizeof cmd, "pdftotext -bbox %s - 2>/dev/null", path);
	p = popen(cmd, "r");
	ck_assert_ptr_nonnull(p);
	while (fgets(line, sizeof line, p) != NULL && n < max) {
		const char *xs = strstr(line, "<word xMin=\""), *gt;
		if (xs == NULL || (gt = strchr(xs, '>')) == NULL)
			continue;
		w[n].x = strtod(xs + 12, NULL);
		snprintf(w[n].text, sizeof w[n].text, "%.*s", (int)(strcspn(gt + 1, "<")), gt + 1);
		n++;
	}
	pclose(p);
	unlink(path);
	return n;
}

static HPDF_Doc doc(HPDF_Page *page, HPDF_Font *font)
{
	HPDF_Doc pdf = HPDF_New(NULL, NULL);
	const char *name;
	ck_assert_ptr_nonnull(pdf);
	HPDF_UseUTFEncodings(pdf);
	name = HPDF_LoadTTFontFromFile(pdf, "fonts/OpenSans-Regular.ttf", HPDF_TRUE);
	ck_assert_ptr_nonnull(name);
	*font = HPDF_GetFont(pdf, name, "UTF-8");
	*page = HPDF_AddPage(pdf);
	return pdf;
}

/* Words of one line, a colour change at the start of the line, a new
 * line: each word where it was put (pdftotext rounds to 0.01 pt or so). */
START_TEST(words_land_where_asked)
{
	static const struct {
		const char *s;
		double x, y;
		int red;
	} in[] = {
	    {"Eerste", 100, 700, 0}, {" woord", 140, 700, 0}, {" rood", 190, 700, 1},
	    {"Nieuw", 100, 680, 0}, {"Hier", 100, 680, 1}, /* same place, other colour */
	    {"(haakjes)", 300, 660, 0}, {" a\\b", 360, 660, 0},
	};
	struct rgb black = {0, 0, 0}, red = {0.8f, 0, 0};
	HPDF_Page page;
	HPDF_Font font;
	HPDF_Doc pdf = doc(&page, &font);
	struct pdftext t;
	struct word w[32];
	size_t n;
	pdftext_init(&t);
	pdftext_begin_page(&t, page);
	for (size_t i = 0; i < sizeof in / sizeof *in; i++)
		ck_assert_int_eq(pdftext_show(&t, 0, font, 10, in[i].red ? red : black, in[i].x, in[i].y, in[i].s,
		                              strlen(in[i].s)),
		                 0);
	pdftext_end(&t);
	n = words_of(pdf, w, 32);
	ck_assert_uint_eq(n, 7);
	for (size_t i = 0; i < n; i++) {
		double want = -1;
		if (strcmp(w[i].text, "Eerste") == 0 || strcmp(w[i].text, "Nieuw") == 0 || strcmp(w[i].text, "Hier") == 0)
			want = 100;
		else if (strcmp(w[i].text, "(haakjes)") == 0)
			want = 300;
		else if (strcmp(w[i].text, "a\\b") == 0)
			want = 360 + 2.6; /* after its leading space */
		else if (strcmp(w[i].text, "woord") == 0)
			want = 140 + 2.6;
		else if (strcmp(w[i].text, "rood") == 0)
			want = 190 + 2.6;
		ck_assert_msg(want >= 0, "unexpected word '%s'", w[i].text);
		ck_assert_msg(fabs(w[i].x - want) < 0.05, "'%s' at %.3f, not %.3f", w[i].text, w[i].x, want);
	}
	pdftext_free(&t);
	HPDF_Free(pdf);
}
END_TEST

/* A size that is no size is refused, and nothing is written. */
START_TEST(bad_size_refused)
{
	struct rgb black = {0, 0, 0};
	HPDF_Page page;
	HPDF_Font font;
	HPDF_Doc pdf = doc(&page, &font);
	struct pdftext t;
	pdftext_init(&t);
	pdftext_begin_page(&t, page);
	ck_assert_int_eq(pdftext_show(&t, 0, font, 0, black, 10, 10, "x", 1), -1);
	ck_assert_int_eq(pdftext_show(&t, 0, font, NAN, black, 10, 10, "x", 1), -1);
	ck_assert_int_eq(pdftext_show(&t, 7, font, 10, black, 10, 10, "x", 1), -1);
	ck_assert_int_eq(t.in_bt, 0);
	pdftext_free(&t);
	HPDF_Free(pdf);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("pdftext");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, words_land_where_asked);
	tcase_add_test(tc, bad_size_refused);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
