#include "scale.h"

#include <math.h>

#include "../text/nlformat.h"

/* The smallest nice step (1, 2 or 5 times a power of ten) at least raw. */
static double nice_step(double raw, int *decimals)
{
	double p = pow(10, floor(log10(raw))), f = raw / p, step;
	step = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10; /* the smallest nice step >= raw */
	step *= p;
	*decimals = step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
	return step;
}

struct scale scale_nice(double min, double max, int want, int from_zero)
{
	struct scale s = {0, 1, 1, 0, 2};
	double span;
	if (!isfinite(min) || !isfinite(max))
		return s;
	if (min > max) {
		double t = min;
		min = max;
		max = t;
	}
	if (from_zero) {
		min = min > 0 ? 0 : min;
		max = max < 0 ? 0 : max;
	}
	if (want < 2)
		want = 2;
	if (want > 10)
		want = 10;
	if (fabs(min) > 1e300 || fabs(max) > 1e300) /* past what the input allows */
		return s;
	span = max - min;
	if (span < fmax(fabs(min), fabs(max)) * 1e-12 || span < 1e-300) /* equal to the last digits */
		span = 0;
	if (span <= 0) { /* one value, or all equal: a range around it */
		double pad = fabs(max) > 0 ? fabs(max) * 0.1 : 1;
		min -= pad;
		max += pad;
		if (from_zero && min < 0 && max > 0 && max - pad >= 0)
			min = 0;
		span = max - min;
	}
	if (!isfinite(span) || span <= 1e-300)
		return s;
	s.step = nice_step(span / want, &s.decimals);
	s.lo = floor(min / s.step) * s.step;
	s.hi = ceil(max / s.step) * s.step;
	s.nticks = isfinite((s.hi - s.lo) / s.step) ? (size_t)llround((s.hi - s.lo) / s.step) + 1 : SCALE_MAX_TICKS + 1;
	for (int tries = 0; s.nticks > SCALE_MAX_TICKS; tries++) { /* guard against rounding surprises */
		if (tries == 64 || !isfinite(s.step) || s.step <= 0) {
			struct scale fallback = {0, 1, 1, 0, 2};
			return fallback;
		}
		s.step *= 2;
		s.lo = floor(min / s.step) * s.step;
		s.hi = ceil(max / s.step) * s.step;
		s.nticks = (size_t)llround((s.hi - s.lo) / s.step) + 1;
	}
	return s;
}

double scale_tick(const struct scale *s, size_t i)
{
	double v = s->lo + (double)i * s->step;
	return fabs(v) < s->step * 1e-9 ? 0 : v;
}

double scale_pos(const struct scale *s, double v, double len)
{
	return s->hi > s->lo ? (v - s->lo) / (s->hi - s->lo) * len : 0;
}

char *scale_label(const struct scale *s, size_t i, char *out, size_t outsz)
{
	return nl_number(out, outsz, scale_tick(s, i), s->decimals);
}
