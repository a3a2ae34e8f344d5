#include "nlformat.h"

#include <stdint.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Rounding rule. A double such as 1.005 is stored as 1.00499999999999989...,
 * so rounding its exact binary value would print "1,00" where the council
 * (and the JSON it wrote) means "1,01". We therefore round the decimal form
 * of the number with NL_SIGDIGITS significant digits (DBL_DIG: every decimal
 * with at most 15 significant digits survives the trip through a double),
 * half away from zero. So 1.005 -> "1,01", 2.675 -> "2,68", 0.125 -> "0,13",
 * 2.5 -> "3", -2.5 -> "-3". Results that round to zero never carry a sign.
 */
#define NL_SIGDIGITS 15
/* From this magnitude on a number is printed in exponent form ("1,00e+21"),
 * so that 64 bytes are always enough. */
#define NL_HUGE 1e21
#define NL_MAX_DECIMALS 6
/* "€" followed by U+00A0 NO-BREAK SPACE, both in UTF-8. */
#define NL_EURO "\xe2\x82\xac\xc2\xa0"

const char *const nl_month_name[13] = {
    "",     "januari", "februari",  "maart",   "april",    "mei",      "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
};

const char *const nl_month_abbr[13] = {
    "", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
};

/* Ordinals for the long quarter names, indexed by quarter. */
static const char *const quarter_ordinal[5] = {
    "", "eerste", "tweede", "derde", "vierde",
};

/* A non-negative number as a decimal digit string. */
struct decimal {
	char digits[NL_SIGDIGITS + 1]; /* significant digits, most significant first */
	int ndigits;                   /* digits in use; 0 means the value is zero */
	int point;                     /* digits before the decimal point (may be <= 0) */
};

/* Copies a formatted string into the caller's buffer, truncating when it is
 * too small. Returns out. */
static char *put(char *out, size_t outsz, const char *s)
{
	if (outsz > 0)
		snprintf(out, outsz, "%s", s);
	return out;
}

/* Splits a finite non-negative a (below NL_HUGE) into NL_SIGDIGITS digits
 * and the position of the decimal point. */
static void decimal_from(double a, struct decimal *d)
{
	char tmp[40];

	snprintf(tmp, sizeof tmp, "%.*e", NL_SIGDIGITS - 1, a);
	/* tmp is "D.DDDDDDDDDDDDDDe+XX" */
	d->digits[0] = tmp[0];
	memcpy(d->digits + 1, tmp + 2, NL_SIGDIGITS - 1);
	d->ndigits = NL_SIGDIGITS;
	d->point = (int)strtol(tmp + NL_SIGDIGITS + 2, NULL, 10) + 1;
}

/* Rounds d half away from zero to `decimals` digits after the point. */
static void decimal_round(struct decimal *d, int decimals)
{
	int keep = d->point + decimals, i;
	int up;

	if (keep >= d->ndigits)
		return;
	if (keep < 0) {
		d->ndigits = 0;
		return;
	}
	up = d->digits[keep] >= '5';
	d->ndigits = keep;
	for (i = keep - 1; up && i >= 0; i--) {
		if (d->digits[i] == '9')
			d->digits[i] = '0';
		else {
			d->digits[i]++;
			up = 0;
		}
	}
	if (up) {
		/* carried out of the first digit: 999,5 -> 1000 */
		memmove(d->digits + 1, d->digits, (size_t)d->ndigits);
		d->digits[0] = '1';
		d->ndigits++;
		d->point++;
	}
}

/* The digit at position pos, where position 0 is the first significant
 * digit; '0' outside the stored digits. */
static char decimal_digit(const struct decimal *d, int pos)
{
	return pos >= 0 && pos < d->ndigits ? d->digits[pos] : '0';
}

/* True when any stored digit is not zero. */
static int decimal_nonzero(const struct decimal *d)
{
	int i;

	for (i = 0; i < d->ndigits; i++)
		if (d->digits[i] != '0')
			return 1;
	return 0;
}

/* Writes d with Dutch separators into p (room for 40 bytes); returns the
 * end of the written text. */
static char *decimal_write(const struct decimal *d, int decimals, char *p)
{
	int nint = d->point > 1 ? d->point : 1, i;

	for (i = 0; i < nint; i++) {
		if (i > 0 && (nint - i) % 3 == 0)
			*p++ = '.';
		*p++ = decimal_digit(d, d->point - nint + i);
	}
	if (decimals > 0)
		*p++ = ',';
	for (i = 0; i < decimals; i++)
		*p++ = decimal_digit(d, d->point + i);
	*p = '\0';
	return p;
}

