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
#include "../model/year.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "format_int.h"

#define H1_FLAGS (HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE)
#define H2_FLAGS (HEADING_TOC | HEADING_NUMBERED)

static const char *const ordinal[YEAR_QUARTERS] = {"eerste", "tweede", "derde", "vierde"};

/* "eerste kwartaal 2022" */
static const char *quarter_long(struct fmt *f, int q)
{
	return fmt_printf(f, "%s kwartaal %d", ordinal[q], f->y->jaar);
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
			buf_printf(&b, "%s%s", n == 1 ? "" : n == total ? " en " : ", ", ordinal[q]);
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
static const char *missing_note(struct fmt *f)
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
static const char *notes(struct fmt *f, const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a ? a : b;
	return fmt_printf(f, "%s %s", a, b);
}

static const char *amount(struct fmt *f, const struct money *m)
{
	char tmp[64];
	return fmt_printf(f, "%s", nl_money_value(tmp, sizeof tmp, m, f->y->budget.decimals));
}

static const char *unit_suffix(struct fmt *f)
{
	return f->y->budget.eenheid ? fmt_printf(f, " (%s)", f->y->budget.eenheid) : "";
}

/* besteed as a share of begroot: "97%", "n.t.b." when either is unknown,
 * a dash when either is absent or the budget is zero. */
static const char *realisation(struct fmt *f, const struct money *begroot, const struct money *besteed)
{
	char pct[32];
	if (begroot->kind == VAL_NUMBER && besteed->kind == VAL_NUMBER && begroot->q != 0)
		return fmt_printf(f, "%s", nl_percent(pct, sizeof pct,
		                                      100.0 * money_to_double(besteed->q) / money_to_double(begroot->q), 0));
	return begroot->kind == VAL_UNKNOWN || besteed->kind == VAL_UNKNOWN ? "n.t.b." : NL_ABSENT;
}

/* "7.400 (2021)", or a dash without a known value. */
static const char *point(struct fmt *f, const struct datapoint *d)
{
	char per[64];
	if (d == NULL)
		return NL_ABSENT;
	return fmt_printf(f, "%s (%s)", fmt_value(f, &d->waarde), nl_period_short(per, sizeof per, &d->periode));
}

/* A value or a dash for an item a quarter does not have. */
static const char *value_or_dash(struct fmt *f, const struct value *v)
{
	return v ? fmt_value(f, v) : NL_ABSENT;
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
		return fmt_printf(f, "%s: geen bekende meting meer (was %s).", yi->naam, point(f, a));
	if (a == NULL)
		return fmt_printf(f, "%s: eerste meting %s.", yi->naam, point(f, b));
	nl_period_short(pa, sizeof pa, &a->periode);
	nl_period_short(pb, sizeof pb, &b->periode);
	if (strcmp(pa, pb) == 0)
		return fmt_printf(f, "%s: meting over %s herzien van %s naar %s.", yi->naam, pb, fmt_value(f, &a->waarde),
		                  fmt_value(f, &b->waarde));
	return fmt_printf(f, "%s: nieuwe meting %s, was %s; verschil %s.", yi->naam, point(f, b), point(f, a),
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
	                                     b->bedrag.kind == VAL_NUMBER ? nl_euros(eb, sizeof eb, b->bedrag.q, 0)
	                                                                  : nl_money_value(eb, sizeof eb, &b->bedrag, 0),
	                                     a->bedrag.kind == VAL_NUMBER ? nl_euros(ea, sizeof ea, a->bedrag.q, 0)
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
		return fmt_printf(f, "Begroting %d voor %s: %s, was %s%s.", y->jaar, row->naam, amount(f, &row->begroot[c->to]),
		                  amount(f, &row->begroot[c->from]), unit_suffix(f));
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
		                  point(f, indicator_last(y->indicatoren[c->item].at[c->to])));
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

/* "Van het eerste naar het tweede kwartaal" */
static const char *transition(struct fmt *f, int from, int to)
{
	return fmt_printf(f, "Van het %s naar het %s kwartaal", ordinal[from], ordinal[to]);
}

typedef int (*change_filter)(const struct year_change *c);

/* The changes a filter picks, as a list; each item names its quarters
 * when `when` is set. Returns how many there were. */
static size_t change_list(struct fmt *f, change_filter want, int when)
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

static int is_principle(const struct year_change *c)
{
	return (c->kind == YC_LINE_ADDED || c->kind == YC_LINE_REMOVED) && c->list == YL_PRINCIPES;
}

static int is_budget(const struct year_change *c)
{
	return c->kind == YC_BUDGET;
}

static int is_partner(const struct year_change *c)
{
	return c->kind == YC_PARTNER_ADDED || c->kind == YC_PARTNER_REMOVED || c->kind == YC_PARTNER_CHANGED;
}

static size_t count_kind(const struct year *y, enum year_change_kind k)
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
	                  y->q[first]->npartners, ordinal[first], y->q[y->last]->npartners, ordinal[y->last],
	                  count_kind(y, YC_PARTNER_ADDED), count_kind(y, YC_PARTNER_REMOVED));
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
	                  ordinal[f->y->last],
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
		t->rows[n].cells[0] = fmt_printf(f, "Begroot %d%s", y->jaar, unit_suffix(f));
		t->rows[n++].cells[1] = fmt_printf(f, "%s (volgens het %s kwartaal)", amount(f, &b), ordinal[bu->last]);
		t->rows[n].cells[0] = fmt_printf(f, "Besteed %d%s", y->jaar, unit_suffix(f));
		t->rows[n++].cells[1] = fmt_printf(f, "%s (tot en met het %s kwartaal)", amount(f, &s), ordinal[bu->last]);
		t->rows[n].cells[0] = "Realisatie";
		t->rows[n++].cells[1] = realisation(f, &b, &s);
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
	                       y->jaar, f->r->opgave.naam, quarter_list(f, 0), ordinal[y->last]),
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
	                                                quarter_long(f, y->last))),
	                   "Inhoud in die rapportage");
}

