/* The 213a audit over several opgaven (seed 004's structure): summary,
 * research questions, a chapter per opgave with its evidence (findings by
 * area, begroot and besteed, prestaties with cost per unit, instruments,
 * inzetten/versterken/afbouwen), the whole next to the parts (quadrant
 * matrix, budget and spending over opgaven and years, indicator status),
 * conclusions, recommendations and the management response
 * (audit_review.c), and as appendices the origin of every computed figure
 * (audit_trace.c) and the rules applied. The verdicts come from
 * check/rules.c; this file only arranges them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check/rules.h"
#include "../model/money.h"
#include "../model/review.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/xalloc.h"
#include "audit.h"
#include "audit_evidence.h"
#include "audit_review.h"
#include "audit_trace.h"
#include "finance.h"
#include "fmt_base.h"

#define H1 (HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE)
#define H2 (HEADING_TOC | HEADING_NUMBERED)

#define opgave_name audit_name

/* More than one strategic goal among the reports (they come grouped). */
static int several_goals(const struct audit *au)
{
	for (size_t k = 1; k < au->n; k++) {
		const char *a = au->reports[0]->opgave.strategische_doelstelling, *b = au->reports[k]->opgave.strategische_doelstelling;
		if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0))
			return 1;
	}
	return 0;
}

/* "Opgave" or, with several goals, "Opgave (doelstelling)". */
static const char *row_name(struct fmt *f, const struct audit *au, size_t k)
{
	const struct report *r = au->reports[k];
	if (!several_goals(au) || r->opgave.strategische_doelstelling == NULL)
		return opgave_name(r);
	return fmt_printf(f, "%s (%s)", opgave_name(r), r->opgave.strategische_doelstelling);
}

/* The verdict of rule `id` for a report's subject (NULL: the report). */
static const struct finding *find(const struct findings *f, const char *id, const char *subject)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->v[i].rule, id) == 0 &&
		    (subject == NULL || (f->v[i].subject != NULL && strcmp(f->v[i].subject, subject) == 0)))
			return &f->v[i];
	return NULL;
}

static size_t count(const struct findings *f, const char *id, enum verdict v)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n; i++)
		n += strcmp(f->v[i].rule, id) == 0 && f->v[i].verdict == v;
	return n;
}

static size_t total(const struct audit *au, const char *id, enum verdict v)
{
	size_t n = 0;
	for (size_t k = 0; k < au->n; k++)
		n += count(&au->findings[k], id, v);
	return n;
}

static void title(struct fmt *f, const struct audit *au)
{
	char date[64];
	const struct review *rv = au->review;
	layout_heading(f->L, rv && rv->titel ? rv->titel : au->title, 1, 0);
	layout_text(f->L,
	            fmt_printf(f, "%s over %zu %s, met regels versie %s%s%s.",
	                       rv && rv->soort ? rv->soort
	                                       : "Onderzoek naar doelmatigheid en doeltreffendheid (art. 213a Gemeentewet)",
	                       au->n, au->n == 1 ? "opgave" : "opgaven", RULES_VERSION, au->date.year ? "; de jongste rapportage is van " : "",
	                       au->date.year ? nl_date(date, sizeof date, &au->date) : ""),
	            ROLE_LEAD, FONT_REGULAR);
	audit_review_title(f, au->review);
	{
		struct table *t = fmt_table(f, 4, au->n);
		char per[64];
		t->caption = fmt_caption(f, "Onderzochte rapportages");
		fmt_columns(t, (const char *const[]){"Opgave", "Rapportage", "Periode", "Kenmerk"}, "LLRL");
		for (size_t k = 0; k < au->n; k++) {
			const struct report *r = au->reports[k];
			t->rows[k].cells[0] = opgave_name(r);
			t->rows[k].cells[1] = r->meta.titel;
			t->rows[k].cells[2] = fmt_printf(f, "%s", nl_period_short(per, sizeof per, &r->meta.periode));
			t->rows[k].cells[3] = r->meta.kenmerk ? r->meta.kenmerk : NL_MISSING;
		}
		fmt_layout_table(f, t);
	}
}

/* "geen van de 4 opgaven", "1 van de 4 opgaven", "alle 4 opgaven", "1 van 1
 * opgave", with the verb that agrees: "heeft" / "hebben". `noun` is
 * "opgave|opgaven": singular and plural. */
