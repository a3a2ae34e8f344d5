/* Axis scales: nice steps, ranges that cover the data, zero for bars,
 * and sensible output for one point, equal values, negatives and huge
 * ranges. */
#include <check.h>
#include <math.h>

#include "check_main.h"
#include "chart/scale.h"

START_TEST(nice_steps)
{
	struct scale s = scale_nice(800, 7400, 5, 0);
	char b[32];
	ck_assert(s.step == 2000);
	ck_assert(s.lo == 0 && s.hi == 8000);
	ck_assert_uint_eq(s.nticks, 5);
	ck_assert_str_eq(scale_label(&s, 4, b, sizeof b), "8.000");
	s = scale_nice(-0.255, -0.175, 4, 0);
	ck_assert(fabs(s.step - 0.02) < 1e-12);
	ck_assert(s.lo <= -0.255 && s.hi >= -0.175);
	ck_assert_int_eq(s.decimals, 2);
	ck_assert_str_eq(scale_label(&s, 0, b, sizeof b), "-0,26");
}
END_TEST

START_TEST(bars_start_at_zero)
{
	struct scale s = scale_nice(120, 560, 5, 1);
	ck_assert(s.lo == 0 && s.hi >= 560);
	s = scale_nice(-40, -10, 5, 1);
	ck_assert(s.hi == 0 && s.lo <= -40);
}
END_TEST

START_TEST(degenerate_ranges)
{
	struct scale s = scale_nice(5, 5, 5, 0);
	ck_assert(s.lo < 5 && s.hi > 5 && s.nticks >= 2);
	s = scale_nice(0, 0, 5, 0);
	ck_assert(s.lo < 0 && s.hi > 0);
	s = scale_nice(0, 1e12, 5, 1);
	ck_assert(s.hi >= 1e12 && s.nticks <= SCALE_MAX_TICKS);
	s = scale_nice(NAN, 3, 5, 0);
	ck_assert(s.lo == 0 && s.hi == 1);
	s = scale_nice(-1e-9, 1e-9, 5, 0);
	ck_assert(s.nticks >= 2 && s.nticks <= SCALE_MAX_TICKS);
	ck_assert(scale_pos(&s, s.hi, 100) == 100 && scale_pos(&s, s.lo, 100) == 0);
}
END_TEST

/* Extreme input never hangs and never gives a broken scale. */
START_TEST(extremes_terminate)
{
	const double cases[][2] = {{1e308, 1.7e308}, {-9e307, 9e307}, {1.7e308, 1.7e308}, {0, 5e-324},
	                           {5e-324, 5e-324}, {-1e15, 1e15}, {1e15, 1e15 + 0.125}, {-0.0, 0.0}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		for (int zero = 0; zero < 2; zero++) {
			struct scale s = scale_nice(cases[i][0], cases[i][1], 5, zero);
			ck_assert(isfinite(s.lo) && isfinite(s.hi) && isfinite(s.step));
			ck_assert(s.step > 0 && s.hi > s.lo);
			ck_assert_uint_ge(s.nticks, 2);
			ck_assert_uint_le(s.nticks, SCALE_MAX_TICKS);
		}
}
END_TEST

static Suite *scale_suite(void)
{
	Suite *s = suite_create("scale");
	TCase *tc = tcase_create("scale");
	tcase_add_test(tc, nice_steps);
	tcase_add_test(tc, bars_start_at_zero);
	tcase_add_test(tc, degenerate_ranges);
	tcase_add_test(tc, extremes_terminate);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(scale_suite());
}