/* Exponent form for magnitudes from NL_HUGE on: "1,23e+25". */
static char *nl_number_huge(char *out, size_t outsz, double v, int decimals)
{
	char tmp[64], *comma;

	snprintf(tmp, sizeof tmp, "%.*e", decimals, v);
	if ((comma = strchr(tmp, '.')) != NULL)
		*comma = ',';
	return put(out, outsz, tmp);
}

char *nl_number(char *out, size_t outsz, double v, int decimals)
{
	struct decimal d;
	char tmp[64], *p = tmp;

	if (decimals < 0)
		decimals = 0;
	if (decimals > NL_MAX_DECIMALS)
		decimals = NL_MAX_DECIMALS;
	if (!isfinite(v))
		return put(out, outsz, NL_UNKNOWN);
	if (fabs(v) >= NL_HUGE)
		return nl_number_huge(out, outsz, v, decimals);
	decimal_from(fabs(v), &d);
	decimal_round(&d, decimals);
	if (v < 0 && decimal_nonzero(&d))
		*p++ = '-';
	decimal_write(&d, decimals, p);
	return put(out, outsz, tmp);
}

char *nl_value(char *out, size_t outsz, const struct value *v)
{
	switch (v->kind) {
	case VAL_NUMBER:
		return nl_number(out, outsz, v->num, v->decimals);
	case VAL_UNKNOWN:
		return put(out, outsz, NL_UNKNOWN);
	default:
		return put(out, outsz, NL_MISSING);
	}
}

char *nl_measured(char *out, size_t outsz, const struct value *v)
{
	return v->kind == VAL_NUMBER ? nl_number(out, outsz, v->num, v->decimals) : put(out, outsz, NL_MISSING);
}

char *nl_money(char *out, size_t outsz, double euros, int decimals)
{
	char num[64], tmp[80];

	if (!isfinite(euros))
		return put(out, outsz, NL_UNKNOWN);
	nl_number(num, sizeof num, euros, decimals);
	snprintf(tmp, sizeof tmp, NL_EURO "%s", num);
	return put(out, outsz, tmp);
}

char *nl_percent(char *out, size_t outsz, double pct, int decimals)
{
	char num[64], tmp[80];

	if (!isfinite(pct))
		return put(out, outsz, NL_UNKNOWN);
	nl_number(num, sizeof num, pct, decimals);
	snprintf(tmp, sizeof tmp, "%s%%", num);
	return put(out, outsz, tmp);
}

/* Gregorian leap year. */
static int is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Days in a month of a year; 0 for a month outside 1-12. */
static int days_in_month(int year, int month)
{
	static const int days[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	return month == 2 && is_leap(year) ? 29 : days[month];
}

char *nl_date(char *out, size_t outsz, const struct date *d)
{
	char tmp[64];

	if (d->year == 0 || d->day < 1 || d->day > days_in_month(d->year, d->month))
		return put(out, outsz, "");
	snprintf(tmp, sizeof tmp, "%d %s %d", d->day, nl_month_name[d->month], d->year);
	return put(out, outsz, tmp);
}

/* Shared by the long and short period forms: a quarter, a month or a year;
 * an empty string for an absent period. Returns out. */
static char *period_format(char *out, size_t outsz, const struct period *p, int longform)
{
	char tmp[64];

	if (p->year == 0)
		return put(out, outsz, "");
	if (p->quarter >= 1 && p->quarter <= 4) {
		if (longform)
			snprintf(tmp, sizeof tmp, "%s kwartaal %d", quarter_ordinal[p->quarter],
			         p->year);
		else
			snprintf(tmp, sizeof tmp, "Q%d %d", p->quarter, p->year);
	} else if (p->month >= 1 && p->month <= 12)
		snprintf(tmp, sizeof tmp, "%s %d",
		         longform ? nl_month_name[p->month] : nl_month_abbr[p->month], p->year);
	else
		snprintf(tmp, sizeof tmp, "%d", p->year);
	return put(out, outsz, tmp);
}

char *nl_period_long(char *out, size_t outsz, const struct period *p)
{
	return period_format(out, outsz, p, 1);
}

char *nl_period_short(char *out, size_t outsz, const struct period *p)
{
	return period_format(out, outsz, p, 0);
}

/* Reads exactly n ASCII digits at s into *val. Returns 0, or -1 when any of
 * them is not a digit (the NUL included). */
static int parse_digits(const char *s, int n, int *val)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*val = v;
	return 0;
}

/* A four-digit year in the supported range 1900-2999. Returns 0 or -1. */
static int parse_year(const char *s, int *year)
{
	if (parse_digits(s, 4, year) != 0)
		return -1;
	return *year >= 1900 && *year <= 2999 ? 0 : -1;
}

