/* Unit tests for diagnostics: the one message format, levels, counting,
 * the minimum printed level, exit statuses and the code table. */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

static char *out_buf;
static size_t out_len;
static FILE *out_fp;

static void setup(void)
{
	out_fp = open_memstream(&out_buf, &out_len);
	ck_assert_ptr_nonnull(out_fp);
	diag_set_stream(out_fp);
	diag_set_min_level(LEVEL_OK);
	diag_reset();
}

static void teardown(void)
{
	diag_set_stream(NULL);
	fclose(out_fp);
	free(out_buf);
	out_buf = NULL;
}

/* Everything printed so far. */
static const char *output(void)
{
	fflush(out_fp);
	return out_buf != NULL ? out_buf : "";
}

/* Forgets what was printed so far. */
static void clear_output(void)
{
	teardown();
	out_fp = open_memstream(&out_buf, &out_len);
	ck_assert_ptr_nonnull(out_fp);
	diag_set_stream(out_fp);
}

START_TEST(format_line_col)
{
	msg_at(D_JSON_SYNTAX, "data/x.json", 12, 7, "text");
	ck_assert_str_eq(output(), "voortgang: data/x.json:12:7: fout: text\n");
}
END_TEST

START_TEST(format_json_path)
{
	msg_path(D_JSON_UNKNOWN_KEY, "data/x.json", "$.a.b", "text");
	ck_assert_str_eq(output(), "voortgang: data/x.json: $.a.b: waarschuwing: text\n");
}
END_TEST

START_TEST(format_variants)
{
	struct diag_loc both = {"t.md", 3, 4, "$.x"};
	msg_at(D_UTF8, "t.md", 5, 0, "alleen regel %d", 5);
	ck_assert_str_eq(output(), "voortgang: t.md:5: fout: alleen regel 5\n");
	clear_output();
	msg_at(D_FONT, "fonts/x.ttf", 0, 9, "geen regel");
	ck_assert_str_eq(output(), "voortgang: fonts/x.ttf: fout: geen regel\n");
	clear_output();
	msg(D_UNKNOWN_VALUE, NULL, "zonder plaats");
	ck_assert_str_eq(output(), "voortgang: opmerking: zonder plaats\n");
	clear_output();
	msg(D_JSON_TYPE, &both, "%s en %s", "regel", "pad");
	ck_assert_str_eq(output(), "voortgang: t.md:3:4: $.x: fout: regel en pad\n");
	clear_output();
	msg_path(D_DUPLICATE, NULL, "$.y", "alleen pad");
	ck_assert_str_eq(output(), "voortgang: $.y: waarschuwing: alleen pad\n");
	clear_output();
	/* usage and system errors print as "fout" too */
	msg(D_USAGE, NULL, "gebruik");
	msg(D_OUTPUT, NULL, "systeem");
	ck_assert_str_eq(output(), "voortgang: fout: gebruik\nvoortgang: fout: systeem\n");
}
END_TEST

START_TEST(levels_of_codes)
{
	ck_assert_int_eq(diag_level_of(D_JSON_SYNTAX), LEVEL_FOUT);
	ck_assert_int_eq(diag_level_of(D_JSON_UNKNOWN_KEY), LEVEL_WAARSCHUWING);
	ck_assert_int_eq(diag_level_of(D_UNKNOWN_VALUE), LEVEL_OPMERKING);
	ck_assert_int_eq(diag_level_of(D_USAGE), LEVEL_GEBRUIK);
	ck_assert_int_eq(diag_level_of(D_OUTPUT), LEVEL_SYSTEEM);
	ck_assert_int_eq(diag_level_of(DIAG_MAX), LEVEL_SYSTEEM); /* out of range */
	ck_assert_str_eq(diag_name(DIAG_MAX), "?");
	ck_assert_str_eq(diag_text(DIAG_MAX), "?");
	ck_assert_str_eq(diag_level_name(LEVEL_OPMERKING), "opmerking");
	ck_assert_str_eq(diag_level_name(LEVEL_WAARSCHUWING), "waarschuwing");
	ck_assert_str_eq(diag_level_name(LEVEL_FOUT), "fout");
	ck_assert_str_eq(diag_level_name(LEVEL_MAX), "?");
	ck_assert_str_eq(diag_name(D_FILE_PATH), "pad-buiten-map");
	ck_assert_str_eq(diag_name(D_GLYPH), "teken-ontbreekt");
}
END_TEST

