/* The annual report's quadrant chapters. See year_fmt.c for the rest:
 * the year in brief, the changes, the narratives and the document. */
#include <stdio.h>
#include <string.h>

#include "../chart/chart.h"
#include "../model/money.h"
#include "../model/year.h"
#include "../text/goal.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "fmt_base.h"
#include "indicators.h"
#include "year_parts.h"
#include "year_quadrants.h"

#define H1_FLAGS (HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE)
#define H2_FLAGS (HEADING_TOC | HEADING_NUMBERED)

/* A measured value, or "n.g." for an item that quarter's report does
 * not have. */
static const char *value_or_dash(struct fmt *f, const struct value *v)
{
	return v ? fmt_measured(f, v) : NL_NOT_REPORTED;
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
	if (fmt_year_changes(f, is_principle, 1) == 0)
		layout_text(f->L, "De leidende principes zijn het hele jaar gelijk gebleven.", ROLE_BODY, FONT_REGULAR);
}

static void budget_table(struct fmt *f)
{
	const struct year *y = f->y;
	const struct year_budget *bu = &y->budget;
	struct table *t = fmt_table(f, YEAR_QUARTERS + 3, bu->nrows + 1);
	int changed = 0;
	t->caption = fmt_caption(f, fmt_printf(f, "Begroot in %d en besteed tot en met elk kwartaal, per %s%s", y->jaar,
	                                       bu->by_pijler ? "pijler" : "post", fmt_year_unit(f)));
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
		t->rows[i].cells[1] = fmt_printf(f, "%s%s", fmt_year_amount(f, &b), row_changed ? "*" : "");
		for (int q = 0; q < YEAR_QUARTERS; q++)
			t->rows[i].cells[q + 2] = y->q[q] ? fmt_year_spent(f, &row->besteed[q]) : NL_NOT_REPORTED;
		t->rows[i].cells[YEAR_QUARTERS + 2] = fmt_year_realisation(f, &b, &s);
		if (i == bu->nrows)
			t->rows[i].flags = ROW_TOTAL;
	}
	t->note = fmt_year_notes(f,
	                fmt_printf(f,
	                           "Begroot: de begroting voor %d volgens de laatste rapportage (%s kwartaal). t/m Qn: "
	                           "wat in %d tot en met het einde van dat kwartaal is besteed, volgens de rapportage over "
	                           "dat kwartaal; het jaarcijfer is dat van het laatste kwartaal, geen optelling van "
	                           "kwartalen. Realisatie: besteed tegenover begroot volgens de laatste rapportage.%s",
	                           y->jaar, fmt_year_ordinal[bu->last], y->jaar,
	                           changed ? " * De begroting is in de loop van het jaar gewijzigd." : ""),
	                fmt_year_missing_note(f));
	t->first_col_max = 0.3;
	fmt_layout_table(f, t);
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
	if (fmt_year_count(y, YC_BUDGET) > 0) {
		layout_heading(f->L, "Begrotingswijzigingen", 3, 0);
		fmt_year_changes(f, is_budget, 1);
	}
	layout_blocks(f->L, &f->r->middelen.toelichting, 3);
}

/* "ja" or "nee" for a quarter given, a dash for a missing one. */
static const char *presence(const struct year *y, int q, const void *at)
{
	return y->q[q] == NULL ? NL_NOT_REPORTED : at ? "ja" : "nee";
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
		t->rows[i].cells[1] = latest->afspraak ? latest->afspraak : NL_MISSING;
		if (y->partners[i].at[y->last] == NULL)
			t->rows[i].flags = ROW_MUTED;
	}
	t->note = fmt_year_notes(f, "Afspraak: volgens de laatste rapportage waarin de partner voorkomt. Grijs: aan het eind van "
	                   "het jaar niet meer genoemd.",
	                fmt_year_missing_note(f));
	t->first_col_max = 0.45;
	fmt_layout_table(f, t);
	layout_heading(f->L, "Veranderingen in de loop van het jaar", 3, 0);
	if (fmt_year_changes(f, is_partner, 1) == 0)
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
			t->rows[i].cells[YEAR_QUARTERS + 2] = latest->afgesproken.kind == VAL_UNKNOWN ? NL_UNKNOWN
			                                      : latest->gerealiseerd.kind != VAL_NUMBER ? NL_MISSING
			                                                                                : NL_NA;
		if (y->prestaties[i].at[y->last] == NULL)
			t->rows[i].flags = ROW_MUTED;
	}
	t->note = fmt_year_notes(f, "Per kwartaal: gerealiseerd volgens de rapportage over dat kwartaal. Afgesproken en "
	                   "realisatie: volgens de laatste rapportage die de prestatie noemt. Grijs: aan het eind van het "
	                   "jaar niet meer gerapporteerd.",
	                fmt_year_missing_note(f));
	t->first_col_max = 0.4;
	fmt_layout_table(f, t);
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
	            (const char *const[]){"Indicator", fmt_printf(f, "Meting Q%d", first + 1),
	                                  fmt_printf(f, "Meting Q%d", y->last + 1), "Doel", "Stand"},
	            "LRRRL");
	for (size_t i = 0; i < y->nindicatoren; i++) {
		const struct year_indicator *yi = &y->indicatoren[i];
		const char *target = fmt_target(f, &yi->merged);
		t->rows[i].cells[0] = yi->merged.eenheid ? fmt_printf(f, "%s (%s)", yi->naam, yi->merged.eenheid) : yi->naam;
		t->rows[i].cells[1] = yi->at[first] ? fmt_year_point(f, indicator_last(yi->at[first])) : "nog niet gevolgd";
		t->rows[i].cells[2] = yi->at[y->last] ? fmt_year_point(f, indicator_last(yi->at[y->last])) : "niet meer gevolgd";
		t->rows[i].cells[3] = target ? target : NL_MISSING;
		t->rows[i].cells[4] = fmt_printf(f, "%s", nl_status((char[96]){0}, 96, &yi->merged));
	}
	t->first_col_max = 0.34;
	fmt_layout_table(f, t);
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
		t->rows[q].cells[1] = y->q[q] == NULL ? "geen rapportage" : ind ? fmt_year_point(f, indicator_last(ind)) : "niet gevolgd";
		t->rows[q].cells[2] = target ? target : ind ? NL_MISSING : y->q[q] ? "" : NL_NOT_REPORTED;
		if (ind == NULL)
			t->rows[q].flags = ROW_MUTED;
	}
	t->cols[0].min_width = 60;
	fmt_layout_table(f, t);
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
		layout_heading(f->L, fmt_printf(f, "%c%s", fmt_year_ordinal[q][0] - 32, fmt_year_quarter(f, q) + 1), 3, 0);
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

void fmt_year_quadrant(struct fmt *f, enum quadrant q, const char *title)
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