/* --- the quadrants through the year ------------------------------------- */

static void principles(struct fmt *f)
{
	const struct strlist *p = &f->r->leidende_principes;
	layout_heading(f->L, "Leidende principes", 2, H2_FLAGS);
	if (p->n)
		layout_list(f->L, p->items, p->n, 1);
	else
		fmt_missing(f, "De laatste kwartaalrapportage noemt geen leidende principes.");
	layout_heading(f->L, "Veranderingen in de loop van het jaar", 3, 0);
	if (change_list(f, is_principle, 1) == 0)
		layout_text(f->L, "De leidende principes zijn het hele jaar gelijk gebleven.", ROLE_BODY, FONT_REGULAR);
}

static void budget_table(struct fmt *f)
{
	const struct year *y = f->y;
	const struct year_budget *bu = &y->budget;
	struct table *t = fmt_table(f, YEAR_QUARTERS + 3, bu->nrows + 1);
	int changed = 0;
	t->caption = fmt_caption(f, fmt_printf(f, "Begroot in %d en besteed tot en met elk kwartaal, per %s%s", y->jaar,
	                                       bu->by_pijler ? "pijler" : "post", unit_suffix(f)));
	t->cols[0].header = bu->by_pijler ? "Pijler" : "Post";
	t->cols[1].header = "Begroot";
	for (int q = 0; q < YEAR_QUARTERS; q++)
		t->cols[q + 2].header = fmt_printf(f, "t/m Q%d", q + 1);
	t->cols[YEAR_QUARTERS + 2].header = "Realisatie";
	for (size_t j = 1; j < t->ncols; j++)
		t->cols[j].align = CELL_RIGHT;
	for (size_t i = 0; i <= bu->nrows; i++) {
		const struct year_budget_row *row = i < bu->nrows ? &bu->rows[i] : &bu->total;
		struct money b = year_row_begroot(y, row), s = year_row_besteed(y, row);
		int row_changed = 0;
		for (size_t k = 0; i < bu->nrows && k < y->nchanges; k++)
			row_changed |= y->changes[k].kind == YC_BUDGET && y->changes[k].item == i;
		changed |= row_changed;
		t->rows[i].cells[0] = i < bu->nrows && row->eenmalig ? fmt_printf(f, "%s (eenmalig)", row->naam) : row->naam;
		t->rows[i].cells[1] = fmt_printf(f, "%s%s", amount(f, &b), row_changed ? "*" : "");
		for (int q = 0; q < YEAR_QUARTERS; q++)
			t->rows[i].cells[q + 2] = y->q[q] ? amount(f, &row->besteed[q]) : NL_ABSENT;
		t->rows[i].cells[YEAR_QUARTERS + 2] = realisation(f, &b, &s);
		if (i == bu->nrows)
			t->rows[i].flags = ROW_TOTAL;
	}
	t->note = notes(f,
	                fmt_printf(f,
	                           "Begroot: de begroting voor %d volgens de laatste rapportage (%s kwartaal). t/m Qn: "
	                           "wat in %d tot en met het einde van dat kwartaal is besteed, volgens de rapportage over "
	                           "dat kwartaal; het jaarcijfer is dat van het laatste kwartaal, geen optelling van "
	                           "kwartalen. Realisatie: besteed tegenover begroot volgens de laatste rapportage.%s",
	                           y->jaar, ordinal[bu->last], y->jaar,
	                           changed ? " * De begroting is in de loop van het jaar gewijzigd." : ""),
	                missing_note(f));
	t->first_col_max = 0.3;
	layout_table(f->L, t);
}

