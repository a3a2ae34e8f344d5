/* The generated lead (src/text/lead.c): from indicator_status() alone,
 * sentences that agree in number (geen, één, many), small counts in
 * words, met targets in one sentence, and indicators without a target
 * never counted as goals. */
#include <check.h>
#include <string.h>

#include "check_main.h"
#include "model/report.h"
#include "text/lead.h"

static struct datapoint pts[4][2];
static struct indicator inds[4];

/* Indicator i, higher is better, measured 10 then `last` in 2020-2021,
 * with target `target` in `year` (0: no target), judged at the end of 2021. */
static void ind(size_t i, double last, double target, int year)
{
	struct indicator *d = &inds[i];
	memset(d, 0, sizeof *d);
	pts[i][0] = (struct datapoint){{2020, 0, 0, NULL}, {VAL_NUMBER, 10, 0}};
	pts[i][1] = (struct datapoint){{2021, 0, 0, NULL}, {VAL_NUMBER, last, 0}};
	d->naam = "x";
	d->reeks = pts[i];
	d->nreeks = 2;
	d->richting = DIR_HIGHER;
	d->streefwaarde =
	    target ? (struct value){VAL_NUMBER, target, 0} : (struct value){VAL_ABSENT, 0, 0};
	d->streefjaar = year;
	d->peildatum = (struct period){2021, 0, 0, NULL};
}

static size_t lead(size_t n, char out[][LEAD_LEN])
{
	struct report r;
	memset(&r, 0, sizeof r);
	r.indicatoren = inds;
	r.nindicatoren = n;
	return nl_lead(&r, out, LEAD_MAX);
}

START_TEST(agreement)
{
	char out[LEAD_MAX][LEAD_LEN];
	ind(0, 20, 15, 2021); /* gehaald */
	ind(1, 20, 15, 2021); /* gehaald */
	ind(2, 11, 30, 2024); /* niet op koers */
	ind(3, 20, 0, 0);     /* no target */
	ck_assert_uint_eq(lead(4, out), 3);
	ck_assert_str_eq(out[0], "Twee van de drie doelen zijn gehaald.");
	ck_assert_str_eq(out[1], "Eén van de drie doelen ligt niet op koers.");
	ck_assert_str_eq(out[2], "Eén indicator heeft geen streefwaarde.");
	ck_assert_uint_eq(lead(2, out), 1);
	ck_assert_str_eq(out[0], "Beide doelen zijn gehaald.");
	ck_assert_uint_eq(lead(1, out), 1);
	ck_assert_str_eq(out[0], "Het enige doel is gehaald.");
	ind(1, 20, 15, 2030); /* already met before the target year */
	ck_assert_uint_eq(lead(2, out), 1);
	ck_assert_str_eq(out[0], "Beide doelen zijn gehaald of al vóór het streefjaar bereikt.");
}
END_TEST

START_TEST(nothing_to_judge)
{
	char out[LEAD_MAX][LEAD_LEN];
	ck_assert_uint_eq(lead(0, out), 1);
	ck_assert_str_eq(
	    out[0],
	    "De rapportage noemt geen indicatoren; hoe de opgave ervoor staat, is daarom niet in "
	    "cijfers te zeggen.");
	ind(0, 20, 0, 0);
	ind(1, 20, 0, 0);
	ind(2, 20, 0, 0);
	ck_assert_uint_eq(lead(1, out), 1);
	ck_assert_str_eq(out[0], "De enige indicator heeft geen streefwaarde; of de opgave op "
	                         "koers ligt, is daarom niet "
	                         "te zeggen.");
	ck_assert_uint_eq(lead(3, out), 1);
	ck_assert_str_eq(
	    out[0],
	    "Geen van de drie indicatoren heeft een streefwaarde; of de opgave op koers ligt, is "
	    "daarom niet te zeggen.");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("lead");
	TCase *tc = tcase_create("lead");
	tcase_add_test(tc, agreement);
	tcase_add_test(tc, nothing_to_judge);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