static const char *of_total(struct fmt *f, size_t n, size_t of, const char *noun, const char *one, const char *more)
{
	const char *bar = strchr(noun, '|');
	int sg = bar ? (int)(bar - noun) : (int)strlen(noun);
	const char *pl = bar ? bar + 1 : noun;
	if (of == 0)
		return fmt_printf(f, "er zijn geen %s die dat %s", pl, one);
	if (of == 1)
		return fmt_printf(f, "%zu van 1 %.*s %s", n, sg, noun, one); /* "0 van 1": clearer than "geen van 1" */
	if (n == of)
		return fmt_printf(f, "alle %zu %s %s", of, pl, more);
	if (n == 0)
		return fmt_printf(f, "geen van de %zu %s %s", of, pl, one);
	return fmt_printf(f, "%zu van de %zu %s %s", n, of, pl, n == 1 ? one : more);
}

/* "bij geen enkele opgave", "bij 1 opgave", "bij 2 opgaven", "bij alle 4 opgaven" */
static const char *at(struct fmt *f, size_t n, size_t of)
{
	return of > 1 && n == of ? fmt_printf(f, "bij alle %zu opgaven", of)
	       : n == 0          ? "bij geen enkele opgave"
	                         : fmt_printf(f, "bij %zu %s", n, n == 1 ? "opgave" : "opgaven");
}

/* The first letter of a sentence as a capital (ASCII). */
static const char *capital(struct fmt *f, const char *s)
{
	char *c = (char *)fmt_printf(f, "%s", s);
	if (c[0] >= 'a' && c[0] <= 'z')
		c[0] = (char)(c[0] - 'a' + 'A');
	return c;
}

static void summary(struct fmt *f, const struct audit *au)
{
	const char *items[8];
	size_t n = 0, q = au->n * QUADRANT_MAX;
	size_t goals = total(au, "D1", V_VOLDOET) + total(au, "D1", V_DEELS) + total(au, "D1", V_ONTBREEKT);
	size_t k_deels = total(au, "K1", V_DEELS), k_weg = total(au, "K1", V_ONTBREEKT);
	layout_heading(f->L, "Samenvatting", 1, H1);
	audit_review_summary(f, au->review);
	layout_heading(f->L, "Bevindingen van het instrument", 2, H2);
	layout_text(f->L, "De bevindingen die het instrument uit de rapportages berekent, per onderdeel van het onderzoek:",
	            ROLE_BODY, FONT_REGULAR);
	items[n++] = fmt_printf(f, "Sturingsmodel: %s volledig ingevuld%s%s.",
	                        of_total(f, total(au, "K1", V_VOLDOET), q, "kwadrant|kwadranten", "is", "zijn"),
	                        k_deels ? fmt_printf(f, ", %zu deels", k_deels) : "",
	                        k_weg ? fmt_printf(f, "%s %zu niet", k_deels ? " en" : ", en", k_weg) : "");
	items[n++] = fmt_printf(f, "Middelen: %s een geoormerkt en bepaald budget; %s is de besteding over de afgesloten "
	                           "jaren zichtbaar; %s zijn kosten gekoppeld aan alle prestaties.",
	                        of_total(f, total(au, "M1", V_VOLDOET), au->n, "opgave|opgaven", "heeft", "hebben"),
	                        at(f, total(au, "M2", V_VOLDOET), au->n), at(f, total(au, "M3", V_VOLDOET), au->n));
	items[n++] = fmt_printf(f, "Doelen: %s SMART; %s ER-doel zonder nulmeting en streefwaarde; %s gehaald, "
	                           "al bereikt of op koers.",
	                        of_total(f, total(au, "D1", V_VOLDOET), goals, "doel|doelen", "is", "zijn"),
	                        total(au, "D1", V_ONTBREEKT) == 0 ? "geen is een"
	                        : total(au, "D1", V_ONTBREEKT) == 1 ? "1 is een"
	                                                             : fmt_printf(f, "%zu zijn een", total(au, "D1", V_ONTBREEKT)),
	                        total(au, "D3", V_VOLDOET) == 0 ? "geen is"
	                        : total(au, "D3", V_VOLDOET) == 1 ? "1 is"
	                                                           : fmt_printf(f, "%zu zijn", total(au, "D3", V_VOLDOET)));
	items[n++] = fmt_printf(f, "Beleidstheorie: %s beschreven, met wat stopt en wie er nadeel van heeft; %s "
	                           "gedeeltelijk.",
	                        at(f, total(au, "S1", V_VOLDOET), au->n), at(f, total(au, "S1", V_DEELS), au->n));
	items[n++] = fmt_printf(f, "Bijsturing: %s wat zij inzetten, versterken en afbouwen.",
	                        of_total(f, total(au, "S2", V_VOLDOET), au->n, "opgave|opgaven", "noemt", "noemen"));
	items[n++] = "Het geheel naast de delen: het hoofdstuk Integraal beeld zet de opgaven naast elkaar; een "
	             "rapportage over de strategische doelstelling als geheel bestaat daarmee nog niet.";
	layout_list(f->L, items, n, 0);
	layout_text(f->L, "Elk aantal telt de bevindingen van de regels in de bijlage. Elke bevinding staat met haar "
	                  "bestand en JSON-pad in het hoofdstuk van haar opgave en in voortgang audit --tekst.",
	            ROLE_SMALL, FONT_REGULAR);
}