static void budget(struct fmt *f)
{
	const struct year *y = f->y;
	layout_heading(f->L, fmt_printf(f, "Middelen %d", y->jaar), 2, H2_FLAGS);
	if (!y->budget.present) {
		fmt_missing(f, fmt_printf(f, "Geen van de kwartaalrapportages geeft een begroting voor %d: begroot en "
		                             "besteed zijn voor dit jaar niet zichtbaar.",
		                          y->jaar));
		layout_blocks(f->L, &f->r->middelen.toelichting, 3);
		return;
	}
	budget_table(f);
	if (count_kind(y, YC_BUDGET) > 0) {
		layout_heading(f->L, "Begrotingswijzigingen", 3, 0);
		change_list(f, is_budget, 1);
	}
	layout_blocks(f->L, &f->r->middelen.toelichting, 3);
}

/* "ja" or "nee" for a quarter given, a dash for a missing one. */
static const char *presence(const struct year *y, int q, const void *at)
{
	return y->q[q] == NULL ? NL_ABSENT : at ? "ja" : "nee";
}

static void partners(struct fmt *f)
{
	const struct year *y = f->y;
	struct table *t;
	layout_heading(f->L, "Netwerkpartners", 2, H2_FLAGS);
	if (y->npartners == 0) {
		fmt_missing(f, "Geen van de kwartaalrapportages noemt netwerkpartners.");
		return;
	}
	t = fmt_table(f, YEAR_QUARTERS + 2, y->npartners);
	t->caption = fmt_caption(f, "Netwerkpartners per kwartaal");
	fmt_columns(t, (const char *const[]){"Partner", "Afspraak", "Q1", "Q2", "Q3", "Q4"}, "LLCCCC");
	for (size_t i = 0; i < y->npartners; i++) {
		const struct netwerkpartner *latest = NULL;
		for (int q = 0; q < YEAR_QUARTERS; q++) {
			t->rows[i].cells[q + 2] = presence(y, q, y->partners[i].at[q]);
			latest = y->partners[i].at[q] ? y->partners[i].at[q] : latest;
		}
		t->rows[i].cells[0] = y->partners[i].naam;
		t->rows[i].cells[1] = latest->afspraak ? latest->afspraak : NL_ABSENT;
		if (y->partners[i].at[y->last] == NULL)
			t->rows[i].flags = ROW_MUTED;
	}
	t->note = notes(f, "Afspraak: volgens de laatste rapportage waarin de partner voorkomt. Grijs: aan het eind van "
	                   "het jaar niet meer genoemd.",
	                missing_note(f));
	t->first_col_max = 0.45;
	layout_table(f->L, t);
	layout_heading(f->L, "Veranderingen in de loop van het jaar", 3, 0);
	if (change_list(f, is_partner, 1) == 0)
		layout_text(f->L, "De netwerkpartners en hun afspraken zijn het hele jaar gelijk gebleven.", ROLE_BODY,
		            FONT_REGULAR);
}

