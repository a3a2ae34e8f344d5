/* The annual report: the year in brief, the four quadrants through the
 * quarters, what changed from quarter to quarter, and the quarters'
 * narratives as an appendix. The figures come from model/year.c; charts
 * and series tables are the quarterly report's own (quadrants.c). A
 * missing quarter is said in words and shows as a dash, never as 0. */
#include "year_fmt.h"

#include <stdio.h>
#include <string.h>

#include "../chart/chart.h"
#include "../model/money.h"
#include "../model/source.h"
#include "../model/year.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "format_int.h"
#include "year_fmt_int.h"

#define H1_FLAGS (HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE)
#define H2_FLAGS (HEADING_TOC | HEADING_NUMBERED)

const char *const fmt_year_ordinal[YEAR_QUARTERS] = {"eerste", "tweede", "derde", "vierde"};

/* "eerste kwartaal 2022" */
const char *fmt_year_quarter(struct fmt *f, int q)
{
	return fmt_printf(f, "%s kwartaal %d", fmt_year_ordinal[q], f->y->jaar);
}

/* The quarters given (missing 0) or missing (1): "eerste, derde en
 * vierde kwartaal"; NULL when there are none. */
static const char *quarter_list(struct fmt *f, int missing)
{
	const struct year *y = f->y;
	struct buf b = {0};
	int n = 0, total = 0;
	const char *s;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		total += (y->q[q] == NULL) == missing;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		if ((y->q[q] == NULL) == missing) {
			n++;
			buf_printf(&b, "%s%s", n == 1 ? "" : n == total ? " en " : ", ", fmt_year_ordinal[q]);
		}
	s = n ? fmt_printf(f, "%s kwartaal", buf_str(&b)) : NULL;
	buf_free(&b);
	return s;
}

const char *fmt_year_field(struct fmt *f, const char *name)
{
	if (f->y == NULL)
		return NULL;
	if (strcmp(name, "jaar.kwartalen") == 0)
		return quarter_list(f, 0);
	if (strcmp(name, "jaar.ontbrekend") == 0)
		return quarter_list(f, 1);
	if (strcmp(name, "aantal.kwartalen") == 0)
		return fmt_printf(f, "%d", f->y->nquarters);
	return NULL;
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
	s = n ? fmt_printf(f, "%s: geen kwartaalrapportage, de cijfers ontbreken (\xE2\x80\x93).", buf_str(&b)) : NULL;
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
	return begroot->kind == VAL_UNKNOWN || besteed->kind == VAL_UNKNOWN ? "n.t.b." : NL_ABSENT;
}

/* "7.400 (2021)", or a dash without a known value. */
const char *fmt_year_point(struct fmt *f, const struct datapoint *d)
{
	char per[64];
	if (d == NULL)
		return NL_ABSENT;
	return fmt_printf(f, "%s (%s)", fmt_value(f, &d->waarde), nl_period_short(per, sizeof per, &d->periode));
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
		return fmt_printf(f, "%s: meting over %s herzien van %s naar %s.", yi->naam, pb, fmt_value(f, &a->waarde),
		                  fmt_value(f, &b->waarde));
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
	                  fmt_value(f, &b->gerealiseerd), fmt_value(f, &a->gerealiseerd), delta,
	                  fmt_value(f, &b->afgesproken), b->eenheid ? " " : "", b->eenheid ? b->eenheid : "");
}