/* Every year any opgave budgets for, in order; returns their number. */
static size_t all_years(struct fmt *f, const struct audit *au, int **out)
{
	size_t maxy = 1, ny = 0;
	int *years;
	for (size_t k = 0; k < au->n; k++)
		maxy += au->reports[k]->middelen.njaren;
	years = arena_array(layout_arena(f->L), maxy, sizeof *years);
	for (size_t k = 0; k < au->n; k++) {
		const struct middelen *m = &au->reports[k]->middelen;
		for (size_t j = 0; j < m->njaren && m->nposten; j++) {
			size_t i = 0;
			while (i < ny && years[i] != m->jaren[j])
				i++;
			if (i == ny)
				years[ny++] = m->jaren[j];
		}
	}
	for (size_t i = 1; i < ny; i++) /* in order */
		for (size_t j = i; j > 0 && years[j - 1] > years[j]; j--) {
			int tmp = years[j];
			years[j] = years[j - 1];
			years[j - 1] = tmp;
		}
	*out = years;
	return ny;
}

/* An opgave's begroot or besteed in x € 1.000 for a calendar year:
 * absent when it budgets nothing for that year. */
static struct money year_of(const struct middelen *m, int year, int besteed)
{
	for (size_t j = 0; j < m->njaren && m->nposten; j++)
		if (m->jaren[j] == year)
			return audit_in_thousands(m, j, besteed);
	return (struct money){VAL_ABSENT, 0, 0};
}

/* True when some post gives its spending. */
static int spends(const struct middelen *m)
{
	for (size_t i = 0; i < m->nposten; i++)
		if (m->posten[i].besteed != NULL)
			return 1;
	return 0;
}

/* Begroot (besteed 0) or besteed (1) per opgave and year in x € 1.000,
 * with the total over the opgaven (the sum of the parts) and, for the
 * budget, each opgave's share; the column totals go to col. */