static void prestaties(struct fmt *f)
{
	const struct year *y = f->y;
	struct table *t;
	layout_heading(f->L, "Prestaties per kwartaal", 2, H2_FLAGS);
	if (y->nprestaties == 0) {
		fmt_missing(f, "Geen van de kwartaalrapportages noemt prestaties.");
		return;
	}
	t = fmt_table(f, YEAR_QUARTERS + 3, y->nprestaties);
	t->caption = fmt_caption(f, "Afgesproken en gerealiseerde prestaties, stand per kwartaal");
	fmt_columns(t, (const char *const[]){"Prestatie", "Afgesproken", "Q1", "Q2", "Q3", "Q4", "Realisatie"}, "LRRRRRR");
	for (size_t i = 0; i < y->nprestaties; i++) {
		const struct prestatie *latest = NULL;
		char pct[32];
		for (int q = 0; q < YEAR_QUARTERS; q++) {
			const struct prestatie *p = y->prestaties[i].at[q];
			t->rows[i].cells[q + 2] = value_or_dash(f, p ? &p->gerealiseerd : NULL);
			latest = p ? p : latest;
		}
		t->rows[i].cells[0] = latest->eenheid ? fmt_printf(f, "%s (%s)", y->prestaties[i].naam, latest->eenheid)
		                                      : y->prestaties[i].naam;
		t->rows[i].cells[1] = fmt_value(f, &latest->afgesproken);
		if (latest->afgesproken.kind == VAL_NUMBER && latest->gerealiseerd.kind == VAL_NUMBER &&
		    latest->afgesproken.num != 0)
			t->rows[i].cells[YEAR_QUARTERS + 2] = fmt_printf(
			    f, "%s", nl_percent(pct, sizeof pct, 100 * latest->gerealiseerd.num / latest->afgesproken.num, 0));
		else
			t->rows[i].cells[YEAR_QUARTERS + 2] = "n.t.b.";
		if (y->prestaties[i].at[y->last] == NULL)
			t->rows[i].flags = ROW_MUTED;
	}
	t->note = notes(f, "Per kwartaal: gerealiseerd volgens de rapportage over dat kwartaal. Afgesproken en "
	                   "realisatie: volgens de laatste rapportage die de prestatie noemt. Grijs: aan het eind van het "
	                   "jaar niet meer gerapporteerd.",
	                missing_note(f));
	t->first_col_max = 0.4;
	layout_table(f->L, t);
}

/* The first quarter given. */
static int first_quarter(const struct year *y)
{
	for (int q = 0; q < YEAR_QUARTERS; q++)
		if (y->q[q] != NULL)
			return q;
	return -1;
}

