/* Unit tests for control characters made visible (util/escape.c), the
 * one way diagnostics and verifieer print text from inputs and PDFs, and
 * for the logo decoder's refusals (input/image.c). */
#include <check.h>

#include "check_main.h"
#include <stdlib.h>
#include <string.h>

#include "input/image.h"
#include "model/raster.h"
#include "util/arena.h"
#include "util/escape.h"

#define ESC_IS(in, want)                                    \
	do {                                                    \
		char *e_ = escape_dup(in);                          \
		ck_assert_str_eq(e_, (want));                       \
		ck_assert_int_eq(escape_needed((in), strlen(in)), strcmp((in), (want)) != 0); \
		free(e_);                                           \
	} while (0)

START_TEST(escape_controls)
{
	ESC_IS("gewoon", "gewoon");
	ESC_IS("regel\nklopt", "regel\\nklopt");
	ESC_IS("tab\tcr\r", "tab\\tcr\\r");
	ESC_IS("\x1b]0;titel\x07", "\\x1b]0;titel\\x07");
	ESC_IS("del\x7f", "del\\x7f");
	ESC_IS("csi\xc2\x9b" "2J", "csi\\u009b2J");     /* C1 control as UTF-8 */
	ESC_IS("\xe2\x82\xac 1.040 \xc3\xab", "\xe2\x82\xac 1.040 \xc3\xab"); /* UTF-8 stays */
	ESC_IS("\xc2\xa0nbsp", "\xc2\xa0nbsp");        /* U+00A0 is no control */
}
END_TEST

START_TEST(escape_worst_case_fits)
{
	char in[64], out[64 * ESCAPE_MAX_GROWTH];
	memset(in, 1, sizeof in);
	ck_assert_uint_eq(escape_ctl(out, in, sizeof in), 4 * sizeof in);
	for (size_t i = 0; i + 1 < sizeof in; i += 2)
		in[i] = (char)0xc2, in[i + 1] = (char)0x80;
	ck_assert_uint_eq(escape_ctl(out, in, sizeof in), 6 * (sizeof in / 2));
}
END_TEST

START_TEST(image_refusals)
{
	struct arena *a = arena_new();
	struct raster r;
	const char *why;
	int big;
	/* a PNG signature and half an IHDR; a JPEG that stops after SOI; text */
	ck_assert_int_eq(image_decode(a, (const unsigned char *)"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16, &r, &why, &big), -1);
	ck_assert_ptr_nonnull(why);
	ck_assert_int_eq(big, 0);
	ck_assert_int_eq(image_decode(a, (const unsigned char *)"\xff\xd8\xff", 3, &r, &why, &big), -1);
	ck_assert_ptr_nonnull(why);
	ck_assert_int_eq(image_decode(a, (const unsigned char *)"GIF89a", 6, &r, &why, &big), -1);
	ck_assert_str_eq(why, "het is geen PNG- of JPEG-bestand");
	arena_free(a);
}
END_TEST

static Suite *escape_suite(void)
{
	Suite *s = suite_create("escape");
	TCase *t = tcase_create("escape");
	tcase_add_test(t, escape_controls);
	tcase_add_test(t, escape_worst_case_fits);
	tcase_add_test(t, image_refusals);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(escape_suite());
}