static const char *partner_changed(struct fmt *f, const struct year_partner *yp, int from, int to)
{
	const struct netwerkpartner *a = yp->at[from], *b = yp->at[to];
	char ea[64], eb[64];
	const char *what = a->afspraak != b->afspraak && (a->afspraak == NULL || b->afspraak == NULL ||
	                                                  strcmp(a->afspraak, b->afspraak) != 0)
	                       ? fmt_printf(f, "afspraak %s, was %s", b->afspraak ? b->afspraak : NL_ABSENT,
	                                    a->afspraak ? a->afspraak : NL_ABSENT)
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
static const char *change_text(struct fmt *f, const struct year_change *c)
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
static enum quadrant change_quadrant(const struct year_change *c)
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
static const char *transition(struct fmt *f, int from, int to)
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
			items[n++] = when ? fmt_printf(f, "%s: %s", transition(f, y->changes[i].from, y->changes[i].to),
			                               change_text(f, &y->changes[i]))
			                  : change_text(f, &y->changes[i]);
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

/* --- the year in brief -------------------------------------------------- */

static void quarters_table(struct fmt *f)
{
	const struct year *y = f->y;
	struct table *t = fmt_table(f, 4, YEAR_QUARTERS);
	char date[64];
	t->caption = fmt_caption(f, fmt_printf(f, "De kwartaalrapportages over %d", y->jaar));
	fmt_columns(t, (const char *const[]){"Kwartaal", "Rapportage", "Datum", "Kenmerk"}, "LLLL");
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		const struct report *r = y->q[q];
		t->rows[q].cells[0] = fmt_printf(f, "Q%d %d", q + 1, y->jaar);
		if (r == NULL) {
			t->rows[q].cells[1] = "ontbreekt: geen rapportage opgegeven";
			t->rows[q].cells[2] = NL_ABSENT;
			t->rows[q].cells[3] = NL_ABSENT;
			t->rows[q].flags = ROW_BOLD;
			continue;
		}
		t->rows[q].cells[1] = r->meta.titel;
		t->rows[q].cells[2] = fmt_printf(f, "%s", nl_date(date, sizeof date, &r->meta.datum));
		t->rows[q].cells[3] = r->meta.kenmerk ? r->meta.kenmerk : NL_ABSENT;
	}
	t->cols[0].min_width = 50;
	layout_table(f->L, t);
}

/* "6 in het eerste kwartaal, 7 in het vierde; 2 nieuw, 1 niet meer genoemd" */
static const char *partner_summary(struct fmt *f)
{
	const struct year *y = f->y;
	int first = year_prev(y, YEAR_QUARTERS);
	while (first >= 0 && year_prev(y, first) >= 0)
		first = year_prev(y, first);
	if (first < 0 || first == y->last)
		return fmt_printf(f, "%zu", y->q[y->last]->npartners);
	return fmt_printf(f, "%zu in het %s kwartaal, %zu in het %s; %zu nieuw, %zu niet meer genoemd",
	                  y->q[first]->npartners, fmt_year_ordinal[first], y->q[y->last]->npartners, fmt_year_ordinal[y->last],
	                  fmt_year_count(y, YC_PARTNER_ADDED), fmt_year_count(y, YC_PARTNER_REMOVED));
}

/* "3 van de 5 met een bekende realisatie gehaald (vierde kwartaal)" */
static const char *prestatie_summary(struct fmt *f)
{
	const struct report *r = f->y->q[f->y->last];
	size_t known = 0, met = 0;
	for (size_t i = 0; i < r->nprestaties; i++) {
		const struct prestatie *p = &r->prestaties[i];
		if (p->afgesproken.kind != VAL_NUMBER || p->gerealiseerd.kind != VAL_NUMBER)
			continue;
		known++;
		met += p->gerealiseerd.num >= p->afgesproken.num;
	}
	if (r->nprestaties == 0)
		return "geen afgesproken";
	return fmt_printf(f, "%zu van de %zu met een bekende realisatie gehaald, volgens het %s kwartaal%s", met, known,
	                  fmt_year_ordinal[f->y->last],
	                  known < r->nprestaties ? fmt_printf(f, "; van %zu is de realisatie onbekend", r->nprestaties - known)
	                                         : "");
}

/* "5; 1 doel bereikt, 3 op koers, 1 onbekend" */
static const char *indicator_summary(struct fmt *f)
{
	static const char *const status[] = {"doel bereikt", "op koers", "achter", "onbekend"};
	size_t n[4] = {0, 0, 0, 0};
	struct buf b = {0};
	const char *s;
	for (size_t i = 0; i < f->y->nindicatoren; i++)
		for (int k = 0; k < 4; k++)
			n[k] += strcmp(chart_status(&f->y->indicatoren[i].merged), status[k]) == 0;
	buf_printf(&b, "%zu gevolgd", f->y->nindicatoren);
	for (int k = 0; k < 4; k++)
		if (n[k])
			buf_printf(&b, "; %zu %s", n[k], status[k]);
	s = fmt_printf(f, "%s", buf_str(&b));
	buf_free(&b);
	return s;
}

