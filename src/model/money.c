#include "money.h"

#include <math.h>
#include <string.h>

int money_from_int(long long units, int64_t *q)
{
	if (units > MONEY_MAX / MONEY_SCALE || units < -(MONEY_MAX / MONEY_SCALE))
		return -1;
	*q = (int64_t)units * MONEY_SCALE;
	return 0;
}

int money_from_double(double d, int decimals, int64_t *q)
{
	if (!isfinite(d) || decimals < 0 || decimals > MONEY_DECIMALS || fabs(d) >= 1e11)
		return -1;
	*q = (int64_t)llround(d * (double)MONEY_SCALE);
	return 0;
}

/* Digits of s[i..end) into *v (appending); -1 on overflow or no digit. */
static int digits_into(const char *s, size_t i, size_t end, int64_t *v)
{
	if (i == end)
		return -1;
	for (; i < end; i++) {
		if (s[i] < '0' || s[i] > '9' || *v > (MONEY_MAX / MONEY_SCALE) / 10)
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

int money_parse_nl(const char *s, size_t len, int64_t *q, int *decimals)
{
	size_t i = 0, comma = len, k;
	int64_t units = 0, frac = 0;
	int neg = 0, nfrac = 0;
	if (len > 0 && (s[0] == '-' || s[0] == '+')) {
		neg = s[0] == '-';
		i = 1;
	}
	for (k = i; k < len; k++)
		if (s[k] == ',') {
			if (comma != len)
				return -1;
			comma = k;
		}
	/* integer part: plain digits, or groups of three after '.' */
	if (memchr(s + i, '.', comma - i) != NULL) {
		/* first group of 1-3 digits, then groups of exactly three */
		size_t start = i, group = 0;
		for (k = i; k <= comma; k++) {
			size_t n;
			if (k < comma && s[k] != '.')
				continue;
			n = k - start;
			if ((group == 0 ? n < 1 || n > 3 : n != 3) || digits_into(s, start, k, &units) != 0)
				return -1;
			start = k + 1;
			group++;
		}
	} else if (digits_into(s, i, comma, &units) != 0) {
		return -1;
	}
	if (comma < len) {
		nfrac = (int)(len - comma - 1);
		if (nfrac < 1 || nfrac > MONEY_DECIMALS || digits_into(s, comma + 1, len, &frac) != 0)
			return -1;
		for (int d = nfrac; d < MONEY_DECIMALS; d++)
			frac *= 10;
	}
	if (units > MONEY_MAX / MONEY_SCALE || (units == MONEY_MAX / MONEY_SCALE && frac > 0))
		return -2; /* too large */
	*q = (units * MONEY_SCALE + frac) * (neg ? -1 : 1);
	*decimals = nfrac;
	return 0;
}

int money_add(int64_t a, int64_t b, int64_t *r)
{
	int64_t s = a + b; /* both within MONEY_MAX: cannot overflow int64 */
	if (s > MONEY_MAX || s < -MONEY_MAX)
		return -1;
	*r = s;
	return 0;
}

int64_t money_round(int64_t q, int decimals)
{
	int64_t unit = 1, half, r;
	if (decimals >= MONEY_DECIMALS)
		return q;
	for (int d = decimals; d < MONEY_DECIMALS; d++)
		unit *= 10;
	half = unit / 2;
	r = (q < 0 ? -q : q) + half;
	r -= r % unit;
	return q < 0 ? -r : r;
}

double money_to_double(int64_t q)
{
	return (double)q / (double)MONEY_SCALE;
}

struct money budget_year_sum(const struct middelen *m, size_t year, int besteed)
{
	struct money s = {VAL_NUMBER, 0, 0};
	int any = 0;
	for (size_t i = 0; i < m->nposten; i++) {
		const struct money *row = besteed ? m->posten[i].besteed : m->posten[i].begroot;
		if (row == NULL || row[year].kind == VAL_UNKNOWN) {
			s.kind = VAL_UNKNOWN;
			continue;
		}
		if (row[year].kind != VAL_NUMBER)
			continue;
		any = 1;
		if (row[year].decimals > s.decimals)
			s.decimals = row[year].decimals;
		if (money_add(s.q, row[year].q, &s.q) != 0)
			s.kind = VAL_UNKNOWN;
	}
	if (!any && s.kind == VAL_NUMBER)
		s.kind = VAL_ABSENT;
	return s;
}

int money_sum(const struct money *v, size_t n, size_t stride, struct money *out)
{
	const char *p = (const char *)v;
	int any = 0;
	out->kind = VAL_NUMBER;
	out->q = 0;
	out->decimals = 0;
	for (size_t i = 0; i < n; i++, p += stride) {
		const struct money *m = (const struct money *)p;
		if (m->kind == VAL_UNKNOWN)
			out->kind = VAL_UNKNOWN;
		if (m->kind != VAL_NUMBER)
			continue;
		any = 1;
		if (money_add(out->q, m->q, &out->q) != 0)
			return -1;
		if (m->decimals > out->decimals)
			out->decimals = m->decimals;
	}
	if (!any && out->kind == VAL_NUMBER)
		out->kind = VAL_ABSENT;
	return 0;
}

/* Decimals shown: whole numbers in "x € 1.000" tables (government
 * practice, with a rounding footnote when needed), cents in euro tables
 * when any amount has them. */
int budget_decimals(const struct middelen *m)
{
	int maxdec = 0;
	if (m->eenheid != NULL && (strstr(m->eenheid, "1.000") != NULL || strstr(m->eenheid, "mln") != NULL))
		return 0;
	for (size_t i = 0; i < m->nposten; i++)
		for (size_t j = 0; j < m->njaren; j++) {
			const struct money *b = &m->posten[i].begroot[j], *s = m->posten[i].besteed ? &m->posten[i].besteed[j] : NULL;
			maxdec = b->decimals > maxdec ? b->decimals : maxdec;
			maxdec = s != NULL && s->decimals > maxdec ? s->decimals : maxdec;
		}
	return maxdec > 0 ? 2 : 0;
}

struct money budget_year_total(const struct middelen *m, size_t year, int *differs)
{
	struct money sum = budget_year_sum(m, year, 0);
	*differs = 0;
	if (m->totaal == NULL || m->totaal[year].kind == VAL_ABSENT)
		return sum;
	*differs = m->totaal[year].kind == VAL_NUMBER && sum.kind == VAL_NUMBER && sum.q != m->totaal[year].q;
	return m->totaal[year];
}

int budget_by_pijler(const struct middelen *m)
{
	for (size_t i = 0; i < m->nposten; i++)
		if (m->posten[i].pijler != NULL)
			return 1;
	return 0;
}

enum unit_cost prestatie_unit_cost(const struct prestatie *p, struct money *per)
{
	double q;
	*per = (struct money){VAL_ABSENT, 0, 0};
	if (p->kosten.kind != VAL_NUMBER || p->gerealiseerd.kind != VAL_NUMBER)
		return UNIT_COST_MISSING;
	if (!(p->gerealiseerd.num >= 1))
		return UNIT_COST_NA; /* nothing realised: no cost per unit */
	q = (double)p->kosten.q / p->gerealiseerd.num; /* a ratio: displayed, never summed */
	if (!(q > -(double)MONEY_MAX && q < (double)MONEY_MAX))
		return UNIT_COST_NA;
	*per = (struct money){VAL_NUMBER, money_round((int64_t)(q + (q >= 0 ? 0.5 : -0.5)), 2), 2};
	return UNIT_COST_KNOWN;
}
