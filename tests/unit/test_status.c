/* The status model (src/model/status.c): the target date decides between
 * a trend judgement and gehaald / niet gehaald; a band; relative targets;
 * every unknown status has its reason; and the goal phrases. */
#include <check.h>
#include <string.h>

#include "check_main.h"
#include "model/status.h"
#include "text/goal.h"

static struct value num(double v, int d)
{
	return (struct value){VAL_NUMBER, v, d};
}

static struct datapoint pts[8];

/* An indicator with yearly values from `from` on. */
static struct indicator yearly(int from, const double *v, size_t n)
{
	struct indicator ind = {0};
	for (size_t i = 0; i < n; i++) {
		pts[i].periode = (struct period){from + (int)i, 0, 0, NULL};
		pts[i].waarde = num(v[i], 0);
	}
	ind.naam = "x";
	ind.reeks = pts;
	ind.nreeks = n;
	return ind;
}

static enum status_kind kind(const struct indicator *ind)
{
	return indicator_status(ind).kind;
}

static enum status_reason reason(const struct indicator *ind)
{
	return indicator_status(ind).reason;
}

/* The Q4 2022 sample: 31.900 against 30.000 in 2022, lower is better. At
 * the end of 2022 that is niet gehaald, never op koers; in Q1 2022, with
 * 2021's 33.800, the line from the 2018 baseline reaches 30.733: niet op
 * koers. */
START_TEST(target_date_decides)
{
	static const double v[] = {43000, 41500, 40200, 33800, 31900};
	struct indicator ind = yearly(2018, v, 5);
	ind.richting = DIR_LOWER;
	ind.streefwaarde = num(30000, 0);
	ind.streefjaar = 2022;
	ind.basis = pts[0];
	ind.peildatum = (struct period){2022, 4, 0, NULL};
	ck_assert_int_eq(kind(&ind), STATUS_NIET_GEHAALD);
	ind.streefwaarde = num(32000, 0);
	ck_assert_int_eq(kind(&ind), STATUS_GEHAALD);
	/* Q1 2022: the 2022 value is not there yet */
	ind.streefwaarde = num(30000, 0);
	ind.nreeks = 4;
	ind.peildatum = (struct period){2022, 1, 0, NULL};
	ck_assert_int_eq(kind(&ind), STATUS_NIET_OP_KOERS);
	ck_assert_double_eq_tol(indicator_status(&ind).projected, 33800 - 9200.0 / 3, 1e-6);
	ind.streefwaarde = num(31000, 0);
	ck_assert_int_eq(kind(&ind), STATUS_OP_KOERS);
	ind.streefwaarde = num(34000, 0);
	ck_assert_int_eq(kind(&ind), STATUS_BEREIKT);
	/* Q4 2022 without a 2022 measurement: not judged, and why */
	ind.streefwaarde = num(30000, 0);
	ind.peildatum = (struct period){2022, 4, 0, NULL};
	ck_assert_int_eq(kind(&ind), STATUS_ONBEKEND);
	ck_assert_int_eq(reason(&ind), REASON_STREEFJAAR_NIET_GEMETEN);
}
END_TEST

/* Quarterly values against a yearly target: Q4 2022 is the end of 2022. */
START_TEST(quarters_against_a_year)
{
	struct indicator ind = {0};
	double v[] = {6.1, 5.4, 4.7, 3.9};
	for (int i = 0; i < 4; i++) {
		pts[i].periode = (struct period){2022, i + 1, 0, NULL};
		pts[i].waarde = num(v[i], 1);
	}
	ind.reeks = pts;
	ind.nreeks = 4;
	ind.richting = DIR_LOWER;
	ind.streefwaarde = num(4, 0);
	ind.streefjaar = 2022;
	ind.peildatum = (struct period){2022, 4, 0, NULL};
	ck_assert_int_eq(kind(&ind), STATUS_GEHAALD);
	ind.nreeks = 3; /* Q3 report: 4,7 and falling 0,7 a quarter reaches 4 by the end of the year */
	ind.peildatum = (struct period){2022, 3, 0, NULL};
	ck_assert_int_eq(kind(&ind), STATUS_OP_KOERS);
	ind.streefwaarde = num(3, 0);
	ck_assert_int_eq(kind(&ind), STATUS_NIET_OP_KOERS);
}
END_TEST

