/* The one-page overview of an opgave (template section <overzicht>): what
 * the council or a manager reads first. Each block is compact and only
 * present when the input has it: the quadrants at a glance, up to three
 * key indicators as small trend charts with their status, the budget
 * totals per year (begroot, besteed, realisatie), and the paragraph
 * "Ongelijk investeren" with its perspectives ticked and waar/wie. */
#include <stdio.h>

#include "../chart/chart.h"
#include "../model/money.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "contents.h"
#include "fmt_base.h"
#include "lang.h"
#include "message.h"
#include "overview.h"

#define KEY_INDICATORS 3 /* one row of small multiples */
#define H2 0             /* headings of the overview: not numbered, not in a TOC */

static void header(struct fmt *f, const char *title)
{
	const struct report *r = f->r;
	char per[96], date[64];
	layout_heading(f->L, fmt_printf(f, "%s %s", title ? title : "Samenvatting", r->opgave.naam), 1, 0);
	nl_period_long(per, sizeof per, &r->meta.periode);
	nl_date(date, sizeof date, &r->meta.datum);
	layout_text(f->L,
	            fmt_printf(f, "%s%s%s%s%s%s", per, r->opgave.fase ? " \xC2\xB7 fase " : "",
	                       r->opgave.fase ? phase_name[r->opgave.fase] : "", date[0] ? " \xC2\xB7 " : "", date,
	                       r->meta.kenmerk ? fmt_printf(f, " \xC2\xB7 kenmerk %s", r->meta.kenmerk) : ""),
	            ROLE_SMALL, FONT_REGULAR);
}

static void quadrants(struct fmt *f, const char *title)
{
	layout_heading(f->L, title ? title : "Stand per kwadrant", 2, H2);
	fmt_quadrant_table(f, NULL, "Inhoud");
}

static void key_indicators(struct fmt *f, const char *title)
{
	size_t n = chart_multiples_count(f->r);
	struct multiples *m;
	if (n == 0)
		return;
	m = arena_alloc(layout_arena(f->L), sizeof *m);
	m->r = f->r;
	m->first = 0;
	m->max = KEY_INDICATORS;
	layout_heading(f->L, title ? title : "Kernindicatoren", 2, H2);
	fmt_figure(f, n > KEY_INDICATORS ? fmt_printf(f, "Verloop van %d van de %zu indicatoren", KEY_INDICATORS, n)
	                                 : "Verloop van de indicatoren",
	           chart_multiples_height(m, layout_width(f->L)), chart_multiples_alt(layout_arena(f->L), m),
	           fmt_draw_multiples, m);
}

/* "85%" when both are known and begroot is not zero; else the sign for
 * why not. */
static const char *realisation(struct fmt *f, const struct money *begroot, const struct money *besteed)
{
	char pct[32];
	if (begroot->kind != VAL_NUMBER || besteed->kind != VAL_NUMBER || begroot->q == 0)
		return besteed->kind != VAL_NUMBER ? NL_MISSING : begroot->kind == VAL_UNKNOWN ? NL_UNKNOWN : NL_NA;
	return fmt_printf(f, "%s", nl_percent(pct, sizeof pct, 100.0 * money_to_double(besteed->q) /
	                                                         money_to_double(begroot->q), 0));
}

static void budget_totals(struct fmt *f, const char *title)
{
	const struct middelen *m = &f->r->middelen;
	struct table *t;
	int dec = budget_decimals(m);
	char a[64];
	if (!m->present)
		return;
	layout_heading(f->L, title ? title : "Middelen", 2, H2);
	if (m->nposten == 0 || m->njaren == 0) {
		fmt_missing(f, "Geen geoormerkt budget: begroot en besteed zijn niet per jaar zichtbaar.");
		return;
	}
	t = fmt_table(f, 4, m->njaren);
	t->caption = fmt_caption(f, fmt_printf(f, "Begroot en besteed per jaar%s",
	                                       m->eenheid ? fmt_printf(f, " (%s)", m->eenheid) : ""));
	fmt_columns(t, (const char *const[]){"Jaar", "Begroot", "Besteed", "Realisatie"}, "LRRR");
	for (size_t j = 0; j < m->njaren; j++) {
		int differs, any = 0;
		struct money begroot = budget_year_total(m, j, &differs), besteed = {VAL_ABSENT, 0, 0};
		for (size_t i = 0; i < m->nposten; i++)
			any |= m->posten[i].besteed != NULL && m->posten[i].besteed[j].kind != VAL_ABSENT;
		if (any)
			besteed = budget_year_sum(m, j, 1);
		t->rows[j].cells[0] = fmt_printf(f, "%d", m->jaren[j]);
		t->rows[j].cells[1] = fmt_printf(f, "%s%s", nl_money_value(a, sizeof a, &begroot, dec), differs ? "*" : "");
		/* spending not given or not known is missing data, never nihil or to be decided */
		t->rows[j].cells[2] = besteed.kind == VAL_NUMBER ? fmt_printf(f, "%s", nl_money_value(a, sizeof a, &besteed, dec))
		                                                 : NL_MISSING;
		t->rows[j].cells[3] = realisation(f, &begroot, &besteed);
	}
	t->cols[0].min_width = 60;
	fmt_layout_table(f, t);
}

static void ongelijk(struct fmt *f, const char *title)
{
	const struct ongelijk *og = &f->r->ongelijk;
	layout_heading(f->L, title ? title : "Ongelijk investeren voor gelijke kansen", 2, H2);
	if (!og->present) {
		fmt_missing(f, "Deze verplichte paragraaf ontbreekt.");
		return;
	}
	for (int p = 0; p < PERSP_MAX; p++)
		layout_checkbox(f->L, perspective_title[p], og->perspectief[p]);
	layout_skip(f->L, 4);
	layout_text(f->L, fmt_printf(f, "Waar: %s. Wie: %s.", fmt_joined(f, &og->waar), fmt_joined(f, &og->wie)),
	            ROLE_BODY, FONT_REGULAR);
}

static void fmt_overview(struct fmt *f, const char *title)
{
	header(f, title);
	fmt_kernboodschap(f, NULL);
	quadrants(f, NULL);
	key_indicators(f, NULL);
	budget_totals(f, NULL);
	ongelijk(f, NULL);
}

static void fmt_overview_part(struct fmt *f, enum section_kind kind, const char *title)
{
	switch (kind) {
	case SEC_KWADRANTEN_OVERZICHT: quadrants(f, title); break;
	case SEC_KERNINDICATOREN: key_indicators(f, title); break;
	case SEC_MIDDELEN_PER_JAAR: budget_totals(f, title); break;
	case SEC_PERSPECTIEVEN: ongelijk(f, title); break;
	case SEC_KERNBOODSCHAP: fmt_kernboodschap(f, title); break;
	default: break;
	}
}

static void section(struct fmt *f, const struct tpl_section *s)
{
	if (s->kind == SEC_OVERZICHT)
		fmt_overview(f, s->titel);
	else
		fmt_overview_part(f, s->kind, s->titel);
}

static const struct fmt_section_act sections[] = {
    {SEC_OVERZICHT, section},
    {SEC_KWADRANTEN_OVERZICHT, section},
    {SEC_KERNINDICATOREN, section},
    {SEC_MIDDELEN_PER_JAAR, section},
    {SEC_PERSPECTIEVEN, section},
    {SEC_KERNBOODSCHAP, section},
};
const struct fmt_acts fmt_overview_acts = {sections, sizeof sections / sizeof *sections, NULL, 0};