int nl_parse_date(const char *s, struct date *d)
{
	int y, m, day;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	if (parse_year(s, &y) != 0 || parse_digits(s + 5, 2, &m) != 0 ||
	    parse_digits(s + 8, 2, &day) != 0)
		return -1;
	if (day < 1 || day > days_in_month(y, m))
		return -1;
	d->year = y;
	d->month = m;
	d->day = day;
	return 0;
}

int nl_parse_period(const char *s, struct period *p)
{
	int y, q = 0, m = 0;
	size_t len;

	if (s == NULL || parse_year(s, &y) != 0)
		return -1;
	len = strlen(s);
	if (len == 7 && s[4] == '-' && (s[5] == 'Q' || s[5] == 'q')) {
		if (parse_digits(s + 6, 1, &q) != 0 || q < 1 || q > 4)
			return -1;
	} else if (len == 7 && s[4] == '-') {
		if (parse_digits(s + 5, 2, &m) != 0 || m < 1 || m > 12)
			return -1;
	} else if (len != 4)
		return -1;
	p->year = y;
	p->quarter = q;
	p->month = m;
	p->text = s;
	return 0;
}

/* Writes n >= 0 with '.' between groups of three digits. */
static size_t group_digits(char *out, uint64_t n)
{
	char tmp[32];
	size_t len = 0, o = 0;
	do {
		tmp[len++] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	while (len > 0) {
		out[o++] = tmp[--len];
		if (len > 0 && len % 3 == 0)
			out[o++] = '.';
	}
	out[o] = '\0';
	return o;
}

char *nl_amount(char *out, size_t outsz, int64_t q, int decimals)
{
	char tmp[64];
	int64_t r, div = 1;
	uint64_t a;
	size_t o = 0;
	if (decimals < 0)
		decimals = 0;
	if (decimals > MONEY_DECIMALS)
		decimals = MONEY_DECIMALS;
	r = money_round(q, decimals);
	a = r < 0 ? (uint64_t)(-r) : (uint64_t)r;
	if (r < 0)
		tmp[o++] = '-';
	o += group_digits(tmp + o, a / (uint64_t)MONEY_SCALE);
	if (decimals > 0) {
		uint64_t frac = a % (uint64_t)MONEY_SCALE;
		for (int d = decimals; d < MONEY_DECIMALS; d++)
			div *= 10;
		frac /= (uint64_t)div;
		tmp[o++] = ',';
		for (int d = decimals - 1; d >= 0; d--) {
			tmp[o + (size_t)d] = (char)('0' + frac % 10);
			frac /= 10;
		}
		o += (size_t)decimals;
		tmp[o] = '\0';
	}
	return put(out, outsz, tmp);
}

char *nl_money_value(char *out, size_t outsz, const struct money *m, int decimals)
{
	if (m->kind == VAL_NUMBER)
		return nl_amount(out, outsz, m->q, decimals);
	return put(out, outsz, m->kind == VAL_UNKNOWN ? NL_UNKNOWN : NL_ABSENT);
}

char *nl_money_short(char *out, size_t outsz, int64_t q)
{
	static const struct {
		int64_t size;      /* euros, scaled */
		const char *word;  /* Dutch abbreviation */
	} big[] = {{1000000000LL * MONEY_SCALE, "mld"}, {1000000LL * MONEY_SCALE, "mln"}};
	char num[64], tmp[96];
	int64_t a = q < 0 ? -q : q;
	for (size_t i = 0; i < 2; i++)
		if (a >= big[i].size || (i == 0 && (a + big[1].size / 20) / (big[1].size / 10) >= 10000)) {
			/* one decimal: tenths of the big unit, rounded half away from zero */
			int64_t tenths = (a + big[i].size / 20) / (big[i].size / 10);
			if (i == 1 && tenths >= 10000) /* 999,95 mln rounds to 1 mld */
				continue;
			nl_amount(num, sizeof num, (q < 0 ? -tenths : tenths) * (MONEY_SCALE / 10), tenths % 10 ? 1 : 0);
			snprintf(tmp, sizeof tmp, "\xE2\x82\xAC\xC2\xA0%s\xC2\xA0%s", num, big[i].word);
			return put(out, outsz, tmp);
		}
	return nl_euros(out, outsz, q, 0);
}

char *nl_euros(char *out, size_t outsz, int64_t q, int decimals)
{
	char num[64], tmp[80];
	nl_amount(num, sizeof num, q, decimals);
	snprintf(tmp, sizeof tmp, NL_EURO "%s", num);
	return put(out, outsz, tmp);
}