/* Every unknown status says why. */
START_TEST(reasons)
{
	static const double v[] = {10, 12};
	struct indicator ind = yearly(2021, v, 2);
	char b[128];
	ck_assert_int_eq(reason(&ind), REASON_GEEN_DOEL);
	ind.streefwaarde = (struct value){VAL_UNKNOWN, 0, 0};
	ck_assert_int_eq(reason(&ind), REASON_DOEL_NTB);
	ind.streefwaarde = num(20, 0);
	ck_assert_int_eq(reason(&ind), REASON_GEEN_RICHTING);
	ind.richting = DIR_HIGHER;
	ck_assert_int_eq(reason(&ind), REASON_GEEN_STREEFJAAR);
	ind.streefjaar = 2030;
	ck_assert_int_eq(kind(&ind), STATUS_OP_KOERS); /* +2 a year reaches 20 by 2030 */
	ind.basis.periode = (struct period){2022, 0, 0, NULL};
	ind.basis.waarde = num(12, 0); /* the baseline is the latest value: no trend since */
	ck_assert_int_eq(reason(&ind), REASON_TE_WEINIG);
	ck_assert_str_eq(nl_status(b, sizeof b, &ind), "onbekend (geen meting na de nulmeting)");
	ind.nreeks = 0;
	ck_assert_int_eq(reason(&ind), REASON_GEEN_METING);
}
END_TEST

/* A band is met inside it, or beyond it on the better side. */
START_TEST(band)
{
	static const double v[] = {10, 12};
	struct indicator ind = yearly(2021, v, 2);
	ind.band_laag = num(11, 0);
	ind.band_hoog = num(13, 0);
	ind.streefjaar = 2030;
	ck_assert_int_eq(kind(&ind), STATUS_BEREIKT); /* no direction needed */
	ind.band_laag = num(20, 0);
	ind.band_hoog = num(30, 0);
	ck_assert_int_eq(kind(&ind), STATUS_OP_KOERS); /* rising 2 a year: 28 at the end of 2030 */
	ind.band_laag = num(14, 0);
	ind.band_hoog = num(15, 0);
	ck_assert_int_eq(kind(&ind), STATUS_NIET_OP_KOERS); /* without a direction, 28 overshoots the band */
	ind.band_laag = num(5, 0);
	ind.band_hoog = num(8, 0);
	ck_assert_int_eq(kind(&ind), STATUS_NIET_OP_KOERS); /* rising away from it */
	ind.richting = DIR_HIGHER;
	ck_assert_int_eq(kind(&ind), STATUS_BEREIKT); /* above the band is better */
	ind.band_laag = num(9, 0); /* upside down: no target, and that is the reason */
	ck_assert_int_eq(reason(&ind), REASON_BAND_OMGEKEERD);
}
END_TEST