static void indicator_table(struct fmt *f)
{
	const struct year *y = f->y;
	int first = first_quarter(y);
	struct table *t = fmt_table(f, 5, y->nindicatoren);
	t->caption = fmt_caption(
	    f, fmt_printf(f, "Indicatoren: laatste bekende meting in het eerste en het laatste gerapporteerde kwartaal"));
	fmt_columns(t,
	            (const char *const[]){"Indicator", fmt_printf(f, "Stand Q%d", first + 1),
	                                  fmt_printf(f, "Stand Q%d", y->last + 1), "Doel", "Stand"},
	            "LRRRL");
	for (size_t i = 0; i < y->nindicatoren; i++) {
		const struct year_indicator *yi = &y->indicatoren[i];
		const char *target = fmt_target(f, &yi->merged);
		t->rows[i].cells[0] = yi->merged.eenheid ? fmt_printf(f, "%s (%s)", yi->naam, yi->merged.eenheid) : yi->naam;
		t->rows[i].cells[1] = yi->at[first] ? point(f, indicator_last(yi->at[first])) : "nog niet gevolgd";
		t->rows[i].cells[2] = yi->at[y->last] ? point(f, indicator_last(yi->at[y->last])) : "niet meer gevolgd";
		t->rows[i].cells[3] = target ? target : NL_ABSENT;
		t->rows[i].cells[4] = chart_status(&yi->merged);
	}
	t->first_col_max = 0.34;
	layout_table(f->L, t);
}

/* One indicator: its trend over the merged series, the series, and its
 * last known value as each quarter reported it. */
static void indicator(struct fmt *f, const struct year_indicator *yi)
{
	const struct year *y = f->y;
	struct table *t = fmt_table(f, 3, YEAR_QUARTERS);
	layout_heading(f->L, yi->naam, 3, 0);
	fmt_indicator_charts(f, &yi->merged);
	if (yi->merged.nreeks > 0)
		fmt_indicator_series(f, &yi->merged);
	t->caption = fmt_caption(f, "Laatste bekende meting en doel per kwartaal");
	fmt_columns(t, (const char *const[]){"Kwartaal", "Laatste meting", "Doel"}, "LRR");
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		const struct indicator *ind = yi->at[q];
		const char *target = ind ? fmt_target(f, ind) : NULL;
		t->rows[q].cells[0] = fmt_printf(f, "Q%d %d", q + 1, y->jaar);
		t->rows[q].cells[1] = y->q[q] == NULL ? "geen rapportage" : ind ? point(f, indicator_last(ind)) : "niet gevolgd";
		t->rows[q].cells[2] = target ? target : NL_ABSENT;
		if (ind == NULL)
			t->rows[q].flags = ROW_MUTED;
	}
	t->cols[0].min_width = 60;
	layout_table(f->L, t);
	if (yi->merged.definitie != NULL)
		layout_text(f->L, yi->merged.definitie, ROLE_BODY, FONT_REGULAR);
}

static void indicators(struct fmt *f)
{
	const struct year *y = f->y;
	layout_heading(f->L, "Indicatoren per kwartaal", 2, H2_FLAGS);
	if (y->nindicatoren == 0) {
		fmt_missing(f, "Geen van de kwartaalrapportages noemt indicatoren.");
		return;
	}
	indicator_table(f);
	for (size_t i = 0; i < y->nindicatoren; i++)
		indicator(f, &y->indicatoren[i]);
}

/* One list of bijsturing in a quarter: what is new, what is gone. */
static void bijsturing_part(struct fmt *f, enum year_list l, const char *title, int q, int prev)
{
	const struct year_lines *yl = &f->y->lines[l];
	const char **items = arena_array(layout_arena(f->L), 2 * yl->n + 1, sizeof *items);
	size_t n = 0;
	for (size_t i = 0; i < yl->n; i++)
		if (yl->v[i].in[q] && (prev < 0 || !yl->v[i].in[prev]))
			items[n++] = prev < 0 ? yl->v[i].text : fmt_printf(f, "nieuw: %s", yl->v[i].text);
	for (size_t i = 0; prev >= 0 && i < yl->n; i++)
		if (!yl->v[i].in[q] && yl->v[i].in[prev])
			items[n++] = fmt_printf(f, "niet meer genoemd: %s", yl->v[i].text);
	if (n == 0)
		return;
	layout_text(f->L, title, ROLE_BODY, FONT_BOLD);
	layout_list(f->L, items, n, 0);
}

