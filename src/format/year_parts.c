/* Pieces of the annual report that its chapters share (year_fmt.c,
 * year_quadrants.c): quarters by name, amounts and points as printed,
 * notes under the tables, and the changes from quarter to quarter in
 * words. */
#include <stdio.h>
#include <string.h>

#include "../model/money.h"
#include "../model/year.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "fmt_base.h"
#include "year_parts.h"

const char *const fmt_year_ordinal[YEAR_QUARTERS] = {"eerste", "tweede", "derde", "vierde"};

/* "eerste kwartaal 2022" */
const char *fmt_year_quarter(struct fmt *f, int q)
{
	return fmt_printf(f, "%s kwartaal %d", fmt_year_ordinal[q], f->y->jaar);
}

/* Under a table with a column per quarter: which have no report. */
const char *fmt_year_missing_note(struct fmt *f)
{
	struct buf b = {0};
	const char *s;
	int n = 0;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		if (f->y->q[q] == NULL)
			buf_printf(&b, "%sQ%d", n++ ? ", " : "", q + 1);
	s = n ? fmt_printf(f, "%s: geen kwartaalrapportage (n.g.).", buf_str(&b)) : NULL;
	buf_free(&b);
	return s;
}

/* Two notes in one, either may be NULL. */
const char *fmt_year_notes(struct fmt *f, const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a ? a : b;
	return fmt_printf(f, "%s %s", a, b);
}

const char *fmt_year_amount(struct fmt *f, const struct money *m)
{
	char tmp[64];
	return fmt_printf(f, "%s", nl_money_value(tmp, sizeof tmp, m, f->y->budget.decimals));
}

const char *fmt_year_spent(struct fmt *f, const struct money *m)
{
	return m->kind == VAL_NUMBER ? fmt_year_amount(f, m) : NL_MISSING; /* spending is measured, never to be decided */
}

const char *fmt_year_unit(struct fmt *f)
{
	return f->y->budget.eenheid ? fmt_printf(f, " (%s)", f->y->budget.eenheid) : "";
}

/* besteed as a share of begroot: "97%", "n.t.b." when either is unknown,
 * a dash when either is absent or the budget is zero. */
const char *fmt_year_realisation(struct fmt *f, const struct money *begroot, const struct money *besteed)
{
	char pct[32];
	if (begroot->kind == VAL_NUMBER && besteed->kind == VAL_NUMBER && begroot->q != 0)
		return fmt_printf(f, "%s", nl_percent(pct, sizeof pct,
		                                      100.0 * money_to_double(besteed->q) / money_to_double(begroot->q), 0));
	return besteed->kind != VAL_NUMBER ? NL_MISSING : begroot->kind == VAL_UNKNOWN ? NL_UNKNOWN : NL_NA;
}

/* "7.400 (2021)", or a dash without a known value. */
const char *fmt_year_point(struct fmt *f, const struct datapoint *d)
{
	char per[64];
	if (d == NULL)
		return NL_MISSING;
	return fmt_printf(f, "%s (%s)", fmt_measured(f, &d->waarde), nl_period_short(per, sizeof per, &d->periode));
}

/* --- what changed, in words ------------------------------------------- */

static const char *const line_added[YL_MAX] = {"Nieuw leidend principe", "Nieuw ingezet", "Nieuw om te versterken",
                                               "Nieuw om af te bouwen"};
static const char *const line_removed[YL_MAX] = {"Leidend principe niet meer genoemd",
                                                 "Niet meer genoemd bij inzetten",
                                                 "Niet meer genoemd bij versterken",
                                                 "Niet meer genoemd bij afbouwen"};

/* "+120", "-0,7": the difference b - a with the decimals of the figures. */
static const char *difference(struct fmt *f, const struct value *a, const struct value *b)
{
	char tmp[64];
	int dec = a->decimals > b->decimals ? a->decimals : b->decimals;
	double d = b->num - a->num;
	nl_number(tmp, sizeof tmp, d, dec);
	return fmt_printf(f, "%s%s", d > 0 && strcmp(tmp, "0") != 0 ? "+" : "", tmp);
}

