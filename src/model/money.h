/* Exact amounts of money: whole ten-thousandths of the table's unit (a euro
 * in a "€" table, a thousand euros in an "x € 1.000" table). Never binary
 * floating point: sums, differences and rounding for display are exact. */
#ifndef VG_MONEY_H
#define VG_MONEY_H
#include <stddef.h>
#include <stdint.h>

#include "report.h"

#define MONEY_DECIMALS 4         /* decimals an amount can hold exactly */
#define MONEY_SCALE 10000LL      /* 10^MONEY_DECIMALS */
#define MONEY_MAX 1000000000000000LL /* |q| limit: 10^11 units, the same for JSON and CSV */

/* From an integer number of units; -1 when out of range. */
int money_from_int(long long units, int64_t *q);
/* From a double parsed from JSON text with `decimals` written decimals
 * (0-4): exact, because such a value round-trips through a double below
 * 10^11. Returns -1 when out of range or with more than four decimals. */
int money_from_double(double d, int decimals, int64_t *q);
/* Parses a Dutch amount as Excel writes it: "1.040", "-1.040,50", "12,5",
 * "1040". Returns 0 and sets q and decimals, -2 when it is larger than
 * MONEY_MAX, or -1 when it is not an amount. No thousands separators after
 * the comma; groups of three digits only. */
int money_parse_nl(const char *s, size_t len, int64_t *q, int *decimals);
/* a + b into *r; -1 on overflow past MONEY_MAX. */
int money_add(int64_t a, int64_t b, int64_t *r);
/* Rounds to `decimals` (0-4), half away from zero, still scaled. */
int64_t money_round(int64_t q, int decimals);
/* As a double, for ratios and charts only (never for sums). */
double money_to_double(int64_t q);
/* Sum of amounts: VAL_UNKNOWN when any is unknown, VAL_ABSENT when all are
 * absent; the largest written decimals carry over. -1 on overflow. */
int money_sum(const struct money *v, size_t n, size_t stride, struct money *out);

/* The sum of one year of a budget over its posts (besteed or begroot):
 * unknown when any post is unknown or gives no row. */
struct money budget_year_sum(const struct middelen *m, size_t year, int besteed);

/* A year's begroot total as the budget table prints it: the supplied
 * totaal when there is one (*differs set when it is not the sum of the
 * posts), else the sum. */
struct money budget_year_total(const struct middelen *m, size_t year, int *differs);
/* A prestatie's cost per unit (kosten / gerealiseerd), rounded to cents,
 * the one definition the tables and the audit (M3) share. */
enum unit_cost {
	UNIT_COST_KNOWN,   /* *per holds it */
	UNIT_COST_MISSING, /* the costs or the realisation are not known */
	UNIT_COST_NA,      /* both known, but nothing realised (or out of range) */
};
struct prestatie;
enum unit_cost prestatie_unit_cost(const struct prestatie *p, struct money *per);
/* True when some post names its pijler. */
int budget_by_pijler(const struct middelen *m);
/* Decimals a budget is printed with: whole numbers in "x € 1.000" and
 * "mln" tables, cents in euro tables when any amount has them. */
int budget_decimals(const struct middelen *m);

#endif
