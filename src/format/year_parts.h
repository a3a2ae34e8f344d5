/* Pieces of the annual report its chapters share (year_parts.c, a
 * floor-1 part of format/; year_fmt.c and year_quadrants.c use them).
 * All texts live in the layout's arena. */
#ifndef VG_YEAR_PARTS_H
#define VG_YEAR_PARTS_H
#include <stddef.h>

#include "../model/year.h"

struct fmt;

/* "eerste", "tweede", "derde", "vierde" */
extern const char *const fmt_year_ordinal[YEAR_QUARTERS];
/* "eerste kwartaal 2022" for quarter q (0-3). */
const char *fmt_year_quarter(struct fmt *f, int q);
/* Under a table with a column per quarter: which quarters have no
 * report; NULL when all are there. */
const char *fmt_year_missing_note(struct fmt *f);
/* Two notes in one; either may be NULL. */
const char *fmt_year_notes(struct fmt *f, const char *a, const char *b);
/* An amount of the year's budget as printed: "1.710", "n.t.b.", "–". */
const char *fmt_year_amount(struct fmt *f, const struct money *m);
/* Spending: the amount, or "." when it is not known. */
const char *fmt_year_spent(struct fmt *f, const struct money *m);
/* " (x € 1.000)", or "" without a unit. */
const char *fmt_year_unit(struct fmt *f);
/* besteed as a share of begroot: "97%", "n.t.b." when either is
 * unknown, a dash when either is absent or the budget is zero. */
const char *fmt_year_realisation(struct fmt *f, const struct money *begroot, const struct money *besteed);
/* "7.400 (2021)", or a dash without a known value. */
const char *fmt_year_point(struct fmt *f, const struct datapoint *d);

/* Which changes a list shows. */
typedef int (*change_filter)(const struct year_change *c);
/* The changes a filter picks, as a bulleted list; each names its quarters
 * when `when` is set. Returns how many there were (0: nothing laid out). */
size_t fmt_year_changes(struct fmt *f, change_filter want, int when);
/* How many changes of a kind the year has. */
size_t fmt_year_count(const struct year *y, enum year_change_kind k);
/* "Van het eerste naar het tweede kwartaal" */
const char *fmt_year_transition(struct fmt *f, int from, int to);
/* One change as a sentence, and the quadrant it belongs to. */
const char *fmt_year_change_text(struct fmt *f, const struct year_change *c);
enum quadrant fmt_year_change_quadrant(const struct year_change *c);

#endif
