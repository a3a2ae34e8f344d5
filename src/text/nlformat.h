/* Dutch formatting of numbers, money, percentages, dates and periods, as the
 * council expects them: 1.040 ; 12,5 ; 12,5% ; -1.040 ; € 1.040 ;
 * 16 februari 2022 ; eerste kwartaal 2022 ; n.t.b. for unknown values.
 * All functions write a NUL-terminated string into out (size outsz, at
 * least 64 is always enough) and return out. They never fail. */
#ifndef VG_NLFORMAT_H
#define VG_NLFORMAT_H
#include <stddef.h>

#include "../model/money.h"
#include "../model/report.h"

/* The signs for what is not a figure, after the convention of CBS
 * (docs/input.md, "Tekens"); a table that uses one carries a legend. */
#define NL_MISSING "."            /* gegevens ontbreken: not measured, not registered, not yet known */
#define NL_UNKNOWN "n.t.b."       /* nog te bepalen: a target, budget or agreement still to be decided */
#define NL_NA "n.v.t."            /* niet van toepassing */
#define NL_NOT_REPORTED "n.g."    /* niet gerapporteerd: not in that quarter's report */
#define NL_NIHIL "\xE2\x80\x93"  /* nihil: no amount (an en dash) */
/* An absent budget amount is nihil: nothing was budgeted or spent. */
#define NL_ABSENT NL_NIHIL

/* A number with `decimals` decimals (0-6), '.' thousands and ',' decimal
 * separator, '-' (ASCII hyphen-minus) for negatives; rounds half away from
 * zero; never prints "-0". Non-finite input prints "n.t.b.". */
char *nl_number(char *out, size_t outsz, double v, int decimals);
/* A struct value: VAL_NUMBER with its own decimals, VAL_UNKNOWN "n.t.b.",
 * VAL_ABSENT NL_MISSING ("."). */
char *nl_value(char *out, size_t outsz, const struct value *v);
/* A measurement (a series point, a baseline, a realisation): the number,
 * or NL_MISSING (".") when it is unknown or absent: a measurement is
 * never "to be decided". */
char *nl_measured(char *out, size_t outsz, const struct value *v);
/* Money in whole euros or with cents: "€ 1.040" / "€ 1.040,50" (the space
 * is U+00A0 NO-BREAK SPACE so the sign never sits alone on a line);
 * negative amounts as "€ -1.040"; "n.t.b." when not finite. */
char *nl_money(char *out, size_t outsz, double euros, int decimals);
/* An exact amount (struct money scale) with `decimals` decimals (0-4),
 * rounded half away from zero: "1.040", "-1.040,50"; never "-0". */
char *nl_amount(char *out, size_t outsz, int64_t q, int decimals);
/* A struct money at `decimals`: the amount, "n.t.b." or NL_ABSENT. */
char *nl_money_value(char *out, size_t outsz, const struct money *m, int decimals);
/* An exact amount of euros with the sign: "€ 60.000", "€ 1.200,50" (the
 * space is a no-break space). */
char *nl_euros(char *out, size_t outsz, int64_t q, int decimals);
/* Euros in words for large amounts: "€ 1,2 mln", "€ 3,4 mld"; below a
 * million "€ 12.345". q is in euros at struct money scale. */
char *nl_money_short(char *out, size_t outsz, int64_t q);
/* Percentage: "12,5%" with the given decimals. */
char *nl_percent(char *out, size_t outsz, double pct, int decimals);
/* "16 februari 2022"; empty string for an absent date. */
char *nl_date(char *out, size_t outsz, const struct date *d);
/* "eerste kwartaal 2022", "2022", "maart 2022" (long form) */
char *nl_period_long(char *out, size_t outsz, const struct period *p);
/* "Q1 2022", "2022", "mrt 2022" (short form, tables and axes) */
char *nl_period_short(char *out, size_t outsz, const struct period *p);

/* Parses "2022-02-16" strictly (real calendar date, years 1900-2999).
 * Returns 0 on success, -1 on error. */
int nl_parse_date(const char *s, struct date *d);
/* Parses "2022", "2022-Q1" (also "2022-q1"), "2022-03". Returns 0 or -1.
 * Sets p->text to s (not copied). */
int nl_parse_period(const char *s, struct period *p);

extern const char *const nl_month_name[13]; /* [1] = "januari" */
extern const char *const nl_month_abbr[13]; /* [3] = "mrt", for tables */

#endif
