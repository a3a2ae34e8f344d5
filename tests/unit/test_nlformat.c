/* Unit tests for Dutch number, money, percentage, date and period formatting
 * and for the strict ISO date and period parsers. */
#include <check.h>

#include "check_main.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/nlformat.h"

/* Formats v with d decimals and compares with want. */
#define NUM_IS(v, d, want)                                                              \
	do {                                                                            \
		char b_[64];                                                            \
		ck_assert_str_eq(nl_number(b_, sizeof b_, (v), (d)), (want));          \
	} while (0)

START_TEST(number_thousands)
{
	NUM_IS(0, 0, "0");
	NUM_IS(7, 0, "7");
	NUM_IS(999, 0, "999");
	NUM_IS(1000, 0, "1.000");
	NUM_IS(1040, 0, "1.040");
	NUM_IS(-1040, 0, "-1.040");
	NUM_IS(123456, 0, "123.456");
	NUM_IS(1234567, 0, "1.234.567");
	NUM_IS(1234567.891, 2, "1.234.567,89");
	NUM_IS(1e15, 0, "1.000.000.000.000.000");
	NUM_IS(-1e15, 2, "-1.000.000.000.000.000,00");
}
END_TEST

START_TEST(number_decimals)
{
	NUM_IS(1040.5, 2, "1.040,50");
	NUM_IS(-12.5, 1, "-12,5");
	NUM_IS(12.5, 1, "12,5");
	NUM_IS(0.5, 3, "0,500");
	NUM_IS(3.14159265, 6, "3,141593");
	NUM_IS(0.000001, 6, "0,000001");
	/* out-of-range decimals are clamped to 0-6 */
	NUM_IS(2.25, -3, "2");
	NUM_IS(1.0, 9, "1,000000");
}
END_TEST

START_TEST(number_rounding)
{
	NUM_IS(2.5, 0, "3");
	NUM_IS(-2.5, 0, "-3");
	NUM_IS(3.5, 0, "4");
	NUM_IS(2.4, 0, "2");
	NUM_IS(0.125, 2, "0,13");
	NUM_IS(-0.125, 2, "-0,13");
	/* decimals as written in the input round as a person expects */
	NUM_IS(1.005, 2, "1,01");
	NUM_IS(2.675, 2, "2,68");
	NUM_IS(1.045, 2, "1,05");
	NUM_IS(0.1 + 0.2, 2, "0,30");
	/* carries across separators */
	NUM_IS(999.5, 0, "1.000");
	NUM_IS(999999.996, 2, "1.000.000,00");
	NUM_IS(9.96, 1, "10,0");
	NUM_IS(0.5, 0, "1");
	NUM_IS(0.05, 1, "0,1");
	NUM_IS(0.0049, 2, "0,00");
}
END_TEST

START_TEST(number_no_negative_zero)
{
	NUM_IS(0.0004, 2, "0,00");
	NUM_IS(-0.004, 2, "0,00");
	NUM_IS(-0.0, 0, "0");
	NUM_IS(-0.4, 0, "0");
	NUM_IS(-1e-300, 6, "0,000000");
	NUM_IS(-0.005, 2, "-0,01");
}
END_TEST

START_TEST(number_nonfinite_and_huge)
{
	NUM_IS(NAN, 2, "n.t.b.");
	NUM_IS(INFINITY, 0, "n.t.b.");
	NUM_IS(-INFINITY, 0, "n.t.b.");
	NUM_IS(1e21, 2, "1,00e+21");
	NUM_IS(-1.5e300, 1, "-1,5e+300");
	NUM_IS(9.99e20, 0, "999.000.000.000.000.000.000");
}
END_TEST

START_TEST(number_small_buffer)
{
	char b[6];

	ck_assert_str_eq(nl_number(b, sizeof b, 1234567, 0), "1.234");
	ck_assert_ptr_eq(nl_number(b, 0, 1, 0), b);
}
END_TEST

