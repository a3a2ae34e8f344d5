/* The annual report: the year in brief, the four quadrants through the
 * quarters, what changed from quarter to quarter, and the quarters'
 * narratives as an appendix. The figures come from model/year.c; charts
 * and series tables are the quarterly report's (indicators.c). A
 * missing quarter is said in words and shows as a dash, never as 0. */
#include <stdio.h>
#include <string.h>

#include "../chart/chart.h"
#include "../model/money.h"
#include "../model/status.h"
#include "../model/year.h"
#include "../text/goal.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "contents.h"
#include "fmt_base.h"
#include "lang.h"
#include "year_fmt_int.h"
#include "year_parts.h"
#include "year_quadrants.h"

#define H1_FLAGS (HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE)
#define H2_FLAGS (HEADING_TOC | HEADING_NUMBERED)

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

static const char *fmt_year_field(struct fmt *f, const char *name)
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
			t->rows[q].cells[2] = NL_NOT_REPORTED;
			t->rows[q].cells[3] = NL_NOT_REPORTED;
			t->rows[q].flags = ROW_BOLD;
			continue;
		}
		t->rows[q].cells[1] = r->meta.titel;
		t->rows[q].cells[2] = fmt_printf(f, "%s", nl_date(date, sizeof date, &r->meta.datum));
		t->rows[q].cells[3] = r->meta.kenmerk ? r->meta.kenmerk : NL_MISSING;
	}
	t->cols[0].min_width = 50;
	fmt_layout_table(f, t);
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

/* "5 gevolgd; 1 gehaald, 3 niet gehaald, 1 onbekend": the status of each
 * indicator at the end of the year. */
static const char *indicator_summary(struct fmt *f)
{
	size_t n[STATUS_MAX] = {0};
	char counts[256];
	for (size_t i = 0; i < f->y->nindicatoren; i++)
		n[indicator_status(&f->y->indicatoren[i].merged).kind]++;
	nl_status_counts(counts, sizeof counts, n);
	return fmt_printf(f, "%zu gevolgd%s%s", f->y->nindicatoren, counts[0] ? "; " : "", counts);
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
		t->rows[n++].cells[1] = fmt_printf(f, "%s (tot en met het %s kwartaal)", fmt_year_spent(f, &s), fmt_year_ordinal[bu->last]);
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
	fmt_layout_table(f, t);
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
		                       "staat voor %s n.g. (niet gerapporteerd), en veranderingen zijn vergeleken met het "
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
		layout_heading(f->L, fmt_year_transition(f, prev, q), 2, H2_FLAGS);
		if (q - prev > 1)
			fmt_missing(f, fmt_printf(f, "%s; het %s kwartaal is vergeleken met het %s.", gap(f, prev, q), fmt_year_ordinal[q],
			                          fmt_year_ordinal[prev]));
		items = arena_array(layout_arena(f->L), y->nchanges + 1, sizeof *items);
		for (int k = 0; k < QUADRANT_MAX; k++) {
			size_t m = 0;
			for (size_t i = 0; i < y->nchanges; i++)
				if (y->changes[i].to == q && fmt_year_change_quadrant(&y->changes[i]) == (enum quadrant)k)
					items[m++] = fmt_year_change_text(f, &y->changes[i]);
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

/* Every narrative of one quarter's report, in the order of the report:
 * nothing an author wrote is left out of the year. */
static void quarter_texts(struct fmt *f, const struct report *r, const struct report *p, int prev)
{
	const struct ongelijk *og = &r->ongelijk, *pg = p ? &p->ongelijk : NULL;
#define BEFORE(field) (p != NULL ? &p->field : NULL)
	narrative(f, "Ambitie", &r->opgave.ambitie, BEFORE(opgave.ambitie), prev);
	narrative(f, "Stand van zaken", &r->samenvatting, BEFORE(samenvatting), prev);
	for (int k = 0; k < QUADRANT_MAX; k++) {
		narrative(f, quadrant_title[k], &r->q[k].tekst, BEFORE(q[k].tekst), prev);
		if (k == Q_KADERS)
			narrative(f, "Toelichting op de middelen", &r->middelen.toelichting, BEFORE(middelen.toelichting), prev);
		if (k == Q_DATA)
			narrative(f, "Monitoringplan", &r->monitoring, BEFORE(monitoring), prev);
	}
	narrative(f, "Ongelijk investeren voor gelijke kansen", &og->tekst, pg ? &pg->tekst : NULL, prev);
	for (int s = 0; s < STEP_MAX; s++)
		narrative(f, fmt_printf(f, "Stap %d. %s", s + 1, step_title[s]), &og->stap[s], pg ? &pg->stap[s] : NULL,
		          prev);
	narrative(f, "Wat we niet meer doen", &og->niet_meer_doen, pg ? &pg->niet_meer_doen : NULL, prev);
	narrative(f, "Wie er nadeel van hebben", &og->nadeel, pg ? &pg->nadeel : NULL, prev);
	for (size_t i = 0; i < r->nbijlagen; i++) {
		const struct doc *before = NULL;
		for (size_t k = 0; p != NULL && k < p->nbijlagen; k++)
			if (p->bijlagen[k].titel && r->bijlagen[i].titel && strcmp(p->bijlagen[k].titel, r->bijlagen[i].titel) == 0)
				before = &p->bijlagen[k].tekst;
		narrative(f, fmt_printf(f, "Bijlage: %s", r->bijlagen[i].titel), &r->bijlagen[i].tekst, before, prev);
	}
#undef BEFORE
}

static void texts(struct fmt *f, const char *title)
{
	const struct year *y = f->y;
	char date[64];
	int prev;
	layout_heading(f->L, title, 1, H1_FLAGS);
	layout_text(f->L, "De teksten van de kwartaalrapportages zoals zij aan de raad zijn aangeboden: de ambitie, de "
	                  "stand van zaken, de toelichting bij elk kwadrant met de middelen en het monitoringplan, de "
	                  "paragraaf Ongelijk investeren voor gelijke kansen en de bijlagen. Een tekst die gelijk is aan "
	                  "die van het kwartaal ervoor wordt genoemd, niet herhaald.",
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
		quarter_texts(f, r, prev >= 0 ? y->q[prev] : NULL, prev);
	}
}

/* A section of the annual report; without a year (f->y NULL) only
 * <jaar-overzicht> says, once, that the sections come from `voortgang jaar`. */
static void fmt_year_section(struct fmt *f, const struct tpl_section *s)
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

/* --- its part in the template language ---------------------------------- */

static const struct fmt_section_act sections[] = {
    {SEC_JAAR_OVERZICHT, fmt_year_section},
    {SEC_JAAR_KWADRANT, fmt_year_section},
    {SEC_JAAR_VERLOOP, fmt_year_section},
    {SEC_JAAR_TEKSTEN, fmt_year_section},
};
static const struct fmt_field_act fields[] = {
    {"jaar.", fmt_year_field},
    {"aantal.kwartalen", fmt_year_field},
};
const struct fmt_acts fmt_year_acts = {sections, sizeof sections / sizeof *sections, fields,
                                       sizeof fields / sizeof *fields};