static void money_over_opgaven(struct fmt *f, const struct audit *au, const int *years, size_t ny, int besteed,
                               struct money *col, struct audit_trace *tr)
{
	struct table *b = fmt_table(f, ny + 1 + !besteed, au->n + 1);
	struct money *row = arena_array(layout_arena(f->L), au->n, sizeof *row);
	size_t first = tr->n;
	char a[64];
	b->caption = fmt_caption(f, besteed ? "Besteed per opgave en jaar (x € 1.000)" : "Begroot per opgave en jaar (x € 1.000)");
	b->cols[0].header = "Opgave";
	for (size_t i = 0; i < ny; i++) {
		b->cols[i + 1].header = fmt_printf(f, "%d", years[i]);
		b->cols[i + 1].align = CELL_RIGHT;
		col[i] = (struct money){VAL_NUMBER, 0, 0};
	}
	if (!besteed) {
		b->cols[ny + 1].header = "Aandeel";
		b->cols[ny + 1].align = CELL_RIGHT;
	}
	for (size_t k = 0; k < au->n; k++) {
		const struct middelen *m = &au->reports[k]->middelen;
		b->rows[k].cells[0] = row_name(f, au, k);
		row[k] = (struct money){m->nposten ? VAL_NUMBER : VAL_ABSENT, 0, 0};
		for (size_t i = 0; i < ny; i++) {
			struct money v = year_of(m, years[i], besteed);
			if (v.kind == VAL_UNKNOWN || (v.kind == VAL_NUMBER && row[k].kind == VAL_NUMBER &&
			                              money_add(row[k].q, v.q, &row[k].q) != 0))
				row[k].kind = VAL_UNKNOWN;
			/* no budget line for that year: not applicable, not nihil;
			 * spending not known: missing, never nihil */
			b->rows[k].cells[i + 1] = !m->nposten || year_of(m, years[i], 0).kind == VAL_ABSENT ? NL_NA
			                          : besteed && v.kind != VAL_NUMBER                        ? NL_MISSING
			                                                              : fmt_printf(f, "%s", nl_money_value(a, sizeof a, &v, 0));
			if (v.kind == VAL_NUMBER && col[i].kind == VAL_NUMBER && money_add(col[i].q, v.q, &col[i].q) != 0)
				col[i].kind = VAL_UNKNOWN;
			else if (v.kind == VAL_UNKNOWN && year_of(m, years[i], 0).kind != VAL_ABSENT)
				col[i].kind = VAL_UNKNOWN;
		}
		if (m->nposten && (!besteed || spends(m)))
			audit_trace_add(f, tr, besteed ? "besteed per jaar: som van de posten, in x € 1.000"
			                               : "begroot per jaar: som van de posten, in x € 1.000",
			                au->reports[k],
			                besteed ? "$.kaders_en_randvoorwaarden.middelen.posten[*].besteed[j], middelen.eenheid"
			                        : "$.kaders_en_randvoorwaarden.middelen.posten[*].begroot[j], middelen.eenheid");
	}
	b->rows[au->n].cells[0] = "Totaal over de opgaven";
	b->rows[au->n].flags = ROW_TOTAL;
	for (size_t i = 0; i < ny; i++)
		b->rows[au->n].cells[i + 1] = besteed && col[i].kind != VAL_NUMBER ? NL_MISSING
		                                                                  : fmt_printf(f, "%s", nl_money_value(a, sizeof a, &col[i], 0));
	if (!besteed) {
		/* each opgave's share of what all opgaven budget, over the years
		 * whose total is determined; a ratio, so doubles are exact enough
		 * and no sum can overflow */
		double grand_d = 0, *part = arena_array(layout_arena(f->L), au->n, sizeof *part);
		size_t used = 0;
		for (size_t i = 0; i < ny; i++) {
			if (col[i].kind != VAL_NUMBER)
				continue;
			used++;
			for (size_t k = 0; k < au->n; k++) {
				struct money v = year_of(&au->reports[k]->middelen, years[i], 0);
				if (v.kind == VAL_NUMBER) {
					part[k] += money_to_double(v.q);
					grand_d += money_to_double(v.q);
				}
			}
		}
		for (size_t k = 0; k < au->n; k++)
			b->rows[k].cells[ny + 1] = row[k].kind == VAL_ABSENT || au->reports[k]->middelen.njaren == 0 ? NL_NA
			                           : used == 0 || grand_d == 0
			                               ? "n.t.b."
			                               : fmt_printf(f, "%s", nl_percent(a, sizeof a, 100.0 * part[k] / grand_d, 0));
		b->rows[au->n].cells[ny + 1] = used && grand_d != 0 ? "100%" : "n.t.b.";
	}
	b->note = fmt_printf(f, "%s %s",
	                     besteed ? "n.v.t.: geen geoormerkt budget voor dat jaar. Een besteding die niet gegeven of "
	                               "nog niet bekend is, staat als . en telt niet als nul; het totaal van zo'n jaar is "
	                               "dan ook niet bekend. Bedragen in euro's zijn naar duizenden omgerekend."
	                             : "n.v.t.: geen geoormerkt budget voor dat jaar. Bij een budget dat nog te bepalen "
	                               "is, is het totaal van dat jaar dat ook. Het aandeel telt de jaren waarvan het "
	                               "totaal bepaald is. Bedragen in euro's zijn naar duizenden omgerekend.",
	                     audit_trace_note(f, tr, first) ? audit_trace_note(f, tr, first) : "");
	fmt_layout_table(f, b);
}

/* The whole against the parts in money: per year the total over the
 * opgaven, begroot and besteed, and what that total is. */