START_TEST(value_kinds)
{
	char b[64];
	struct value num = {VAL_NUMBER, 12.5, 1};
	struct value whole = {VAL_NUMBER, 1040, 0};
	struct value unknown = {VAL_UNKNOWN, 0, 0};
	struct value absent = {VAL_ABSENT, 0, 0};

	ck_assert_str_eq(nl_value(b, sizeof b, &num), "12,5");
	ck_assert_str_eq(nl_value(b, sizeof b, &whole), "1.040");
	ck_assert_str_eq(nl_value(b, sizeof b, &unknown), "n.t.b.");
	ck_assert_str_eq(nl_value(b, sizeof b, &absent), ".");
	/* a measurement is never to be decided: "." for unknown and absent */
	ck_assert_str_eq(nl_measured(b, sizeof b, &unknown), ".");
	ck_assert_str_eq(nl_measured(b, sizeof b, &absent), ".");
	ck_assert_str_eq(nl_measured(b, sizeof b, &whole), "1.040");
}
END_TEST

START_TEST(money)
{
	char b[64];

	ck_assert_str_eq(nl_money(b, sizeof b, 1040, 0), "\xe2\x82\xac\xc2\xa0" "1.040");
	ck_assert_str_eq(nl_money(b, sizeof b, 1040.5, 2), "\xe2\x82\xac\xc2\xa0" "1.040,50");
	ck_assert_str_eq(nl_money(b, sizeof b, -250000, 0), "\xe2\x82\xac\xc2\xa0" "-250.000");
	ck_assert_str_eq(nl_money(b, sizeof b, -0.001, 2), "\xe2\x82\xac\xc2\xa0" "0,00");
	ck_assert_str_eq(nl_money(b, sizeof b, NAN, 0), "n.t.b.");
}
END_TEST

START_TEST(percent)
{
	char b[64];

	ck_assert_str_eq(nl_percent(b, sizeof b, 12.5, 1), "12,5%");
	ck_assert_str_eq(nl_percent(b, sizeof b, -12.5, 1), "-12,5%");
	ck_assert_str_eq(nl_percent(b, sizeof b, 100, 0), "100%");
	ck_assert_str_eq(nl_percent(b, sizeof b, 1234.5, 0), "1.235%");
	ck_assert_str_eq(nl_percent(b, sizeof b, NAN, 1), "n.t.b.");
}
END_TEST

START_TEST(date_format)
{
	char b[64];
	struct date d = {2022, 2, 16};
	struct date absent = {0, 0, 0};
	struct date bad = {2022, 13, 1};

	ck_assert_str_eq(nl_date(b, sizeof b, &d), "16 februari 2022");
	d = (struct date){2023, 12, 1};
	ck_assert_str_eq(nl_date(b, sizeof b, &d), "1 december 2023");
	ck_assert_str_eq(nl_date(b, sizeof b, &absent), "");
	ck_assert_str_eq(nl_date(b, sizeof b, &bad), "");
	ck_assert_str_eq(nl_month_name[3], "maart");
	ck_assert_str_eq(nl_month_abbr[3], "mrt");
}
END_TEST

START_TEST(period_forms)
{
	static const char *const ordinal[5] = {"", "eerste", "tweede", "derde", "vierde"};
	char b[64], want[64];
	struct period p = {2022, 0, 0, "2022"};
	int q;

	for (q = 1; q <= 4; q++) {
		p.quarter = q;
		snprintf(want, sizeof want, "%s kwartaal 2022", ordinal[q]);
		ck_assert_str_eq(nl_period_long(b, sizeof b, &p), want);
		snprintf(want, sizeof want, "Q%d 2022", q);
		ck_assert_str_eq(nl_period_short(b, sizeof b, &p), want);
	}
	p = (struct period){2022, 0, 3, "2022-03"};
	ck_assert_str_eq(nl_period_long(b, sizeof b, &p), "maart 2022");
	ck_assert_str_eq(nl_period_short(b, sizeof b, &p), "mrt 2022");
	p = (struct period){2022, 0, 0, "2022"};
	ck_assert_str_eq(nl_period_long(b, sizeof b, &p), "2022");
	ck_assert_str_eq(nl_period_short(b, sizeof b, &p), "2022");
	p = (struct period){0, 0, 0, NULL};
	ck_assert_str_eq(nl_period_long(b, sizeof b, &p), "");
}
END_TEST