static const char *indicator_measured(struct fmt *f, const struct year_indicator *yi, int from, int to)
{
	const struct datapoint *a = indicator_last(yi->at[from]), *b = indicator_last(yi->at[to]);
	char pa[64], pb[64];
	if (b == NULL)
		return fmt_printf(f, "%s: geen bekende meting meer (was %s).", yi->naam, fmt_year_point(f, a));
	if (a == NULL)
		return fmt_printf(f, "%s: eerste meting %s.", yi->naam, fmt_year_point(f, b));
	nl_period_short(pa, sizeof pa, &a->periode);
	nl_period_short(pb, sizeof pb, &b->periode);
	if (strcmp(pa, pb) == 0)
		return fmt_printf(f, "%s: meting over %s herzien van %s naar %s.", yi->naam, pb, fmt_measured(f, &a->waarde),
		                  fmt_measured(f, &b->waarde));
	return fmt_printf(f, "%s: nieuwe meting %s, was %s; verschil %s.", yi->naam, fmt_year_point(f, b), fmt_year_point(f, a),
	                  difference(f, &a->waarde, &b->waarde));
}

static const char *prestatie_progress(struct fmt *f, const struct year_prestatie *yp, int from, int to)
{
	const struct prestatie *a = yp->at[from], *b = yp->at[to];
	const char *delta = a->gerealiseerd.kind == VAL_NUMBER && b->gerealiseerd.kind == VAL_NUMBER
	                        ? fmt_printf(f, " (%s)", difference(f, &a->gerealiseerd, &b->gerealiseerd))
	                        : "";
	return fmt_printf(f, "%s: gerealiseerd %s, was %s%s; afgesproken %s%s%s.", yp->naam,
	                  fmt_measured(f, &b->gerealiseerd), fmt_measured(f, &a->gerealiseerd), delta,
	                  fmt_value(f, &b->afgesproken), b->eenheid ? " " : "", b->eenheid ? b->eenheid : "");
}

static const char *partner_changed(struct fmt *f, const struct year_partner *yp, int from, int to)
{
	const struct netwerkpartner *a = yp->at[from], *b = yp->at[to];
	char ea[64], eb[64];
	const char *what = a->afspraak != b->afspraak && (a->afspraak == NULL || b->afspraak == NULL ||
	                                                  strcmp(a->afspraak, b->afspraak) != 0)
	                       ? fmt_printf(f, "afspraak %s, was %s", b->afspraak ? b->afspraak : "geen",
	                                    a->afspraak ? a->afspraak : "geen")
	                       : NULL;
	const char *money = a->bedrag.kind != b->bedrag.kind || a->bedrag.q != b->bedrag.q
	                        ? fmt_printf(f, "bedrag %s, was %s",
	                                     b->bedrag.kind == VAL_NUMBER
	                                         ? nl_euros(eb, sizeof eb, b->bedrag.q, b->bedrag.decimals ? 2 : 0)
	                                         : nl_money_value(eb, sizeof eb, &b->bedrag, 0),
	                                     a->bedrag.kind == VAL_NUMBER
	                                         ? nl_euros(ea, sizeof ea, a->bedrag.q, a->bedrag.decimals ? 2 : 0)
	                                         : nl_money_value(ea, sizeof ea, &a->bedrag, 0))
	                        : NULL;
	return fmt_printf(f, "Netwerkpartner %s: %s%s%s.", yp->naam, what ? what : "", what && money ? "; " : "",
	                  money ? money : "");
}

static const char *target_text(struct fmt *f, const struct indicator *ind)
{
	const char *t = fmt_target(f, ind);
	return t ? t : "geen";
}