static void whole_and_parts(struct fmt *f, const int *years, size_t ny, const struct money *begroot,
                            const struct money *besteed)
{
	struct table *t = fmt_table(f, 4, ny);
	size_t spent_known = 0;
	char a[64];
	t->caption = fmt_caption(f, "Totaal over de opgaven: begroot en besteed per jaar (x € 1.000)");
	fmt_columns(t, (const char *const[]){"Jaar", "Begroot", "Besteed", "Besteed van begroot"}, "LRRR");
	for (size_t i = 0; i < ny; i++) {
		t->rows[i].cells[0] = fmt_printf(f, "%d", years[i]);
		t->rows[i].cells[1] = fmt_printf(f, "%s", nl_money_value(a, sizeof a, &begroot[i], 0));
		t->rows[i].cells[2] = besteed[i].kind == VAL_NUMBER ? fmt_printf(f, "%s", nl_money_value(a, sizeof a, &besteed[i], 0))
		                                                    : NL_MISSING;
		t->rows[i].cells[3] = begroot[i].kind == VAL_NUMBER && besteed[i].kind == VAL_NUMBER && begroot[i].q > 0
		                          ? fmt_printf(f, "%s", nl_percent(a, sizeof a, 100.0 * money_to_double(besteed[i].q) /
		                                                                            money_to_double(begroot[i].q), 0))
		                      : begroot[i].kind == VAL_UNKNOWN ? NL_UNKNOWN
		                                                       : NL_MISSING;
		spent_known += besteed[i].kind == VAL_NUMBER;
	}
	t->note = "De totalen van de twee tabellen hiervoor. Herkomst: dezelfde cijfers als daar.";
	fmt_layout_table(f, t);
	layout_text(f->L,
	            fmt_printf(f, "Het totaal is hier niet meer dan de som van de delen: de invoer heeft geen eigen "
	                          "begroting of rapportage van de strategische doelstelling als geheel. %s",
	                       spent_known == 0 ? "Van geen enkel jaar is de besteding over alle opgaven bekend."
	                       : spent_known == ny
	                           ? (ny == 1 ? "De besteding over alle opgaven is bekend voor het ene jaar."
	                                      : fmt_printf(f, "De besteding over alle opgaven is bekend voor alle %zu jaren.", ny))
	                           : fmt_printf(f, "De besteding over alle opgaven is bekend voor %zu van de %zu jaren.",
	                                        spent_known, ny)),
	            ROLE_BODY, FONT_REGULAR);
}

static void integral(struct fmt *f, const struct audit *au, struct audit_trace *tr)
{
	static const char *const short_q[QUADRANT_MAX] = {"Gedeelde waarden", "Kaders", "Data", "Leren"};
	struct table *t = fmt_table(f, QUADRANT_MAX + 3, au->n);
	size_t ny, first = tr->n;
	int *years;
	layout_heading(f->L, "Integraal beeld", 1, H1);
	layout_text(f->L, "De opgaven naast elkaar: hoe zij het sturingsmodel invullen, wat zij begroten en besteden, "
	                  "en hoe hun indicatoren ervoor staan.", ROLE_BODY, FONT_REGULAR);
	layout_heading(f->L, "Invulling van het sturingsmodel per opgave", 2, H2);
	t->caption = fmt_caption(f, "Fase, kwadranten en de paragraaf Ongelijk investeren per opgave");
	t->cols[0].header = "Opgave";
	t->cols[1].header = "Fase";
	for (int q = 0; q < QUADRANT_MAX; q++)
		t->cols[q + 2].header = short_q[q];
	t->cols[QUADRANT_MAX + 2].header = "Ongelijk investeren";
	for (size_t k = 0; k < au->n; k++) {
		t->rows[k].cells[0] = row_name(f, au, k);
		/* the phase decides what each quadrant should hold (recommendation 2) */
		t->rows[k].cells[1] = au->reports[k]->opgave.fase ? phase_name[au->reports[k]->opgave.fase] : NL_MISSING;
		for (int q = 0; q < QUADRANT_MAX; q++) {
			const struct finding *fd = find(&au->findings[k], "K1", quadrant_title[q]);
			t->rows[k].cells[q + 2] = fd ? verdict_name[fd->verdict] : NL_MISSING;
		}
		t->rows[k].cells[QUADRANT_MAX + 2] = verdict_name[find(&au->findings[k], "S4", NULL)->verdict];
	}
	t->note = "De fase uit opgave.fase (regel S3), het oordeel van regel K1 per kwadrant en S4 voor de paragraaf "
	          "(zie de bijlage met de regels); de bron van elke bevinding staat bij de tabellen per opgave en in "
	          "voortgang audit --tekst.";
	fmt_layout_table(f, t);

	/* budget and spending: all years of all opgaven, in x € 1.000 */
	ny = all_years(f, au, &years);
	layout_heading(f->L, "Middelen over de opgaven", 2, H2);
	if (ny == 0) {
		fmt_missing(f, "Geen van de opgaven heeft een geoormerkt budget.");
	} else {
		struct money *begroot = arena_array(layout_arena(f->L), ny, sizeof *begroot);
		struct money *besteed = arena_array(layout_arena(f->L), ny, sizeof *besteed);
		money_over_opgaven(f, au, years, ny, 0, begroot, tr);
		money_over_opgaven(f, au, years, ny, 1, besteed, tr);
		layout_heading(f->L, "Het totaal en de delen", 2, H2);
		whole_and_parts(f, years, ny, begroot, besteed);
	}

	/* indicators: status per opgave */
	{
		struct table *s = fmt_table(f, 5, au->n);
		layout_heading(f->L, "Stand van de indicatoren", 2, H2);
		s->caption = fmt_caption(f, "Indicatoren per opgave: SMART en stand");
		fmt_columns(s, (const char *const[]){"Opgave", "Indicatoren", "SMART", "ER-doel", "Gehaald, bereikt of op koers"}, "LRRRR");
		first = tr->n;
		for (size_t k = 0; k < au->n; k++) {
			const struct findings *fd = &au->findings[k];
			s->rows[k].cells[0] = row_name(f, au, k);
			s->rows[k].cells[1] = fmt_printf(f, "%zu", au->reports[k]->nindicatoren);
			s->rows[k].cells[2] = fmt_printf(f, "%zu", count(fd, "D1", V_VOLDOET));
			s->rows[k].cells[3] = fmt_printf(f, "%zu", count(fd, "D1", V_ONTBREEKT));
			s->rows[k].cells[4] = fmt_printf(f, "%zu", count(fd, "D3", V_VOLDOET));
			if (au->reports[k]->nindicatoren)
				audit_trace_add(f, tr, "indicatoren geteld: SMART (D1), ER-doel (D1), stand (D3)", au->reports[k],
				                "$.data_en_informatie.indicatoren[*]");
		}
		s->note = audit_trace_note(f, tr, first);
		fmt_layout_table(f, s);
	}
}

