/* The quarterly report's own sections: cover, table of contents, summary
 * and appendices. Its quadrants and overview have formatters of their
 * own; format.c puts them together. */
#include <stdio.h>
#include <string.h>

#include "../layout/fontset.h"
#include "../model/template.h"
#include "../chart/chart.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "contents.h"
#include "fmt_base.h"
#include "lang.h"
#include "message.h"
#include "report_fmt.h"

static void cover_fact(struct table *t, size_t *n, const char *key, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	t->rows[*n].cells[0] = key;
	t->rows[*n].cells[1] = value;
	(*n)++;
}

/* A paragraph in a given size, font and colour at the cursor. */
static void cover_line(struct fmt *f, const char *text, enum font_style font, double size,
                       double leading, struct rgb colour)
{
	struct text_style st = *layout_style(f->L, ROLE_LEAD);
	struct span sp = {text, 0, NULL};
	struct rich r = {&sp, 1};
	st.font = font;
	st.size = size;
	st.leading = leading;
	st.colour = colour;
	st.align = ALIGN_LEFT;
	st.hyphenate = 0;
	layout_paragraph(f->L, &r, &st);
}

/* True when `s` contains `part`, ignoring the case of its first letter. */
static int mentions(const char *s, const char *part)
{
	if (s == NULL || part == NULL || *part == '\0')
		return 0;
	if (strstr(s, part) != NULL)
		return 1;
	if (part[0] >= 'a' && part[0] <= 'z') {
		char up[128];
		snprintf(up, sizeof up, "%c%s", part[0] - 32, part + 1);
		return strstr(s, up) != NULL;
	}
	return 0;
}

/* The cover: a band in the accent colour with the sender, the title, and
 * the key facts at the foot of the page, placed by their measured height. */
static void cover(struct fmt *f)
{
	const struct report *r = f->r;
	const struct template *t = f->t;
	struct layout *L = f->L;
	struct rgb white = {1, 1, 1};
	struct table *facts = fmt_table(f, 2, 8);
	char per[96], date[64], cap[96];
	size_t n = 0;
	double band = 230, y;

	layout_page_plain(L);
	layout_rect(L, 0, 0, t->page_w, band, t->colour[COLOUR_ACCENT]);
	layout_move_to(L, 52);
	cover_line(f, r->meta.gemeente ? fmt_printf(f, "Gemeente %s", r->meta.gemeente) : "Gemeente", FONT_BOLD, 15,
	           19, white);
	if (r->meta.organisatie != NULL)
		cover_line(f, r->meta.organisatie, FONT_REGULAR, 10.5, 14, white);
	if (r->opgave.strategische_doelstelling != NULL) {
		layout_move_to(L, band - 44);
		cover_line(f, fmt_printf(f, "Strategische doelstelling %s", r->opgave.strategische_doelstelling),
		           FONT_REGULAR, 12, 16, white);
	}
	layout_move_to(L, band + 40);
	cover_line(f, r->meta.titel, FONT_BOLD, 24, 30, t->colour[COLOUR_TEXT]);
	nl_period_long(per, sizeof per, &r->meta.periode);
	if (!mentions(r->meta.titel, r->opgave.naam))
		cover_line(f, r->opgave.naam, FONT_REGULAR, 15, 20, t->colour[COLOUR_ACCENT]);
	if (!mentions(r->meta.titel, per)) {
		snprintf(cap, sizeof cap, "%c%s", per[0] >= 'a' && per[0] <= 'z' ? per[0] - 32 : per[0], per + 1);
		cover_line(f, cap, FONT_REGULAR, 15, 20, t->colour[COLOUR_MUTED]);
	}

	cover_fact(facts, &n, "Opgave", r->opgave.naam);
	cover_fact(facts, &n, "Strategische doelstelling", r->opgave.strategische_doelstelling);
	cover_fact(facts, &n, "Fase", r->opgave.fase ? phase_name[r->opgave.fase] : NULL);
	cover_fact(facts, &n, "Periode", per);
	cover_fact(facts, &n, "Datum", nl_date(date, sizeof date, &r->meta.datum));
	cover_fact(facts, &n, "Kenmerk", r->meta.kenmerk);
	cover_fact(facts, &n, "Organisatie", r->meta.organisatie);
	cover_fact(facts, &n, "Opgavemanager", r->meta.opgavemanager);
	facts->nrows = n;
	facts->no_header = 1;
	facts->plain = 1;
	for (size_t i = 0; i < n; i++)
		facts->rows[i].cells[1] = arena_strdup(layout_arena(L), facts->rows[i].cells[1]);
	facts->cols[0].min_width = 150;
	/* at the foot of the page, or right below a long title */
	y = t->page_h - t->margin_bottom - layout_table_height(L, facts) - 16;
	layout_move_to(L, y > layout_y(L) + 24 ? y : layout_y(L) + 24);
	layout_rule(L);
	layout_table(L, facts);
}

