/* Axis scales with "nice" ticks (steps of 1, 2 or 5 times a power of ten)
 * and Dutch tick labels. */
#ifndef VG_SCALE_H
#define VG_SCALE_H
#include <stddef.h>

#define SCALE_MAX_TICKS 12

struct scale {
	double lo, hi;   /* axis range: multiples of step that cover the data */
	double step;     /* distance between ticks */
	int decimals;    /* decimals a tick label needs */
	size_t nticks;   /* ticks from lo to hi inclusive */
};

/* A scale over [min, max] with about `want` ticks (2-10). Handles one
 * value, equal values, negatives and huge ranges; `from_zero` includes 0
 * (bars start at zero). Never fails: non-finite input gives 0..1. */
struct scale scale_nice(double min, double max, int want, int from_zero);
/* Value of tick i. */
double scale_tick(const struct scale *s, size_t i);
/* Position of v along a length (0 at lo, len at hi). */
double scale_pos(const struct scale *s, double v, double len);
/* Dutch label of tick i ("1.000", "0,5", "-2"). */
char *scale_label(const struct scale *s, size_t i, char *out, size_t outsz);

#endif