/* A short verdict over one opgave, as seed 004 closes each part. */
static const char *bevinding(struct fmt *f, const struct findings *fd)
{
	size_t k_ok = count(fd, "K1", V_VOLDOET), smart = count(fd, "D1", V_VOLDOET);
	size_t goals = smart + count(fd, "D1", V_DEELS) + count(fd, "D1", V_ONTBREEKT);
	const struct finding *m1 = find(fd, "M1", NULL), *s1 = find(fd, "S1", NULL);
	return fmt_printf(f, "%s. %s %s. %s", capital(f, of_total(f, k_ok, 4, "kwadrant|kwadranten", "is volledig ingevuld",
	                                                          "zijn volledig ingevuld")),
	                  m1->verdict == V_VOLDOET ? "Het budget is geoormerkt en bepaald." : m1->verdict == V_DEELS
	                        ? "Het budget is niet volledig bepaald." : "Er is geen geoormerkt budget.",
	                  goals == 0 ? "Er zijn geen doelen met een indicator"
	                             : capital(f, of_total(f, smart, goals, "doel|doelen", "is SMART",
	                                                   "zijn SMART")),
	                  s1->verdict == V_VOLDOET ? "Er is een tekst over de beleidstheorie, met wat stopt en wie er nadeel "
	                                             "van heeft."
	                  : s1->verdict == V_DEELS ? "Er is een tekst over de beleidstheorie, maar niet over wat stopt of wie "
	                                             "er nadeel van heeft."
	                                           : "De aannames blijven impliciet.");
}

static int in_area(const struct finding *v, enum rule_area area)
{
	for (size_t r = 0; r < nrules; r++)
		if (strcmp(rules[r].id, v->rule) == 0)
			return rules[r].area == area;
	return 0;
}

/* The note under an area's findings: the file, and per JSON path the
 * rules that looked there ("Bron: data/x.json: $.opgave.fase (S3); ..."),
 * so every figure in a reason can be looked up. */
static const char *area_sources(struct fmt *f, const struct findings *fd, enum rule_area area)
{
	struct buf b = {0};
	const char *out;
	buf_printf(&b, "Bron: %s", f->r->nsources ? f->r->sources[0].path : f->r->source);
	for (size_t i = 0; i < fd->n; i++) {
		const char *p = fd->v[i].path;
		int seen = 0;
		if (p == NULL || !in_area(&fd->v[i], area))
			continue;
		for (size_t j = 0; j < i && !seen; j++)
			seen = fd->v[j].path && strcmp(fd->v[j].path, p) == 0 && in_area(&fd->v[j], area);
		if (seen)
			continue;
		buf_printf(&b, "%s%s (", b.len && strchr(buf_str(&b), '$') ? "; " : ": ", p);
		for (size_t j = i, nr = 0; j < fd->n; j++)
			if (fd->v[j].path && strcmp(fd->v[j].path, p) == 0 && in_area(&fd->v[j], area)) {
				int dup = 0; /* a rule once per path */
				for (size_t m = i; m < j && !dup; m++)
					dup = fd->v[m].path && strcmp(fd->v[m].path, p) == 0 && strcmp(fd->v[m].rule, fd->v[j].rule) == 0;
				if (!dup)
					buf_printf(&b, "%s%s", nr++ ? ", " : "", fd->v[j].rule);
			}
		buf_puts(&b, ")");
	}
	buf_puts(&b, ".");
	out = fmt_printf(f, "%s", buf_str(&b));
	buf_free(&b);
	return out;
}

