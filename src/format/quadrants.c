/* The four quadrants of the steering model and the paragraph "Ongelijk
 * investeren voor gelijke kansen". */
#include "../text/nlformat.h"
#include "finance.h"
#include "fmt_base.h"
#include "indicators.h"
#include "lang.h"
#include "quadrants.h"

#define H1_FLAGS (HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE)
#define H2_FLAGS (HEADING_TOC | HEADING_NUMBERED)

static void gedeelde_waarden(struct fmt *f)
{
	const struct strlist *p = &f->r->leidende_principes;
	if (p->n == 0)
		return;
	layout_heading(f->L, "Leidende principes", 2, H2_FLAGS);
	layout_list(f->L, p->items, p->n, 1);
}

/* The figures behind a comparison chart, in the input's order (the chart
 * sorts), with the average as the last row. */
static void comparison_table(struct fmt *f, const struct indicator *ind)
{
	const struct comparison *c = &ind->vergelijking;
	int avg = c->gemiddelde.kind != VAL_ABSENT;
	struct table *t = fmt_table(f, 2, c->n + (size_t)avg);
	char per[32];
	t->caption = fmt_caption(f, fmt_printf(f, "Waarden per wijk of groep, %s%s", nl_period_short(per, sizeof per, &c->periode),
	                                       ind->eenheid ? fmt_printf(f, " (%s)", ind->eenheid) : ""));
	fmt_columns(t, (const char *const[]){"Wijk of groep", "Waarde"}, "LR");
	for (size_t i = 0; i < c->n; i++) {
		t->rows[i].cells[0] = c->items[i].naam;
		t->rows[i].cells[1] = fmt_measured(f, &c->items[i].waarde);
	}
	if (avg) {
		t->rows[c->n].cells[0] = c->gemiddelde_naam ? c->gemiddelde_naam : "Gemiddelde";
		t->rows[c->n].cells[1] = fmt_measured(f, &c->gemiddelde);
		t->rows[c->n].flags |= ROW_TOTAL;
	}
	t->first_col_max = 0.6;
	fmt_layout_table(f, t);
}

static const char *point_text(struct fmt *f, const struct datapoint *d)
{
	char per[64];
	if (d == NULL || d->periode.year == 0)
		return NL_MISSING;
	return fmt_printf(f, "%s (%s)", fmt_measured(f, &d->waarde),
	                  nl_period_short(per, sizeof per, &d->periode));
}

static void indicator_overview(struct fmt *f)
{
	const struct report *r = f->r;
	struct table *t = fmt_table(f, 5, r->nindicatoren);
	t->caption = fmt_caption(f, "Indicatoren: basis, laatste meting en streefwaarde");
	fmt_columns(t, (const char *const[]){"Indicator", "Basis", "Laatste meting", "Streefwaarde", "Bron"}, "LRRRL");
	for (size_t i = 0; i < r->nindicatoren; i++) {
		const struct indicator *ind = &r->indicatoren[i];
		const char *target = fmt_target(f, ind);
		t->rows[i].cells[0] = ind->eenheid ? fmt_printf(f, "%s (%s)", ind->naam, ind->eenheid) : ind->naam;
		t->rows[i].cells[1] = point_text(f, &ind->basis);
		t->rows[i].cells[2] = point_text(f, indicator_last(ind));
		t->rows[i].cells[3] = target ? target : NL_MISSING;
		t->rows[i].cells[4] = ind->bron ? ind->bron : NL_MISSING;
	}
	t->first_col_max = 0.34;
	fmt_layout_table(f, t);
}

static void indicators(struct fmt *f)
{
	const struct report *r = f->r;
	if (r->nindicatoren > 0) {
		layout_heading(f->L, "Indicatoren", 2, H2_FLAGS);
		indicator_overview(f);
		for (size_t i = 0; i < r->nindicatoren; i++) {
			const struct indicator *ind = &r->indicatoren[i];
			/* heading and figures first, so the heading is kept with the
			 * table; the definition follows as its explanation */
			layout_heading(f->L, ind->naam, 3, 0);
			fmt_indicator_charts(f, ind);
			if (ind->nreeks > 0)
				fmt_indicator_series(f, ind);
			else
				fmt_missing(f, "Voor deze indicator zijn nog geen meetwaarden beschikbaar.");
			if (ind->vergelijking.present && ind->vergelijking.n > 0)
				comparison_table(f, ind);
			if (ind->definitie != NULL)
				layout_text(f->L, ind->definitie, ROLE_BODY, FONT_REGULAR);
			if (ind->richting != DIR_NONE)
				layout_text(f->L, ind->richting == DIR_HIGHER ? "Richting: hoger is beter." : "Richting: lager is beter.",
				            ROLE_SMALL, FONT_REGULAR);
		}
	}
	if (!doc_is_empty(&r->monitoring)) {
		layout_heading(f->L, "Monitoring", 2, H2_FLAGS);
		layout_blocks(f->L, &r->monitoring, 3);
	}
}

static void bijsturing_list(struct fmt *f, const char *title, const struct strlist *l, int level)
{
	layout_heading(f->L, title, level, 0);
	if (l->n)
		layout_list(f->L, l->items, l->n, 0);
	else
		fmt_missing(f, "Niets opgegeven.");
}