static void bijsturing(struct fmt *f)
{
	const struct year *y = f->y;
	static const char *const title[YL_MAX] = {NULL, "Inzetten", "Versterken", "Afbouwen"};
	layout_heading(f->L, "Bijsturing per kwartaal", 2, H2_FLAGS);
	layout_text(f->L, "Per kwartaal wat de opgave ging inzetten, versterken of afbouwen: het eerste kwartaal "
	                  "volledig, daarna wat nieuw is en wat niet meer wordt genoemd.",
	            ROLE_BODY, FONT_REGULAR);
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		int prev = year_prev(y, q), any = 0;
		layout_heading(f->L, fmt_printf(f, "%c%s", ordinal[q][0] - 32, quarter_long(f, q) + 1), 3, 0);
		if (y->q[q] == NULL) {
			fmt_missing(f, "Over dit kwartaal is geen rapportage opgegeven.");
			continue;
		}
		for (int l = YL_INZETTEN; l < YL_MAX; l++)
			for (size_t i = 0; i < y->lines[l].n; i++)
				any |= y->lines[l].v[i].in[q] != (prev >= 0 && y->lines[l].v[i].in[prev]);
		if (!any) {
			fmt_missing(f, prev < 0 ? "Geen bijsturing opgegeven." : "Geen veranderingen in de bijsturing.");
			continue;
		}
		for (int l = YL_INZETTEN; l < YL_MAX; l++)
			bijsturing_part(f, (enum year_list)l, title[l], q, prev);
	}
}

static void year_quadrant(struct fmt *f, enum quadrant q, const char *title)
{
	int present = 0;
	layout_heading(f->L, title, 1, H1_FLAGS);
	for (int k = 0; k < YEAR_QUARTERS; k++)
		present |= f->y->q[k] != NULL && f->y->q[k]->q[q].present;
	if (!present) {
		fmt_missing(f, "Dit kwadrant is in geen van de kwartaalrapportages ingevuld.");
		return;
	}
	switch (q) {
	case Q_GEDEELDE_WAARDEN:
		principles(f);
		break;
	case Q_KADERS:
		budget(f);
		partners(f);
		prestaties(f);
		break;
	case Q_DATA:
		indicators(f);
		break;
	case Q_LEREN:
		bijsturing(f);
		break;
	default:
		break;
	}
}

/* --- from quarter to quarter, and the narratives ------------------------ */

/* "Het tweede kwartaal ontbreekt", "Het tweede en derde kwartaal
 * ontbreken": the quarters between a and b, which are missing. */
static const char *gap(struct fmt *f, int a, int b)
{
	struct buf g = {0};
	const char *s;
	for (int q = a + 1; q < b; q++)
		buf_printf(&g, "%s%s", q == a + 1 ? "" : q + 1 == b ? " en " : ", ", ordinal[q]);
	s = fmt_printf(f, "Het %s kwartaal %s", buf_str(&g), b - a > 2 ? "ontbreken" : "ontbreekt");
	buf_free(&g);
	return s;
}

static void changes(struct fmt *f, const char *title)
{
	const struct year *y = f->y;
	int pairs = 0;
	layout_heading(f->L, title, 1, H1_FLAGS);
	layout_text(f->L, "Elk kwartaal vergeleken met het kwartaal ervoor: de leidende principes, de begroting, de "
	                  "netwerkpartners, de prestaties, de indicatoren en de bijsturing.",
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
			fmt_missing(f, fmt_printf(f, "%s; het %s kwartaal is vergeleken met het %s.", gap(f, prev, q), ordinal[q],
			                          ordinal[prev]));
		items = arena_array(layout_arena(f->L), y->nchanges + 1, sizeof *items);
		for (size_t i = 0; i < y->nchanges; i++)
			if (y->changes[i].to == q)
				items[n++] = change_text(f, &y->changes[i]);
		if (n)
			layout_list(f->L, items, n, 0);
		else
			fmt_missing(f, "Geen veranderingen.");
	}
	if (pairs == 0)
		fmt_missing(f, "Er is maar één kwartaal gerapporteerd; er valt niets te vergelijken.");
}