static void per_opgave(struct fmt *f, const struct audit *au, size_t k, struct audit_trace *tr)
{
	const struct findings *fd = &au->findings[k];
	f->r = au->reports[k];
	layout_heading(f->L, fmt_printf(f, "Opgave %s", opgave_name(au->reports[k])), 1, H1);
	layout_heading(f->L, "Bevinding", 3, 0);
	layout_text(f->L, bevinding(f, fd), ROLE_LEAD, FONT_REGULAR);
	for (int area = 0; area < AREA_MAX; area++) {
		size_t n = 0, row = 0;
		struct table *t;
		for (size_t i = 0; i < fd->n; i++)
			for (size_t r = 0; r < nrules; r++)
				n += strcmp(rules[r].id, fd->v[i].rule) == 0 && rules[r].area == (enum rule_area)area;
		if (n == 0)
			continue;
		layout_heading(f->L, rule_area_title[area], 2, H2);
		t = fmt_table(f, 4, n);
		fmt_columns(t, (const char *const[]){"Regel", "Onderwerp", "Oordeel", "Toelichting"}, "LLLL");
		for (size_t i = 0; i < fd->n; i++)
			for (size_t r = 0; r < nrules; r++)
				if (strcmp(rules[r].id, fd->v[i].rule) == 0 && rules[r].area == (enum rule_area)area) {
					t->rows[row].cells[0] = fd->v[i].rule;
					t->rows[row].cells[1] = fd->v[i].subject ? fd->v[i].subject : rules[r].title;
					t->rows[row].cells[2] = verdict_name[fd->v[i].verdict];
					t->rows[row].cells[3] = fd->v[i].reason;
					if (fd->v[i].verdict == V_ONTBREEKT)
						t->rows[row].flags |= ROW_BOLD;
					row++;
				}
		t->first_col_max = 0.1;
		t->note = area_sources(f, fd, (enum rule_area)area);
		fmt_layout_table(f, t);
	}
	audit_money_per_year(f, tr);
	layout_heading(f->L, "Prestaties en hun kosten", 2, H2);
	if (f->r->nprestaties > 0) {
		const char *label;
		fmt_prestaties_table(f);
		label = audit_trace_add(f, tr, "realisatie en kosten per eenheid (kosten gedeeld door gerealiseerd)", f->r,
		                        "$.kaders_en_randvoorwaarden.prestaties[*].afgesproken, gerealiseerd, kosten");
		layout_text(f->L, fmt_printf(f, "Herkomst: %s in de bijlage Herkomst van de cijfers.", label), ROLE_SMALL,
		            FONT_REGULAR);
	} else {
		fmt_missing(f, "De rapportage noemt geen prestaties: kosten per prestatie zijn niet te berekenen.");
	}
	audit_instruments(f, tr);
	audit_steering(f, tr);
}

static void appendix(struct fmt *f)
{
	struct table *t = fmt_table(f, 4, nrules);
	layout_heading(f->L, "Bijlage: de toegepaste regels", 1, H1);
	layout_text(f->L, fmt_printf(f, "Regels versie %s. Met dezelfde invoer en dezelfde versie geeft het onderzoek "
	                                "dezelfde uitkomst; zo zijn onderzoeken te herhalen en te vergelijken.",
	                             RULES_VERSION),
	            ROLE_BODY, FONT_REGULAR);
	fmt_columns(t, (const char *const[]){"Regel", "Naam", "Wat wordt beoordeeld", "Kijkt naar"}, "LLLL");
	for (size_t i = 0; i < nrules; i++) {
		t->rows[i].cells[0] = rules[i].id;
		t->rows[i].cells[1] = rules[i].title;
		t->rows[i].cells[2] = rules[i].explanation;
		t->rows[i].cells[3] = rules[i].looks_at;
	}
	t->first_col_max = 0.1;
	fmt_layout_table(f, t);
}

static const char *audit_lookup(void *ctx, const char *key)
{
	const struct audit *au = ctx;
	if (strcmp(key, "rapport.titel") == 0 || strcmp(key, "rapport.onderwerp") == 0 || strcmp(key, "opgave.naam") == 0)
		return au->title;
	if (strcmp(key, "rapport.gemeente") == 0)
		return au->n ? au->reports[0]->meta.gemeente : NULL;
	if (strcmp(key, "rapport.organisatie") == 0)
		return "Concernaudit";
	return NULL;
}

