/* Unit tests for loading a report from JSON and the check pass: syntax and
 * type errors with their positions, unknown values, unknown keys, required
 * fields, safe Markdown paths, UTF-8, dates and periods, and the checks of
 * completeness. Each test writes its input into a fresh temporary folder. */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check/check.h"
#include "input/report_json.h"
#include "model/report.h"
#include "util/diag.h"

#define RAPPORT                                                                                    \
	"\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"Test\", \"periode\": \"2022-Q1\", " \
	"\"datum\": \"2022-02-16\"}"
#define OPGAVE "\"opgave\": {\"naam\": \"Opgave\"}"
#define QUADRANTS                                                                                  \
	"\"gedeelde_waarden\": {\"tekst\": \"W.\"}, \"kaders_en_randvoorwaarden\": {\"tekst\": \"K.\"}, " \
	"\"data_en_informatie\": {\"tekst\": \"D.\"}, \"leren_en_verbeteren\": {\"tekst\": \"L.\"}"
#define ONGELIJK                                                                                   \
	"\"ongelijk_investeren\": {\"perspectieven\": [\"basis\"], \"waar\": [\"Overvecht\"], "     \
	"\"wie\": [\"jongeren\"], \"analyse\": \"A.\", \"doel\": \"B.\", \"beleidstheorie\": \"C.\", \"niet_meer_doen\": \"D.\", \"nadeel\": \"E.\", " \
	"\"monitoring\": \"D.\"}"

static char dir[64];      /* the temporary folder */
static char sub[96];      /* dir/in, where the reports are */
static char *out_buf;
static size_t out_len;
static FILE *out_fp;

static void setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/vg_loader_XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(sub, sizeof sub, "%s/in", dir);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	out_fp = open_memstream(&out_buf, &out_len);
	ck_assert_ptr_nonnull(out_fp);
	diag_set_stream(out_fp);
	diag_set_min_level(LEVEL_OK);
	diag_reset();
}

static void teardown(void)
{
	char cmd[128];
	diag_set_stream(NULL);
	fclose(out_fp);
	free(out_buf);
	out_buf = NULL;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static const char *output(void)
{
	fflush(out_fp);
	return out_buf != NULL ? out_buf : "";
}

/* Writes `text` to dir/in/<name>; returns the path (static buffer). */
static const char *write_in(const char *name, const char *text)
{
	static char path[256];
	FILE *fp;
	snprintf(path, sizeof path, "%s/%s", sub, name);
	fp = fopen(path, "wb");
	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fwrite(text, 1, strlen(text), fp), strlen(text));
	ck_assert_int_eq(fclose(fp), 0);
	return path;
}

/* Loads a report made of the given members inside { }. */
static struct report *load(const char *members)
{
	char text[4096];
	snprintf(text, sizeof text, "{\n%s\n}\n", members);
	return report_load(write_in("r.json", text));
}

#define HAS(s) ck_assert_msg(strstr(output(), (s)) != NULL, "no \"%s\" in:\n%s", (s), output())

START_TEST(minimal_valid)
{
	struct report *r = load(RAPPORT ",\n" OPGAVE ",\n" QUADRANTS ",\n" ONGELIJK);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	ck_assert_str_eq(output(), "");
	ck_assert_str_eq(r->meta.titel, "Test");
	ck_assert_int_eq(r->meta.kind, KIND_VOORTGANGSRAPPORTAGE);
	ck_assert_int_eq(r->meta.periode.year, 2022);
	ck_assert_int_eq(r->meta.periode.quarter, 1);
	ck_assert_int_eq(r->meta.datum.month, 2);
	ck_assert_int_eq(r->meta.datum.day, 16);
	ck_assert_str_eq(r->opgave.naam, "Opgave");
	ck_assert_int_eq(r->ongelijk.present, 1);
	ck_assert_int_eq(r->ongelijk.perspectief[PERSP_BASIS], 1);
	ck_assert_int_eq(r->ongelijk.perspectief[PERSP_HERVERDELEN], 0);
	for (int q = 0; q < QUADRANT_MAX; q++)
		ck_assert_int_eq(r->q[q].present, 1);
	ck_assert_int_eq(check_report(r), 0);
	/* complete enough for no warning; the audit may still remark on it */
	ck_assert_int_le(diag_worst(), LEVEL_OPMERKING);
	report_free(r);
}
END_TEST

/* Decimals are printed as written: 12.50 keeps two, -0.200 keeps three,
 * 1e3 (no written decimals) falls back to the shortest form. Strings that
 * look like numbers do not disturb the pairing of numbers and nodes. */