static void narrative(struct fmt *f, const char *title, const struct doc *d)
{
	if (doc_is_empty(d))
		return;
	layout_heading(f->L, title, 3, 0);
	layout_blocks(f->L, d, 4);
}

static void texts(struct fmt *f, const char *title)
{
	const struct year *y = f->y;
	char date[64];
	layout_heading(f->L, title, 1, H1_FLAGS);
	layout_text(f->L, "De teksten van de kwartaalrapportages zoals zij aan de raad zijn aangeboden: de stand van "
	                  "zaken en de toelichting bij elk kwadrant.",
	            ROLE_BODY, FONT_REGULAR);
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		const struct report *r = y->q[q];
		layout_heading(f->L, fmt_printf(f, "%c%s", ordinal[q][0] - 32, quarter_long(f, q) + 1), 2, H2_FLAGS);
		if (r == NULL) {
			fmt_missing(f, "Over dit kwartaal is geen rapportage opgegeven.");
			continue;
		}
		layout_text(f->L,
		            fmt_printf(f, "%s, %s%s%s.", r->meta.titel, nl_date(date, sizeof date, &r->meta.datum),
		                       r->meta.kenmerk ? ", kenmerk " : "", r->meta.kenmerk ? r->meta.kenmerk : ""),
		            ROLE_SMALL, FONT_REGULAR);
		narrative(f, "Stand van zaken", &r->samenvatting);
		for (int k = 0; k < QUADRANT_MAX; k++)
			narrative(f, quadrant_title[k], &r->q[k].tekst);
	}
}

void fmt_year_section(struct fmt *f, const struct tpl_section *s)
{
	if (f->y == NULL) {
		fmt_missing(f, "Dit onderdeel van de jaarrapportage wordt gevuld uit de kwartaalrapportages; maak het "
		               "met voortgang jaar.");
		return;
	}
	switch (s->kind) {
	case SEC_JAAR_OVERZICHT: overview(f, s->titel); break;
	case SEC_JAAR_KWADRANT: year_quadrant(f, s->quadrant, s->titel); break;
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

static void document_info(struct fmt *f, struct layout_doc *d)
{
	const struct report *r = f->r;
	struct arena *a = d->arena;
	d->title = arena_strdup(a, r->meta.titel);
	d->author = r->meta.gemeente ? arena_printf(a, "Gemeente %s%s%s", r->meta.gemeente, r->meta.organisatie ? ", " : "",
	                                            r->meta.organisatie ? r->meta.organisatie : "")
	                             : arena_strdup(a, r->meta.organisatie);
	d->subject = arena_printf(a, "%s, %s, %d", report_kind_name[KIND_JAARRAPPORTAGE], r->opgave.naam ? r->opgave.naam : "",
	                          f->y->jaar);
	d->keywords = arena_printf(a, "%s; %s; jaarrapportage; sturingsmodel; ongelijk investeren voor gelijke kansen",
	                           r->opgave.naam ? r->opgave.naam : "",
	                           r->opgave.strategische_doelstelling ? r->opgave.strategische_doelstelling : "");
	d->lang = "nl-NL";
	d->template_name = arena_strdup(a, f->t->naam);
	d->template_version = arena_strdup(a, f->t->versie);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		if (f->y->q[q] != NULL)
			layout_doc_add_sources(d, f->y->q[q]->sources, f->y->q[q]->nsources);
}

struct layout_doc *format_year(const struct year *y, const struct template *t, const struct fontset *fs,
                               const struct hyphenator *h)
{
	struct fmt f;
	struct field_ctx c = {&f, 0, NULL, 0};
	struct layout_doc *d;
	memset(&f, 0, sizeof f);
	f.r = &y->report;
	f.t = t;
	f.y = y;
	f.L = layout_new(t, fs, h);
	fmt_blocks(&f, t->sections, t->nsections, &c);
	d = layout_finish(f.L, lookup, &c);
	document_info(&f, d);
	layout_free(f.L);
	return d;
}