static void key_figures(struct fmt *f)
{
	const struct year *y = f->y;
	const struct year_budget *bu = &y->budget;
	struct table *t = fmt_table(f, 2, 8);
	size_t n = 0;
	struct money b = year_row_begroot(y, &bu->total), s = year_row_besteed(y, &bu->total);
	t->caption = fmt_caption(f, fmt_printf(f, "Kerncijfers over %d", y->jaar));
	t->no_header = 1;
	t->rows[n].cells[0] = "Kwartaalrapportages";
	t->rows[n++].cells[1] = y->nquarters == YEAR_QUARTERS
	                            ? "alle vier"
	                            : fmt_printf(f, "%d van de 4; het %s %s", y->nquarters, quarter_list(f, 1),
	                                         y->nquarters < YEAR_QUARTERS - 1 ? "ontbreken" : "ontbreekt");
	if (bu->present) {
		t->rows[n].cells[0] = fmt_printf(f, "Begroot %d%s", y->jaar, fmt_year_unit(f));
		t->rows[n++].cells[1] = fmt_printf(f, "%s (volgens het %s kwartaal)", fmt_year_amount(f, &b), fmt_year_ordinal[bu->last]);
		t->rows[n].cells[0] = fmt_printf(f, "Besteed %d%s", y->jaar, fmt_year_unit(f));
		t->rows[n++].cells[1] = fmt_printf(f, "%s (tot en met het %s kwartaal)", fmt_year_amount(f, &s), fmt_year_ordinal[bu->last]);
		t->rows[n].cells[0] = "Realisatie";
		t->rows[n++].cells[1] = fmt_year_realisation(f, &b, &s);
	} else {
		t->rows[n].cells[0] = fmt_printf(f, "Middelen %d", y->jaar);
		t->rows[n++].cells[1] = "geen begroting voor dit jaar in de kwartaalrapportages";
	}
	t->rows[n].cells[0] = "Netwerkpartners";
	t->rows[n++].cells[1] = partner_summary(f);
	t->rows[n].cells[0] = "Prestaties";
	t->rows[n++].cells[1] = prestatie_summary(f);
	t->rows[n].cells[0] = "Indicatoren";
	t->rows[n++].cells[1] = indicator_summary(f);
	t->rows[n].cells[0] = "Veranderingen";
	t->rows[n++].cells[1] = fmt_printf(f, "%zu tussen de kwartalen", y->nchanges);
	t->nrows = n;
	t->cols[0].min_width = 150;
	t->first_col_max = 0.4;
	layout_table(f->L, t);
}

static void overview(struct fmt *f, const char *title)
{
	const struct year *y = f->y;
	const char *missing = quarter_list(f, 1);
	int several = y->nquarters < YEAR_QUARTERS - 1;
	layout_heading(f->L, title, 1, H1_FLAGS);
	layout_text(f->L,
	            fmt_printf(f,
	                       "Deze jaarrapportage over %d brengt de kwartaalrapportages van de opgave %s samen: die over "
	                       "het %s. De cijfers per kwartaal komen uit de rapportage over dat kwartaal; de cijfers "
	                       "over het jaar komen uit de laatste rapportage, over het %s kwartaal.",
	                       y->jaar, f->r->opgave.naam, quarter_list(f, 0), fmt_year_ordinal[y->last]),
	            ROLE_BODY, FONT_REGULAR);
	if (missing != NULL)
		layout_text(f->L,
		            fmt_printf(f,
		                       "De %s over het %s van %d %s. Dit jaaroverzicht is daardoor onvolledig: in de tabellen "
		                       "staat voor %s een streepje (\xE2\x80\x93), en veranderingen zijn vergeleken met het "
		                       "kwartaal daarvoor dat wel is gerapporteerd.",
		                       several ? "rapportages" : "rapportage", missing, y->jaar, several ? "ontbreken" : "ontbreekt",
		                       several ? "die kwartalen" : "dat kwartaal"),
		            ROLE_BODY, FONT_BOLD);
	if (!doc_is_empty(&f->r->opgave.ambitie)) {
		layout_heading(f->L, "Ambitie", 2, H2_FLAGS);
		layout_blocks(f->L, &f->r->opgave.ambitie, 3);
	}
	layout_heading(f->L, "Kwartaalrapportages", 2, H2_FLAGS);
	quarters_table(f);
	layout_heading(f->L, "Kerncijfers", 2, H2_FLAGS);
	key_figures(f);
	layout_heading(f->L, "Stand per kwadrant", 2, H2_FLAGS);
	fmt_quadrant_table(f, fmt_caption(f, fmt_printf(f, "Invulling van de kwadranten in de rapportage over het %s",
	                                                fmt_year_quarter(f, y->last))),
	                   "Inhoud in die rapportage");
}