/* The three lists of the bijsturing under a heading of `level`. */
static void bijsturing(struct fmt *f, const char *title, int level, unsigned flags)
{
	const struct bijsturing *b = &f->r->bijsturing;
	if (b->inzetten.n + b->versterken.n + b->afbouwen.n == 0)
		return;
	layout_heading(f->L, title, level, flags);
	bijsturing_list(f, "Wat we inzetten", &b->inzetten, level + 1);
	bijsturing_list(f, "Wat we versterken", &b->versterken, level + 1);
	bijsturing_list(f, "Wat we afbouwen", &b->afbouwen, level + 1);
}

static void leren(struct fmt *f)
{
	bijsturing(f, "Bijsturing: inzetten, versterken, afbouwen", 2, H2_FLAGS);
}

static void fmt_quadrant(struct fmt *f, enum quadrant q, const char *title)
{
	const struct quadrant_data *qd = &f->r->q[q];
	layout_heading(f->L, title, 1, H1_FLAGS);
	if (!qd->present) {
		fmt_missing(f, "Dit kwadrant is in deze rapportage niet ingevuld.");
		return;
	}
	layout_blocks(f->L, &qd->tekst, 3);
	switch (q) {
	case Q_GEDEELDE_WAARDEN:
		gedeelde_waarden(f);
		break;
	case Q_KADERS:
		fmt_finance(f);
		break;
	case Q_DATA:
		indicators(f);
		break;
	case Q_LEREN:
		leren(f);
		break;
	default:
		break;
	}
}

/* Step 3's two questions from the guide, always asked in print: what we
 * stop doing (or the afbouwen list of Leren en verbeteren), and who is
 * disadvantaged by the choice. */
static void choices(struct fmt *f, int level)
{
	const struct ongelijk *og = &f->r->ongelijk;
	const struct strlist *af = &f->r->bijsturing.afbouwen;
	layout_heading(f->L, "Wat we niet meer doen", level, 0);
	if (!doc_is_empty(&og->niet_meer_doen))
		layout_blocks(f->L, &og->niet_meer_doen, level + 1);
	else if (af->n > 0)
		layout_list(f->L, af->items, af->n, 0);
	else
		fmt_missing(f, "Niet aangegeven.");
	layout_heading(f->L, "Wie er nadeel van hebben", level, 0);
	if (!doc_is_empty(&og->nadeel))
		layout_blocks(f->L, &og->nadeel, level + 1);
	else
		fmt_missing(f, "Niet aangegeven.");
}

/* A template with a letter head is a letter: its parts are headed at
 * level 2 under the letter, not numbered chapters on pages of their own. */
static int is_letter(const struct fmt *f)
{
	for (size_t i = 0; i < f->t->nsections; i++)
		if (f->t->sections[i].kind == SEC_BRIEFHOOFD)
			return 1;
	return 0;
}

static void fmt_ongelijk(struct fmt *f, const char *title)
{
	int letter = is_letter(f), top = letter ? 2 : 1;
	unsigned h1 = letter ? 0 : H1_FLAGS, h2 = letter ? 0 : H2_FLAGS;
	const struct ongelijk *og = &f->r->ongelijk;
	struct table *t;
	layout_heading(f->L, title, top, h1);
	if (!og->present) {
		fmt_missing(f, "Deze verplichte paragraaf ontbreekt.");
		return;
	}
	layout_heading(f->L, "Perspectieven", top + 1, h2);
	for (int p = 0; p < PERSP_MAX; p++)
		layout_checkbox(f->L, perspective_title[p], og->perspectief[p]);
	layout_skip(f->L, 6);
	t = fmt_table(f, 2, 2);
	t->no_header = 1;
	t->plain = 1;
	t->rows[0].cells[0] = "Waar (wijken en buurten)";
	t->rows[0].cells[1] = fmt_joined(f, &og->waar);
	t->rows[1].cells[0] = "Wie (groepen in een kwetsbare positie)";
	t->rows[1].cells[1] = fmt_joined(f, &og->wie);
	t->cols[0].min_width = 190;
	t->first_col_max = 0.4;
	fmt_layout_table(f, t);
	layout_blocks(f->L, &og->tekst, top + 2);
	for (int s = 0; s < STEP_MAX; s++) {
		layout_heading(f->L, fmt_printf(f, "Stap %d. %s", s + 1, step_title[s]), top + 1, h2);
		if (doc_is_empty(&og->stap[s]))
			fmt_missing(f, "Deze stap is in deze rapportage nog niet uitgewerkt.");
		else
			layout_blocks(f->L, &og->stap[s], top + 2);
		if (s == STEP_BELEIDSTHEORIE)
			choices(f, top + 2);
	}
}

static void section(struct fmt *f, const struct tpl_section *s)
{
	if (s->kind == SEC_KWADRANT)
		fmt_quadrant(f, s->quadrant, s->titel);
	else if (s->kind == SEC_BIJSTURING) /* on its own, in a letter: under the letter's own headings */
		bijsturing(f, s->titel ? s->titel : "Wat wij inzetten, versterken en afbouwen", 2, 0);
	else
		fmt_ongelijk(f, s->titel);
}

static const struct fmt_section_act sections[] = {
    {SEC_KWADRANT, section},
    {SEC_ONGELIJK, section},
    {SEC_BIJSTURING, section},
};
const struct fmt_acts fmt_quadrant_acts = {sections, sizeof sections / sizeof *sections, NULL, 0};