/* One change as a sentence. */
const char *fmt_year_change_text(struct fmt *f, const struct year_change *c)
{
	const struct year *y = f->y;
	switch (c->kind) {
	case YC_LINE_ADDED:
		return fmt_printf(f, "%s: %s", line_added[c->list], y->lines[c->list].v[c->item].text);
	case YC_LINE_REMOVED:
		return fmt_printf(f, "%s: %s", line_removed[c->list], y->lines[c->list].v[c->item].text);
	case YC_BUDGET: {
		const struct year_budget_row *row = &y->budget.rows[c->item];
		return fmt_printf(f, "Begroting %d voor %s: %s, was %s%s.", y->jaar, row->naam, fmt_year_amount(f, &row->begroot[c->to]),
		                  fmt_year_amount(f, &row->begroot[c->from]), fmt_year_unit(f));
	}
	case YC_PARTNER_ADDED: {
		const struct netwerkpartner *p = y->partners[c->item].at[c->to];
		return fmt_printf(f, "Nieuwe netwerkpartner: %s%s%s%s.", p->naam, p->afspraak ? " (afspraak: " : "",
		                  p->afspraak ? p->afspraak : "", p->afspraak ? ")" : "");
	}
	case YC_PARTNER_REMOVED:
		return fmt_printf(f, "Netwerkpartner niet meer genoemd: %s.", y->partners[c->item].naam);
	case YC_PARTNER_CHANGED:
		return partner_changed(f, &y->partners[c->item], c->from, c->to);
	case YC_PRESTATIE_ADDED:
		return fmt_printf(f, "Nieuwe prestatie: %s (afgesproken %s).", y->prestaties[c->item].naam,
		                  fmt_value(f, &y->prestaties[c->item].at[c->to]->afgesproken));
	case YC_PRESTATIE_REMOVED:
		return fmt_printf(f, "Prestatie niet meer gerapporteerd: %s.", y->prestaties[c->item].naam);
	case YC_PRESTATIE_TARGET:
		return fmt_printf(f, "%s: afgesproken %s, was %s.", y->prestaties[c->item].naam,
		                  fmt_value(f, &y->prestaties[c->item].at[c->to]->afgesproken),
		                  fmt_value(f, &y->prestaties[c->item].at[c->from]->afgesproken));
	case YC_PRESTATIE_PROGRESS:
		return prestatie_progress(f, &y->prestaties[c->item], c->from, c->to);
	case YC_INDICATOR_ADDED:
		return fmt_printf(f, "Nieuwe indicator: %s; laatste meting %s.", y->indicatoren[c->item].naam,
		                  fmt_year_point(f, indicator_last(y->indicatoren[c->item].at[c->to])));
	case YC_INDICATOR_REMOVED:
		return fmt_printf(f, "Indicator niet meer gerapporteerd: %s.", y->indicatoren[c->item].naam);
	case YC_INDICATOR_MEASURED:
		return indicator_measured(f, &y->indicatoren[c->item], c->from, c->to);
	case YC_INDICATOR_TARGET:
		return fmt_printf(f, "%s: doel %s, was %s.", y->indicatoren[c->item].naam,
		                  target_text(f, y->indicatoren[c->item].at[c->to]),
		                  target_text(f, y->indicatoren[c->item].at[c->from]));
	default:
		return "";
	}
}

/* The quadrant a change belongs to. */
enum quadrant fmt_year_change_quadrant(const struct year_change *c)
{
	switch (c->kind) {
	case YC_LINE_ADDED:
	case YC_LINE_REMOVED:
		return c->list == YL_PRINCIPES ? Q_GEDEELDE_WAARDEN : Q_LEREN;
	case YC_INDICATOR_ADDED:
	case YC_INDICATOR_REMOVED:
	case YC_INDICATOR_MEASURED:
	case YC_INDICATOR_TARGET:
		return Q_DATA;
	default:
		return Q_KADERS;
	}
}

/* "Van het eerste naar het tweede kwartaal" */
const char *fmt_year_transition(struct fmt *f, int from, int to)
{
	return fmt_printf(f, "Van het %s naar het %s kwartaal", fmt_year_ordinal[from], fmt_year_ordinal[to]);
}

/* The changes a filter picks, as a list; each item names its quarters
 * when `when` is set. Returns how many there were. */
size_t fmt_year_changes(struct fmt *f, change_filter want, int when)
{
	const struct year *y = f->y;
	const char **items = arena_array(layout_arena(f->L), y->nchanges + 1, sizeof *items);
	size_t n = 0;
	for (size_t i = 0; i < y->nchanges; i++)
		if (want(&y->changes[i]))
			items[n++] = when ? fmt_printf(f, "%s: %s", fmt_year_transition(f, y->changes[i].from, y->changes[i].to),
			                               fmt_year_change_text(f, &y->changes[i]))
			                  : fmt_year_change_text(f, &y->changes[i]);
	if (n > 0)
		layout_list(f->L, items, n, 0);
	return n;
}

size_t fmt_year_count(const struct year *y, enum year_change_kind k)
{
	size_t n = 0;
	for (size_t i = 0; i < y->nchanges; i++)
		n += y->changes[i].kind == k;
	return n;
}