struct layout_doc *format_audit(const struct audit *au, const struct template *t, const struct fontset *fs,
                                const struct hyphenator *h)
{
	struct fmt f;
	struct layout_doc *d;
	memset(&f, 0, sizeof f);
	f.r = au->reports[0];
	f.t = t;
	f.L = layout_new(t, fs, h);
	struct audit_trace tr = {NULL, 0, 0};
	title(&f, au);
	layout_toc(f.L, "Inhoud");
	summary(&f, au);
	audit_review_todo(&f, au->review);
	audit_review_questions(&f, au->review);
	for (size_t k = 0; k < au->n; k++)
		per_opgave(&f, au, k, &tr);
	integral(&f, au, &tr);
	audit_review_closing(&f, au->review);
	audit_trace_appendix(&f, &tr);
	appendix(&f);
	d = layout_finish(f.L, audit_lookup, (void *)au);
	d->title = arena_strdup(d->arena, au->review && au->review->titel ? au->review->titel : au->title);
	d->author = "Concernaudit";
	d->subject = "Onderzoek naar doelmatigheid en doeltreffendheid (art. 213a Gemeentewet)";
	d->keywords = "213a; sturingsmodel; doelmatigheid; doeltreffendheid";
	d->lang = "nl-NL";
	/* provenance: every report and the review file with its SHA-256, so
	 * voortgang verifieer can tell which files an audit was made from */
	d->template_name = arena_strdup(d->arena, t->naam);
	d->template_version = arena_strdup(d->arena, t->versie);
	for (size_t k = 0; k < au->n; k++)
		layout_doc_add_sources(d, au->reports[k]->sources, au->reports[k]->nsources);
	if (au->review)
		layout_doc_add_sources(d, au->review->store->sources, au->review->store->nsources);
	layout_free(f.L);
	return d;
}

void audit_rules_markdown(struct buf *out)
{
	buf_printf(out, "| regel | gebied | naam | wat wordt beoordeeld | kijkt naar |\n|---|---|---|---|---|\n");
	for (size_t i = 0; i < nrules; i++)
		buf_printf(out, "| %s | %s | %s | %s | `%s` |\n", rules[i].id, rule_area_title[rules[i].area], rules[i].title,
		           rules[i].explanation, rules[i].looks_at);
}

/* A field of the text output: tabs and line breaks from the input become
 * spaces, so every finding stays one line of five columns. */
static void field(struct buf *out, const char *s, const char *after)
{
	if (*s != '\0' && strchr("=+-@", *s) != NULL)
		buf_putc(out, '\''); /* a spreadsheet would take the cell as a formula (CSV injection) */
	for (; *s; s++)
		buf_putc(out, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
	buf_puts(out, after);
}

void audit_text(const struct audit *au, struct buf *out)
{
	const char *todo[5];
	char scratch[96];
	size_t ntodo = audit_review_missing(au->review, todo, scratch, sizeof scratch);
	buf_puts(out, "# ");
	field(out, au->review && au->review->titel ? au->review->titel : au->title, "");
	buf_printf(out, "; regels versie %s; %zu %s\n", RULES_VERSION, au->n, au->n == 1 ? "opgave" : "opgaven");
	if (au->review)
		buf_printf(out, "# onderzoek: %s; %zu onderzoeksvragen, %zu aanbevelingen\n", au->review->source,
		           au->review->nvragen, au->review->naanbevelingen);
	for (size_t i = 0; i < ntodo; i++)
		buf_printf(out, "# nog te schrijven door de auditor: %s\n", todo[i]);
	buf_printf(out, "# opgave\tregel\tonderwerp\toordeel\ttoelichting\tbron\n");
	for (size_t k = 0; k < au->n; k++) {
		const struct findings *fd = &au->findings[k];
		for (size_t i = 0; i < fd->n; i++) {
			const char *subject = fd->v[i].subject;
			for (size_t r = 0; subject == NULL && r < nrules; r++)
				if (strcmp(rules[r].id, fd->v[i].rule) == 0)
					subject = rules[r].title;
			field(out, opgave_name(au->reports[k]), "\t");
			field(out, fd->v[i].rule, "\t");
			field(out, subject, "\t");
			field(out, verdict_name[fd->v[i].verdict], "\t");
			field(out, fd->v[i].reason, "\t");
			/* the source: file and JSON path, so a reviewer can look it up */
			field(out, au->reports[k]->nsources ? au->reports[k]->sources[0].path : au->reports[k]->source, "");
			if (fd->v[i].path) {
				buf_puts(out, ": ");
				field(out, fd->v[i].path, "");
			}
			buf_putc(out, '\n');
		}
	}
}
