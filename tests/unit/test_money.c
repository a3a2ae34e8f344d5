/* Exact money: parsing Dutch amounts, sums without floating point, rounding
 * half away from zero, and the printed forms the council expects. */
#include <check.h>

#include "check_main.h"
#include <stdlib.h>
#include <string.h>

#include "model/money.h"
#include "text/nlformat.h"

static int64_t parse(const char *s, int *dec)
{
	int64_t q = 0;
	int d = -1;
	ck_assert_msg(money_parse_nl(s, strlen(s), &q, &d) == 0, "\"%s\" should parse", s);
	if (dec != NULL)
		*dec = d;
	return q;
}

static void bad(const char *s)
{
	int64_t q;
	int d;
	ck_assert_msg(money_parse_nl(s, strlen(s), &q, &d) != 0, "\"%s\" should not parse", s);
}

START_TEST(parse_dutch)
{
	int d;
	ck_assert(parse("1.040", &d) == 1040 * MONEY_SCALE && d == 0);
	ck_assert(parse("1.040,50", &d) == 10405000 && d == 2);
	ck_assert(parse("-12,5", &d) == -125000 && d == 1);
	ck_assert(parse("1040", NULL) == 1040 * MONEY_SCALE);
	ck_assert(parse("0,0001", NULL) == 1);
	ck_assert(parse("1.234.567", NULL) == 1234567LL * MONEY_SCALE);
	bad("");
	bad("-");
	bad("1.04");      /* a group of two after the point */
	bad("1040,");     /* no decimals after the comma */
	bad("1,2,3");
	bad("1,23456");   /* five decimals */
	bad("12a");
	bad("1.040.5");
	bad(".040");
	bad("99999999999999999999");
}
END_TEST

START_TEST(sums_are_exact)
{
	/* 0.1 + 0.2 is 0.3 exactly; a million of 0.01 is 10.000,00 exactly */
	struct money v[3] = {{VAL_NUMBER, 1000, 1}, {VAL_NUMBER, 2000, 1}, {VAL_ABSENT, 0, 0}};
	struct money s;
	int64_t acc = 0;
	char b[64];
	ck_assert_int_eq(money_sum(v, 3, sizeof v[0], &s), 0);
	ck_assert(s.kind == VAL_NUMBER && s.q == 3000);
	int ok = 1;
	for (int i = 0; i < 1000000; i++) /* one assert after the loop: fast under ASan */
		ok &= money_add(acc, 100, &acc) == 0;
	ck_assert(ok);
	ck_assert_str_eq(nl_amount(b, sizeof b, acc, 2), "10.000,00");
	v[2].kind = VAL_UNKNOWN;
	money_sum(v, 3, sizeof v[0], &s);
	ck_assert(s.kind == VAL_UNKNOWN);
	v[0].kind = v[1].kind = v[2].kind = VAL_ABSENT;
	money_sum(v, 3, sizeof v[0], &s);
	ck_assert(s.kind == VAL_ABSENT);
	ck_assert_int_eq(money_add(MONEY_MAX, 1, &acc), -1);
}
END_TEST

START_TEST(rounding_half_away)
{
	char b[64];
	ck_assert_str_eq(nl_amount(b, sizeof b, 25000, 0), "3");      /* 2,5 */
	ck_assert_str_eq(nl_amount(b, sizeof b, -25000, 0), "-3");
	ck_assert_str_eq(nl_amount(b, sizeof b, 24999, 0), "2");
	ck_assert_str_eq(nl_amount(b, sizeof b, 10050, 2), "1,01");   /* 1,005 exactly */
	ck_assert_str_eq(nl_amount(b, sizeof b, -4000, 0), "0");      /* never "-0" */
	ck_assert_str_eq(nl_amount(b, sizeof b, 9995000, 0), "1.000"); /* 999,5 */
}
END_TEST