START_TEST(decimals_as_written)
{
	struct report *r = load(RAPPORT ",\n" OPGAVE ",\n" ONGELIJK ",\n"
	                        "\"kaders_en_randvoorwaarden\": {\"prestaties\": ["
	                        "{\"omschrijving\": \"1.5 \\\" 2.25\", \"afgesproken\": 12.50, \"gerealiseerd\": 1e3},"
	                        "{\"omschrijving\": \"b\", \"afgesproken\": -0.200, \"gerealiseerd\": 7}]}");
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(r->nprestaties, 2);
	ck_assert_int_eq(r->prestaties[0].afgesproken.decimals, 2);
	ck_assert_int_eq(r->prestaties[0].gerealiseerd.decimals, 0);
	ck_assert_int_eq(r->prestaties[1].afgesproken.decimals, 3);
	ck_assert(r->prestaties[1].afgesproken.num == -0.2);
	ck_assert_int_eq(r->prestaties[1].gerealiseerd.decimals, 0);
	report_free(r);
}
END_TEST

/* "-" means no figure for that year: absent, not unknown and not zero. */
START_TEST(dash_is_absent)
{
	struct report *r = load(RAPPORT ",\n" OPGAVE ",\n" ONGELIJK ",\n"
	                        "\"kaders_en_randvoorwaarden\": {\"middelen\": {\"jaren\": [2021, 2022], "
	                        "\"posten\": [{\"naam\": \"Regiodeal\", \"begroot\": [\"-\", 550], \"eenmalig\": true}]}}");
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(r->middelen.nposten, 1);
	ck_assert_int_eq(r->middelen.posten[0].begroot[0].kind, VAL_ABSENT);
	ck_assert_int_eq(r->middelen.posten[0].begroot[1].kind, VAL_NUMBER);
	ck_assert(r->middelen.posten[0].begroot[1].q == 5500000);
	report_free(r);
}
END_TEST

START_TEST(syntax_error_position)
{
	char want[256];
	const char *path = write_in("r.json", "{\n  \"rapport\": {\"titel\": \"x\"}\n  \"opgave\": {}\n}\n");
	ck_assert_ptr_null(report_load(path));
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 1);
	snprintf(want, sizeof want, "voortgang: %s:3:10: fout: ", path);
	ck_assert_msg(strncmp(output(), want, strlen(want)) == 0, "%s", output());
}
END_TEST

START_TEST(duplicate_key_rejected)
{
	ck_assert_ptr_null(load(RAPPORT ",\n" RAPPORT ",\n" OPGAVE));
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	HAS("r.json:3:9: fout: "); /* the second "rapport" */
	HAS("twee keer");
}
END_TEST

START_TEST(not_an_object)
{
	ck_assert_ptr_null(report_load(write_in("r.json", "[1, 2]")));
	HAS("r.json:1:1: fout: ");
	ck_assert_ptr_null(report_load(write_in("leeg.json", "")));
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 2);
}
END_TEST

START_TEST(number_as_string)
{
	struct report *r = load(RAPPORT ",\n" OPGAVE ",\n\"kaders_en_randvoorwaarden\": {\"prestaties\": "
	                        "[{\"omschrijving\": \"Gesprekken\", \"afgesproken\": \"1.040\", "
	                        "\"gerealiseerd\": 1040}]}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 1);
	HAS(": $.kaders_en_randvoorwaarden.prestaties[0].afgesproken: fout: ");
	HAS("als tekst");
	ck_assert_uint_eq(r->nprestaties, 1);
	ck_assert_int_eq(r->prestaties[0].afgesproken.kind, VAL_ABSENT);
	ck_assert_int_eq(r->prestaties[0].gerealiseerd.kind, VAL_NUMBER);
	ck_assert_double_eq(r->prestaties[0].gerealiseerd.num, 1040);
	report_free(r);
}
END_TEST

START_TEST(unknown_values)
{
	struct report *r = load(RAPPORT ",\n" OPGAVE ",\n\"kaders_en_randvoorwaarden\": {\"prestaties\": ["
	                        "{\"omschrijving\": \"A\", \"afgesproken\": null, \"gerealiseerd\": \"n.t.b.\"},"
	                        "{\"omschrijving\": \"B\", \"afgesproken\": 12.5}]}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	ck_assert_uint_eq(r->nprestaties, 2);
	ck_assert_int_eq(r->prestaties[0].afgesproken.kind, VAL_UNKNOWN);
	ck_assert_int_eq(r->prestaties[0].gerealiseerd.kind, VAL_UNKNOWN);
	ck_assert_int_eq(r->prestaties[1].afgesproken.kind, VAL_NUMBER);
	ck_assert_double_eq(r->prestaties[1].afgesproken.num, 12.5);
	ck_assert_int_eq(r->prestaties[1].afgesproken.decimals, 1);
	ck_assert_int_eq(r->prestaties[1].gerealiseerd.kind, VAL_ABSENT);
	report_free(r);
}
END_TEST

START_TEST(unknown_key_warns)
{
	struct report *r = load("\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"T\", "
	                        "\"periode\": \"2022\", \"datum\": \"2022-01-01\", \"kenmerkk\": \"x\"},\n" OPGAVE);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_WAARSCHUWING);
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
	HAS(": $.rapport: waarschuwing: ");
	HAS("\"kenmerkk\"");
	ck_assert_ptr_null(r->meta.kenmerk);
	ck_assert_str_eq(r->meta.titel, "T");
	report_free(r);
}
END_TEST

START_TEST(missing_required_field)
{
	struct report *r = load("\"rapport\": {\"soort\": \"voortgangsrapportage\", \"periode\": \"2022\", "
	                        "\"datum\": \"2022-01-01\"},\n" OPGAVE);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 1);
	HAS("r.json: $.rapport.titel: fout: ");
	ck_assert_ptr_null(r->meta.titel);
	report_free(r);
}
END_TEST