/* --- from quarter to quarter, and the narratives ------------------------ */

/* "Het tweede kwartaal ontbreekt", "Het tweede en derde kwartaal
 * ontbreken": the quarters between a and b, which are missing. */
static const char *gap(struct fmt *f, int a, int b)
{
	struct buf g = {0};
	const char *s;
	for (int q = a + 1; q < b; q++)
		buf_printf(&g, "%s%s", q == a + 1 ? "" : q + 1 == b ? " en " : ", ", fmt_year_ordinal[q]);
	s = fmt_printf(f, "Het %s kwartaal %s", buf_str(&g), b - a > 2 ? "ontbreken" : "ontbreekt");
	buf_free(&g);
	return s;
}

static void changes(struct fmt *f, const char *title)
{
	const struct year *y = f->y;
	int pairs = 0;
	layout_heading(f->L, title, 1, H1_FLAGS);
	layout_text(f->L, "Elk kwartaal vergeleken met het kwartaal ervoor, per kwadrant: de leidende principes; de "
	                  "begroting, de netwerkpartners en de prestaties; de indicatoren; de bijsturing.",
	            ROLE_BODY, FONT_REGULAR);
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		int prev = year_prev(y, q);
		const char **items;
		size_t n = 0;
		if (y->q[q] == NULL || prev < 0)
			continue;
		pairs++;
		layout_heading(f->L, transition(f, prev, q), 2, H2_FLAGS);
		if (q - prev > 1)
			fmt_missing(f, fmt_printf(f, "%s; het %s kwartaal is vergeleken met het %s.", gap(f, prev, q), fmt_year_ordinal[q],
			                          fmt_year_ordinal[prev]));
		items = arena_array(layout_arena(f->L), y->nchanges + 1, sizeof *items);
		for (int k = 0; k < QUADRANT_MAX; k++) {
			size_t m = 0;
			for (size_t i = 0; i < y->nchanges; i++)
				if (y->changes[i].to == q && change_quadrant(&y->changes[i]) == (enum quadrant)k)
					items[m++] = change_text(f, &y->changes[i]);
			if (m == 0)
				continue;
			layout_text(f->L, quadrant_title[k], ROLE_BODY, FONT_BOLD);
			layout_list(f->L, items, m, 0);
			n += m;
		}
		if (n == 0)
			fmt_missing(f, "Geen veranderingen.");
	}
	if (pairs == 0)
		fmt_missing(f, "Er is maar één kwartaal gerapporteerd; er valt niets te vergelijken.");
}

/* A quarter's narrative under its title; a text the quarter before
 * already gave (`before`, NULL for none) is named, not repeated. */
static void narrative(struct fmt *f, const char *title, const struct doc *d, const struct doc *before, int prev)
{
	if (doc_is_empty(d))
		return;
	layout_heading(f->L, title, 3, 0);
	if (before != NULL && year_doc_same(d, before))
		fmt_missing(f, fmt_printf(f, "Dezelfde tekst als in het %s kwartaal.", fmt_year_ordinal[prev]));
	else
		layout_blocks(f->L, d, 4);
}