START_TEST(printed_forms)
{
	char b[64];
	struct money unknown = {VAL_UNKNOWN, 0, 0}, absent = {VAL_ABSENT, 0, 0};
	ck_assert_str_eq(nl_amount(b, sizeof b, 1040 * MONEY_SCALE, 0), "1.040");
	ck_assert_str_eq(nl_amount(b, sizeof b, 10405000, 2), "1.040,50");
	ck_assert_str_eq(nl_amount(b, sizeof b, -1040 * MONEY_SCALE, 0), "-1.040");
	ck_assert_str_eq(nl_percent(b, sizeof b, -12.5, 1), "-12,5%");
	ck_assert_str_eq(nl_money_value(b, sizeof b, &unknown, 0), "n.t.b.");
	ck_assert_str_eq(nl_money_value(b, sizeof b, &absent, 0), "\xE2\x80\x93");
	ck_assert_str_eq(nl_money_short(b, sizeof b, 1200000LL * MONEY_SCALE), "\xE2\x82\xAC\xC2\xA0" "1,2\xC2\xA0mln");
	ck_assert_str_eq(nl_money_short(b, sizeof b, 1249999LL * MONEY_SCALE), "\xE2\x82\xAC\xC2\xA0" "1,2\xC2\xA0mln");
	ck_assert_str_eq(nl_money_short(b, sizeof b, 2000000LL * MONEY_SCALE), "\xE2\x82\xAC\xC2\xA0" "2\xC2\xA0mln");
	ck_assert_str_eq(nl_money_short(b, sizeof b, 3450000000LL * MONEY_SCALE), "\xE2\x82\xAC\xC2\xA0" "3,5\xC2\xA0mld");
	ck_assert_str_eq(nl_money_short(b, sizeof b, 12345LL * MONEY_SCALE), "\xE2\x82\xAC\xC2\xA0" "12.345");
}
END_TEST

START_TEST(from_json_numbers)
{
	int64_t q;
	ck_assert_int_eq(money_from_double(1040.5, 1, &q), 0);
	ck_assert(q == 10405000);
	ck_assert_int_eq(money_from_double(0.1, 1, &q), 0);
	ck_assert(q == 1000);
	ck_assert_int_eq(money_from_double(1.23456, 5, &q), -1);
	ck_assert_int_eq(money_from_double(1e12, 0, &q), -1);
	ck_assert_int_eq(money_from_int(1710, &q), 0);
	ck_assert(q == 17100000);
	ck_assert_int_eq(money_from_int(1000000000000000LL, &q), -1);
}
END_TEST

/* Cost per unit: known, missing, or not applicable, one definition. */
START_TEST(unit_cost)
{
	struct prestatie p = {0};
	struct money per;
	p.kosten = (struct money){VAL_NUMBER, 1000 * MONEY_SCALE, 0};
	p.gerealiseerd = (struct value){VAL_NUMBER, 3, 0};
	ck_assert_int_eq(prestatie_unit_cost(&p, &per), UNIT_COST_KNOWN);
	ck_assert(per.q == 3333300); /* € 333,33 */
	p.gerealiseerd.num = 0;
	ck_assert_int_eq(prestatie_unit_cost(&p, &per), UNIT_COST_NA);
	p.gerealiseerd.kind = VAL_UNKNOWN;
	ck_assert_int_eq(prestatie_unit_cost(&p, &per), UNIT_COST_MISSING);
	p.gerealiseerd = (struct value){VAL_NUMBER, 3, 0};
	p.kosten.kind = VAL_ABSENT;
	ck_assert_int_eq(prestatie_unit_cost(&p, &per), UNIT_COST_MISSING);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("money");
	TCase *tc = tcase_create("money");
	tcase_add_test(tc, parse_dutch);
	tcase_add_test(tc, sums_are_exact);
	tcase_add_test(tc, rounding_half_away);
	tcase_add_test(tc, printed_forms);
	tcase_add_test(tc, from_json_numbers);
	tcase_add_test(tc, unit_cost);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