START_TEST(wrong_type_and_enum)
{
	struct report *r = load("\"rapport\": {\"soort\": \"brief\", \"titel\": 3, \"periode\": \"2022\", "
	                        "\"datum\": \"2022-01-01\"},\n" OPGAVE);
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 2);
	HAS("$.rapport.soort: fout: \"brief\" is geen geldige keuze");
	HAS("$.rapport.titel: fout: verwacht een tekst");
	report_free(r);
}
END_TEST

START_TEST(markdown_outside_folder_refused)
{
	char outside[256];
	struct report *r;
	FILE *fp;
	snprintf(outside, sizeof outside, "%s/x.md", dir);
	fp = fopen(outside, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("Geheim.\n", fp);
	fclose(fp);
	r = load(RAPPORT ",\n\"opgave\": {\"naam\": \"O\", \"ambitie\": \"../x.md\"}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	HAS(": $.opgave.ambitie: fout: ");
	HAS("buiten");
	ck_assert_uint_eq(r->opgave.ambitie.nblocks, 0);
	report_free(r);
}
END_TEST

START_TEST(symlink_outside_folder_refused)
{
	char outside[256], link[256];
	struct report *r;
	FILE *fp;
	snprintf(outside, sizeof outside, "%s/x.md", dir);
	snprintf(link, sizeof link, "%s/link.md", sub);
	fp = fopen(outside, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("Geheim.\n", fp);
	fclose(fp);
	ck_assert_int_eq(symlink(outside, link), 0);
	r = load(RAPPORT ",\n\"opgave\": {\"naam\": \"O\", \"ambitie\": \"link.md\"}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	HAS("$.opgave.ambitie: fout: ");
	HAS("buiten");
	ck_assert_uint_eq(r->opgave.ambitie.nblocks, 0);
	report_free(r);
}
END_TEST

START_TEST(markdown_inside_folder_read)
{
	struct report *r;
	write_in("ambitie.md", "# Kop\n\nEerste alinea.\n\n- een\n- twee\n");
	r = load(RAPPORT ",\n\"opgave\": {\"naam\": \"O\", \"ambitie\": \"ambitie.md\"}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	ck_assert_uint_eq(r->opgave.ambitie.nblocks, 3);
	ck_assert_int_eq(r->opgave.ambitie.blocks[0].kind, BLOCK_HEADING);
	ck_assert_int_eq(r->opgave.ambitie.blocks[1].kind, BLOCK_PARAGRAPH);
	ck_assert_str_eq(r->opgave.ambitie.blocks[1].text.spans[0].text, "Eerste alinea.");
	ck_assert_int_eq(r->opgave.ambitie.blocks[2].kind, BLOCK_LIST);
	ck_assert_uint_eq(r->opgave.ambitie.blocks[2].nchildren, 2);
	report_free(r);
}
END_TEST

START_TEST(markdown_invalid_utf8)
{
	struct report *r;
	write_in("kapot.md", "Eerste regel.\nTweede regel met \xff fout.\n");
	r = load(RAPPORT ",\n\"opgave\": {\"naam\": \"O\", \"ambitie\": \"kapot.md\"}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 1);
	HAS("kapot.md:2: fout: ");
	HAS("UTF-8");
	ck_assert_uint_eq(r->opgave.ambitie.nblocks, 0);
	report_free(r);
}
END_TEST

START_TEST(check_missing_parts)
{
	struct report *r = load(RAPPORT ",\n" OPGAVE ",\n\"gedeelde_waarden\": {\"tekst\": \"W.\"}, "
	                        "\"kaders_en_randvoorwaarden\": {}, \"data_en_informatie\": {}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	ck_assert_int_eq(check_report(r), 1);
	ck_assert_int_eq(diag_worst(), LEVEL_FOUT);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 1);
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 1);
	HAS("r.json: $.ongelijk_investeren: fout: ");
	HAS("r.json: $.leren_en_verbeteren: waarschuwing: ");
	ck_assert_ptr_null(strstr(output(), "$.data_en_informatie: waarschuwing"));
	report_free(r);
}
END_TEST

START_TEST(invalid_period_and_date)
{
	struct report *r = load("\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"T\", "
	                        "\"periode\": \"2022-Q5\", \"datum\": \"2022-02-30\"},\n" OPGAVE);
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 2);
	HAS("$.rapport.periode: fout: periode \"2022-Q5\" is ongeldig");
	HAS("$.rapport.datum: fout: datum \"2022-02-30\" is ongeldig");
	ck_assert_int_eq(r->meta.periode.year, 0);
	report_free(r);
}
END_TEST

START_TEST(series_out_of_order)
{
	struct report *r = load(RAPPORT ",\n" OPGAVE ",\n" ONGELIJK ",\n"
	                        "\"gedeelde_waarden\": {}, \"kaders_en_randvoorwaarden\": {}, "
	                        "\"leren_en_verbeteren\": {}, \"data_en_informatie\": {\"indicatoren\": [{"
	                        "\"naam\": \"Score\", \"eenheid\": \"%\", \"bron\": \"CBS\", \"streefwaarde\": 5, "
	                        "\"streefjaar\": 2030, \"reeks\": [{\"periode\": \"2021\", \"waarde\": 1}, "
	                        "{\"periode\": \"2023\", \"waarde\": 2}, {\"periode\": \"2022\", \"waarde\": 3}, "
	                        "{\"periode\": \"2022\", \"waarde\": null}]}]}");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	ck_assert_uint_eq(r->indicatoren[0].nreeks, 4);
	ck_assert_int_eq(r->indicatoren[0].reeks[3].waarde.kind, VAL_UNKNOWN);
	ck_assert_int_eq(check_report(r), 0);
	ck_assert_int_eq(diag_worst(), LEVEL_WAARSCHUWING);
	/* out of order, twice, and two measurements after the report's period */
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 4);
	HAS("$.data_en_informatie.indicatoren[0].reeks[2]: waarschuwing: periode \"2022\" staat na \"2023\"");
	HAS("$.data_en_informatie.indicatoren[0].reeks[1]: waarschuwing: meting over \"2023\" ligt na de rapportageperiode");
	HAS("$.data_en_informatie.indicatoren[0].reeks[3]: waarschuwing: periode \"2022\" komt twee keer voor");
	report_free(r);
}
END_TEST

static Suite *loader_suite(void)
{
	Suite *s = suite_create("loader");
	TCase *json = tcase_create("json");
	TCase *files = tcase_create("files");
	TCase *check = tcase_create("check");
	tcase_add_checked_fixture(json, setup, teardown);
	tcase_add_checked_fixture(files, setup, teardown);
	tcase_add_checked_fixture(check, setup, teardown);
	tcase_add_test(json, minimal_valid);
	tcase_add_test(json, decimals_as_written);
	tcase_add_test(json, dash_is_absent);
	tcase_add_test(json, syntax_error_position);
	tcase_add_test(json, duplicate_key_rejected);
	tcase_add_test(json, not_an_object);
	tcase_add_test(json, number_as_string);
	tcase_add_test(json, unknown_values);
	tcase_add_test(json, unknown_key_warns);
	tcase_add_test(json, missing_required_field);
	tcase_add_test(json, wrong_type_and_enum);
	tcase_add_test(json, invalid_period_and_date);
	tcase_add_test(files, markdown_outside_folder_refused);
	tcase_add_test(files, symlink_outside_folder_refused);
	tcase_add_test(files, markdown_inside_folder_read);
	tcase_add_test(files, markdown_invalid_utf8);
	tcase_add_test(check, check_missing_parts);
	tcase_add_test(check, series_out_of_order);
	suite_add_tcase(s, json);
	suite_add_tcase(s, files);
	suite_add_tcase(s, check);
	return s;
}

int main(void)
{
	return run_suite(loader_suite());
}