/* "In 2040 de helft minder dan in 2022": the value follows from 2022's. */
START_TEST(relative)
{
	static const double v[] = {11.9, 12.8};
	struct indicator ind = yearly(2021, v, 2);
	char b[160];
	pts[0].waarde.decimals = pts[1].waarde.decimals = 1;
	pts[0].waarde.num = 11.9;
	pts[1].waarde.num = 12.8;
	ind.richting = DIR_LOWER;
	ind.streefjaar = 2040;
	ind.relatief = (struct relative_target){1, {2022, 0, 0, NULL}, 0, num(-50, 0)};
	ck_assert_int_eq(indicator_resolve_relative(&ind), 0);
	ck_assert_double_eq_tol(ind.streefwaarde.num, 6.4, 1e-9);
	ck_assert_int_eq(ind.streefwaarde.decimals, 1);
	ck_assert_str_eq(nl_goal(b, sizeof b, &ind), "6,4 in 2040 (50% lager dan in 2022)");
	ind.relatief.ten_opzichte_van.year = 2021;
	ind.relatief.getal = num(-25, 0);
	indicator_resolve_relative(&ind);
	ck_assert_str_eq(nl_goal(b, sizeof b, &ind), "8,925 in 2040 (25% lager dan in 2021)");
	/* a reference still to come: n.t.b., and not an absent goal */
	ind.relatief.ten_opzichte_van.year = 2023;
	ck_assert_int_eq(indicator_resolve_relative(&ind), -1);
	ck_assert_str_eq(nl_goal(b, sizeof b, &ind), "n.t.b. in 2040 (25% lager dan in 2023)");
	ck_assert_int_eq(reason(&ind), REASON_REFERENTIE);
	ck_assert(indicator_target_pending(&ind));
	ck_assert(!indicator_target_ntb(&ind));
	ind.relatief.ten_opzichte_van.year = 2022;
	ind.relatief.is_factor = 1;
	ind.relatief.getal = num(2, 0);
	indicator_resolve_relative(&ind);
	ck_assert_str_eq(nl_goal(b, sizeof b, &ind), "25,6 in 2040 (2 keer de waarde van 2022)");
}
END_TEST

/* By period, not by position; only up to the peildatum; the target year
 * judged on a measurement over that year. */
START_TEST(order_and_peildatum)
{
	static const double v[] = {1010, 900};
	struct indicator ind = yearly(2021, v, 2);
	pts[0].periode.year = 2022; /* 2022 first, 2021 second: out of order */
	pts[1].periode.year = 2021;
	ind.richting = DIR_HIGHER;
	ind.streefwaarde = num(1000, 0);
	ind.streefjaar = 2025;
	ck_assert_int_eq(kind(&ind), STATUS_BEREIKT); /* 1.010 in 2022 is the latest */
	/* a Q1 2022 report: the 2022 figure comes after it and does not count */
	ind.peildatum = (struct period){2022, 1, 0, NULL};
	ck_assert_int_eq(reason(&ind), REASON_EEN_METING);
	/* a target for 2015 with no 2015 figure is not "gehaald" by a later one */
	ind.peildatum = (struct period){2022, 4, 0, NULL};
	ind.streefjaar = 2015;
	ck_assert_int_eq(reason(&ind), REASON_STREEFJAAR_NIET_GEMETEN);
	/* a first quarter is no measurement over the year */
	pts[0].periode = (struct period){2022, 1, 0, NULL};
	ind.streefjaar = 2022;
	ck_assert_int_eq(reason(&ind), REASON_STREEFJAAR_NIET_GEMETEN);
	pts[0].periode = (struct period){2022, 4, 0, NULL};
	ck_assert_int_eq(kind(&ind), STATUS_GEHAALD);
}
END_TEST

/* A percentage of a negative or zero reference is refused. */
START_TEST(relative_needs_positive_reference)
{
	static const double v[] = {-10};
	struct indicator ind = yearly(2021, v, 1);
	ind.relatief = (struct relative_target){1, {2021, 0, 0, NULL}, 0, num(-50, 0)};
	ck_assert_int_eq(indicator_resolve_relative(&ind), -2);
	ck_assert_int_eq(ind.streefwaarde.kind, VAL_UNKNOWN);
}
END_TEST

START_TEST(period_ends)
{
	ck_assert_double_eq(period_end(&(struct period){2022, 0, 0, NULL}), 2023.0);
	ck_assert_double_eq(period_end(&(struct period){2022, 1, 0, NULL}), 2022.25);
	ck_assert_double_eq(period_end(&(struct period){2022, 0, 3, NULL}), 2022.25);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("status");
	TCase *tc = tcase_create("status");
	tcase_add_test(tc, target_date_decides);
	tcase_add_test(tc, quarters_against_a_year);
	tcase_add_test(tc, reasons);
	tcase_add_test(tc, band);
	tcase_add_test(tc, relative);
	tcase_add_test(tc, period_ends);
	tcase_add_test(tc, order_and_peildatum);
	tcase_add_test(tc, relative_needs_positive_reference);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