/* Small multiples of every indicator's trend, when there are two or more;
 * nine to a figure. */
static void indicators_at_a_glance(struct fmt *f)
{
	size_t n = chart_multiples_count(f->r);
	double w = layout_width(f->L);
	if (n < 2)
		return;
	layout_heading(f->L, "Indicatoren in één oogopslag", 2, HEADING_TOC | HEADING_NUMBERED);
	for (size_t first = 0; first < n; first += MULTIPLES_MAX) {
		struct multiples *m = arena_alloc(layout_arena(f->L), sizeof *m);
		m->r = f->r;
		m->first = first;
		fmt_figure(f,
		           n > MULTIPLES_MAX ? fmt_printf(f, "Verloop van de indicatoren (%zu\xE2\x80\x93%zu van %zu)", first + 1,
		                                          first + MULTIPLES_MAX < n ? first + MULTIPLES_MAX : n, n)
		                             : "Verloop van de indicatoren",
		           chart_multiples_height(m, w), chart_multiples_alt(layout_arena(f->L), m), fmt_draw_multiples, m);
	}
}

static void summary(struct fmt *f, const char *title)
{
	const struct report *r = f->r;
	layout_heading(f->L, title, 1, HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE);
	fmt_kernboodschap(f, "In het kort");
	if (!doc_is_empty(&r->opgave.ambitie)) {
		layout_heading(f->L, "Ambitie", 2, HEADING_TOC | HEADING_NUMBERED);
		layout_blocks(f->L, &r->opgave.ambitie, 3);
	}
	layout_heading(f->L, "Stand per kwadrant", 2, HEADING_TOC | HEADING_NUMBERED);
	fmt_quadrant_table(f, fmt_caption(f, "Invulling van de kwadranten van het sturingsmodel"),
	                   "Inhoud in deze rapportage");
	indicators_at_a_glance(f);
	if (!doc_is_empty(&r->samenvatting)) {
		layout_heading(f->L, "Stand van zaken", 2, HEADING_TOC | HEADING_NUMBERED);
		layout_blocks(f->L, &r->samenvatting, 3);
	}
}

static void appendices(struct fmt *f, const char *title)
{
	const struct report *r = f->r;
	if (r->nbijlagen == 0)
		return;
	layout_heading(f->L, title, 1, HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE);
	for (size_t i = 0; i < r->nbijlagen; i++) {
		layout_heading(f->L, r->bijlagen[i].titel, 2, HEADING_TOC | HEADING_NUMBERED);
		layout_blocks(f->L, &r->bijlagen[i].tekst, 3);
	}
}

/* A section of the quarterly report itself. */
static void fmt_section(struct fmt *f, const struct tpl_section *s)
{
	switch (s->kind) {
	case SEC_VOORBLAD:
		cover(f);
		layout_new_page(f->L);
		break;
	case SEC_INHOUD:
		layout_toc(f->L, s->titel);
		break;
	case SEC_SAMENVATTING:
		summary(f, s->titel);
		break;
	case SEC_BIJLAGEN:
		appendices(f, s->titel);
		break;
	default:
		break;
	}
}

static const struct fmt_section_act sections[] = {
    {SEC_VOORBLAD, fmt_section},
    {SEC_INHOUD, fmt_section},
    {SEC_SAMENVATTING, fmt_section},
    {SEC_BIJLAGEN, fmt_section},
};
const struct fmt_acts fmt_report_acts = {sections, sizeof sections / sizeof *sections, NULL, 0};