START_TEST(worst_and_counts)
{
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	ck_assert_int_eq(diag_exit_status(diag_worst()), 0);
	msg(D_UNKNOWN_VALUE, NULL, "a");
	ck_assert_int_eq(diag_worst(), LEVEL_OPMERKING);
	ck_assert_int_eq(diag_exit_status(diag_worst()), 0);
	msg(D_JSON_UNKNOWN_KEY, NULL, "b");
	msg(D_EMPTY_TEXT, NULL, "c");
	ck_assert_int_eq(diag_worst(), LEVEL_WAARSCHUWING);
	ck_assert_int_eq(diag_exit_status(diag_worst()), 0);
	msg(D_DATE, NULL, "d");
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	ck_assert_int_eq(diag_exit_status(diag_worst()), 1);
	msg(D_GLYPH, NULL, "e"); /* a lower level does not lower the worst */
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	ck_assert_uint_eq(diag_count(LEVEL_OPMERKING), 1);
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 3);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 1);
	ck_assert_uint_eq(diag_count(LEVEL_SYSTEEM), 0);
	ck_assert_uint_eq(diag_count(LEVEL_MAX), 0);
	msg(D_USAGE, NULL, "f");
	ck_assert_int_eq(diag_exit_status(diag_worst()), 2);
	msg(D_PDF, NULL, "g");
	ck_assert_int_eq(diag_exit_status(diag_worst()), 3);
	msg(D_USAGE, NULL, "h"); /* system outranks usage */
	ck_assert_int_eq(diag_worst(), LEVEL_SYSTEEM);
	diag_reset();
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	for (int l = LEVEL_OK; l < LEVEL_MAX; l++)
		ck_assert_uint_eq(diag_count((enum diag_level)l), 0);
}
END_TEST

START_TEST(exit_statuses)
{
	ck_assert_int_eq(diag_exit_status(LEVEL_OK), 0);
	ck_assert_int_eq(diag_exit_status(LEVEL_OPMERKING), 0);
	ck_assert_int_eq(diag_exit_status(LEVEL_WAARSCHUWING), 0);
	ck_assert_int_eq(diag_exit_status(LEVEL_FOUT), 1);
	ck_assert_int_eq(diag_exit_status(LEVEL_GEBRUIK), 2);
	ck_assert_int_eq(diag_exit_status(LEVEL_SYSTEEM), 3);
}
END_TEST

START_TEST(min_level_filters_printing_only)
{
	diag_set_min_level(LEVEL_FOUT);
	msg(D_UNKNOWN_VALUE, NULL, "stil");
	msg_path(D_JSON_UNKNOWN_KEY, "x.json", "$.a", "stil");
	ck_assert_str_eq(output(), "");
	ck_assert_uint_eq(diag_count(LEVEL_OPMERKING), 1);
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
	ck_assert_int_eq(diag_worst(), LEVEL_WAARSCHUWING);
	msg_at(D_JSON_SYNTAX, "x.json", 1, 2, "luid");
	ck_assert_str_eq(output(), "voortgang: x.json:1:2: fout: luid\n");
	msg(D_OUTPUT, NULL, "hoger");
	ck_assert_str_eq(output(), "voortgang: x.json:1:2: fout: luid\nvoortgang: fout: hoger\n");
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 1);
	/* back to everything */
	diag_set_min_level(LEVEL_OK);
	clear_output();
	msg(D_UNKNOWN_VALUE, NULL, "weer");
	ck_assert_str_eq(output(), "voortgang: opmerking: weer\n");
}
END_TEST

START_TEST(long_message_not_truncated)
{
	char big[3000], want[3100];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	msg_path(D_JSON_LIMIT, "f.json", "$.a", "%s", big);
	snprintf(want, sizeof want, "voortgang: f.json: $.a: fout: %s\n", big);
	ck_assert_str_eq(output(), want);
}
END_TEST

START_TEST(code_table)
{
	for (int i = 0; i < DIAG_MAX; i++) {
		const char *name = diag_name((enum diag_code)i), *text = diag_text((enum diag_code)i);
		enum diag_level l = diag_level_of((enum diag_code)i);
		ck_assert_ptr_nonnull(name);
		ck_assert_ptr_nonnull(text);
		ck_assert_msg(name[0] != '\0', "code %d has no name", i);
		ck_assert_msg(strlen(text) > 10, "code %d (%s) has no explanation", i, name);
		ck_assert_msg(text[strlen(text) - 1] == '.', "explanation of %s ends without a full stop", name);
		/* names are lower case words joined by hyphens (man page) */
		ck_assert_msg(strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen(name),
		              "name %s", name);
		ck_assert_int_ge(l, LEVEL_OPMERKING);
		ck_assert_int_lt(l, LEVEL_MAX);
		for (int j = 0; j < i; j++)
			ck_assert_msg(strcmp(name, diag_name((enum diag_code)j)) != 0, "name %s used twice", name);
	}
}
END_TEST

static Suite *diag_suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc = tcase_create("diag");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, format_line_col);
	tcase_add_test(tc, format_json_path);
	tcase_add_test(tc, format_variants);
	tcase_add_test(tc, levels_of_codes);
	tcase_add_test(tc, worst_and_counts);
	tcase_add_test(tc, exit_statuses);
	tcase_add_test(tc, min_level_filters_printing_only);
	tcase_add_test(tc, long_message_not_truncated);
	tcase_add_test(tc, code_table);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(diag_suite());
}