START_TEST(parse_date_valid)
{
	struct date d;

	ck_assert_int_eq(nl_parse_date("2022-02-16", &d), 0);
	ck_assert_int_eq(d.year, 2022);
	ck_assert_int_eq(d.month, 2);
	ck_assert_int_eq(d.day, 16);
	ck_assert_int_eq(nl_parse_date("2024-02-29", &d), 0);
	ck_assert_int_eq(d.day, 29);
	ck_assert_int_eq(nl_parse_date("2000-02-29", &d), 0);
	ck_assert_int_eq(nl_parse_date("1900-01-01", &d), 0);
	ck_assert_int_eq(nl_parse_date("2999-12-31", &d), 0);
}
END_TEST

START_TEST(parse_date_invalid)
{
	static const char *const bad[] = {
	    "2022-02-30", "2022-13-01", "2023-02-29", "1900-02-29", "2022-04-31",
	    "2022-00-10", "2022-01-00", "2022-2-16",  "22-02-16",   "2022-02-16x",
	    "2022-02-16 ", " 2022-02-16", "2022/02/16", "1899-12-31", "3000-01-01",
	    "",           "2022-02",    "2022-0a-16", "+022-02-16",
	};
	struct date d = {1, 2, 3};
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(nl_parse_date(bad[i], &d) == -1, "accepted \"%s\"", bad[i]);
	ck_assert_int_eq(nl_parse_date(NULL, &d), -1);
	/* untouched on failure */
	ck_assert_int_eq(d.year, 1);
	ck_assert_int_eq(d.day, 3);
}
END_TEST

START_TEST(parse_period_valid)
{
	struct period p;
	const char *s = "2022-Q1";

	ck_assert_int_eq(nl_parse_period(s, &p), 0);
	ck_assert_int_eq(p.year, 2022);
	ck_assert_int_eq(p.quarter, 1);
	ck_assert_int_eq(p.month, 0);
	ck_assert_ptr_eq(p.text, s);
	ck_assert_int_eq(nl_parse_period("2022-q4", &p), 0);
	ck_assert_int_eq(p.quarter, 4);
	ck_assert_int_eq(nl_parse_period("2022-03", &p), 0);
	ck_assert_int_eq(p.month, 3);
	ck_assert_int_eq(p.quarter, 0);
	ck_assert_int_eq(nl_parse_period("2022", &p), 0);
	ck_assert_int_eq(p.year, 2022);
	ck_assert_int_eq(p.month, 0);
	ck_assert_int_eq(p.quarter, 0);
}
END_TEST

START_TEST(parse_period_invalid)
{
	static const char *const bad[] = {
	    "2022-Q5", "2022-Q0", "22-Q1",   "2022-Q1x", "2022-Q",  "2022-13",
	    "2022-00", "2022-3",  "2022-",   "202",      "20222",   "2022 ",
	    "Q1-2022", "",        "2022-K1", "1899",     "2022-Q12", "2022-03-01",
	};
	struct period p = {7, 0, 0, NULL};
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(nl_parse_period(bad[i], &p) == -1, "accepted \"%s\"", bad[i]);
	ck_assert_int_eq(nl_parse_period(NULL, &p), -1);
	ck_assert_int_eq(p.year, 7);
}
END_TEST

static Suite *nlformat_suite(void)
{
	Suite *s = suite_create("nlformat");
	TCase *num = tcase_create("number");
	TCase *other = tcase_create("money-date-period");
	TCase *parse = tcase_create("parse");

	tcase_add_test(num, number_thousands);
	tcase_add_test(num, number_decimals);
	tcase_add_test(num, number_rounding);
	tcase_add_test(num, number_no_negative_zero);
	tcase_add_test(num, number_nonfinite_and_huge);
	tcase_add_test(num, number_small_buffer);
	tcase_add_test(num, value_kinds);
	tcase_add_test(other, money);
	tcase_add_test(other, percent);
	tcase_add_test(other, date_format);
	tcase_add_test(other, period_forms);
	tcase_add_test(parse, parse_date_valid);
	tcase_add_test(parse, parse_date_invalid);
	tcase_add_test(parse, parse_period_valid);
	tcase_add_test(parse, parse_period_invalid);
	suite_add_tcase(s, num);
	suite_add_tcase(s, other);
	suite_add_tcase(s, parse);
	return s;
}

int main(void)
{
	return run_suite(nlformat_suite());
}