static void texts(struct fmt *f, const char *title)
{
	const struct year *y = f->y;
	char date[64];
	int prev;
	layout_heading(f->L, title, 1, H1_FLAGS);
	layout_text(f->L, "De teksten van de kwartaalrapportages zoals zij aan de raad zijn aangeboden: de stand van "
	                  "zaken en de toelichting bij elk kwadrant.",
	            ROLE_BODY, FONT_REGULAR);
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		const struct report *r = y->q[q];
		layout_heading(f->L, fmt_printf(f, "%c%s", fmt_year_ordinal[q][0] - 32, fmt_year_quarter(f, q) + 1), 2, H2_FLAGS);
		if (r == NULL) {
			fmt_missing(f, "Over dit kwartaal is geen rapportage opgegeven.");
			continue;
		}
		layout_text(f->L,
		            fmt_printf(f, "%s, %s%s%s.", r->meta.titel, nl_date(date, sizeof date, &r->meta.datum),
		                       r->meta.kenmerk ? ", kenmerk " : "", r->meta.kenmerk ? r->meta.kenmerk : ""),
		            ROLE_SMALL, FONT_REGULAR);
		prev = year_prev(y, q);
		narrative(f, "Stand van zaken", &r->samenvatting, prev >= 0 ? &y->q[prev]->samenvatting : NULL, prev);
		for (int k = 0; k < QUADRANT_MAX; k++)
			narrative(f, quadrant_title[k], &r->q[k].tekst, prev >= 0 ? &y->q[prev]->q[k].tekst : NULL, prev);
	}
}

void fmt_year_section(struct fmt *f, const struct tpl_section *s)
{
	if (f->y == NULL) { /* one report, not a year: say so once, in the year in brief */
		if (s->kind == SEC_JAAR_OVERZICHT) {
			layout_heading(f->L, s->titel, 1, H1_FLAGS);
			fmt_missing(f, "De onderdelen van de jaarrapportage worden gevuld uit de kwartaalrapportages van het "
			               "jaar; maak de jaarrapportage met voortgang jaar.");
		}
		return;
	}
	switch (s->kind) {
	case SEC_JAAR_OVERZICHT: overview(f, s->titel); break;
	case SEC_JAAR_KWADRANT: fmt_year_quadrant(f, s->quadrant, s->titel); break;
	case SEC_JAAR_VERLOOP: changes(f, s->titel); break;
	case SEC_JAAR_TEKSTEN: texts(f, s->titel); break;
	default: break;
	}
}

/* --- the document ------------------------------------------------------- */

static const char *lookup(void *ctx, const char *key)
{
	return fmt_field(ctx, key);
}

/* Every quarter's input files once, in quarter order: quarters often
 * share a narrative, and a file is listed once per digest. */
static const struct source_file *year_sources(struct fmt *f, size_t *n)
{
	size_t cap = 0;
	struct source_file *all;
	*n = 0;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		cap += f->y->q[q] ? f->y->q[q]->nsources : 0;
	all = arena_array(layout_arena(f->L), cap + 1, sizeof *all);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		for (size_t i = 0; f->y->q[q] && i < f->y->q[q]->nsources; i++) {
			const struct source_file *s = &f->y->q[q]->sources[i];
			size_t k = 0;
			while (k < *n && !(strcmp(all[k].path, s->path) == 0 && strcmp(all[k].sha256, s->sha256) == 0))
				k++;
			if (k == *n)
				all[(*n)++] = *s;
		}
	return all;
}

struct layout_doc *format_year(const struct year *y, const struct template *t, const struct fontset *fs,
                               const struct hyphenator *h, int archive)
{
	struct fmt f;
	struct field_ctx c = {&f, 0, NULL, 0};
	struct layout_doc *d;
	const struct source_file *src;
	size_t nsrc;
	memset(&f, 0, sizeof f);
	f.r = &y->report;
	f.t = t;
	f.y = y;
	f.L = layout_new(t, fs, h);
	src = year_sources(&f, &nsrc);
	fmt_blocks(&f, t->sections, t->nsections, &c);
	if (archive)
		fmt_colophon(&f, src, nsrc);
	d = layout_finish(f.L, lookup, &c);
	{
		char year[16];
		snprintf(year, sizeof year, "%d", y->jaar);
		fmt_document_info(&f, d, KIND_JAARRAPPORTAGE, year, "jaarrapportage", src, nsrc);
	}
	d->archive = archive;
	layout_free(f.L);
	return d;
}
