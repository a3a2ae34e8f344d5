/* Cover, summary and appendices, and the section dispatcher. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../layout/fontset.h"
#include "../model/template.h"
#include "../chart/chart.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "format.h"
#include "format_int.h"

const char *fmt_value(struct fmt *f, const struct value *v)
{
	char tmp[64];
	return arena_strdup(layout_arena(f->L), nl_value(tmp, sizeof tmp, v));
}

/* Any length: a text is never cut (a fixed buffer once cut long names). */
const char *fmt_printf(struct fmt *f, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return "";
	p = arena_alloc(layout_arena(f->L), (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

const char *fmt_caption(struct fmt *f, const char *text)
{
	return fmt_printf(f, "Tabel %d\xE2\x80\x82%s", ++f->ntables, text);
}

void fmt_figure(struct fmt *f, const char *text, double h, const char *alt, layout_draw_fn draw,
                const void *data)
{
	layout_figure(f->L, fmt_printf(f, "Figuur %d\xE2\x80\x82%s", ++f->nfigures, text), h, alt, draw, data);
}

struct table *fmt_table(struct fmt *f, size_t ncols, size_t nrows)
{
	struct arena *a = layout_arena(f->L);
	struct table *t = arena_alloc(a, sizeof(*t));
	t->ncols = ncols;
	t->nrows = nrows;
	t->cols = arena_array(a, ncols, sizeof(struct table_col));
	t->rows = arena_array(a, nrows, sizeof(struct table_row));
	for (size_t i = 0; i < nrows; i++)
		t->rows[i].cells = arena_array(a, ncols, sizeof(char *));
	return t;
}

void fmt_columns(struct table *t, const char *const *headers, const char *aligns)
{
	for (size_t j = 0; j < t->ncols && aligns[j] != '\0'; j++) {
		t->cols[j].header = headers[j];
		t->cols[j].align = aligns[j] == 'R' ? CELL_RIGHT : aligns[j] == 'C' ? CELL_CENTER : CELL_LEFT;
	}
}

void fmt_missing(struct fmt *f, const char *text)
{
	layout_text(f->L, text, ROLE_MUTED, FONT_ITALIC);
}

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

/* "1 indicator", "3 indicatoren". */
static const char *count(struct fmt *f, size_t n, const char *one, const char *more)
{
	return fmt_printf(f, "%zu %s", n, n == 1 ? one : more);
}

/* One line of the summary's quadrant table. */
const char *fmt_quadrant_contents(struct fmt *f, enum quadrant q)
{
	const struct report *r = f->r;
	struct buf b = {0};
	const char *s;
	size_t with_target = 0;
	if (!doc_is_empty(&r->q[q].tekst))
		buf_puts(&b, "toelichting");
	switch (q) {
	case Q_GEDEELDE_WAARDEN:
		if (r->leidende_principes.n)
			buf_printf(&b, "%s%s", b.len ? "; " : "", count(f, r->leidende_principes.n, "leidend principe", "leidende principes"));
		break;
	case Q_KADERS:
		if (r->middelen.nposten && r->middelen.njaren == 1)
			buf_printf(&b, "%smiddelen %d", b.len ? "; " : "", r->middelen.jaren[0]);
		else if (r->middelen.nposten && r->middelen.njaren)
			buf_printf(&b, "%smiddelen %d\xE2\x80\x93%d", b.len ? "; " : "", r->middelen.jaren[0],
			           r->middelen.jaren[r->middelen.njaren - 1]);
		else if (r->middelen.present)
			buf_printf(&b, "%sgeen geoormerkt budget", b.len ? "; " : "");
		if (r->npartners)
			buf_printf(&b, "%s%s", b.len ? "; " : "", count(f, r->npartners, "netwerkpartner", "netwerkpartners"));
		if (r->nprestaties)
			buf_printf(&b, "%s%s", b.len ? "; " : "", count(f, r->nprestaties, "prestatie", "prestaties"));
		break;
	case Q_DATA:
		for (size_t i = 0; i < r->nindicatoren; i++)
			with_target += r->indicatoren[i].streefwaarde.kind == VAL_NUMBER ||
			               r->indicatoren[i].band_laag.kind == VAL_NUMBER;
		if (r->nindicatoren)
			buf_printf(&b, "%s%s, %zu met streefwaarde", b.len ? "; " : "",
			           count(f, r->nindicatoren, "indicator", "indicatoren"), with_target);
		if (!doc_is_empty(&r->monitoring))
			buf_printf(&b, "%smonitoringplan", b.len ? "; " : "");
		break;
	case Q_LEREN:
		if (r->bijsturing.inzetten.n + r->bijsturing.versterken.n + r->bijsturing.afbouwen.n)
			buf_printf(&b, "%sbijsturing: %zu inzetten, %zu versterken, %zu afbouwen", b.len ? "; " : "",
			           r->bijsturing.inzetten.n, r->bijsturing.versterken.n, r->bijsturing.afbouwen.n);
		break;
	default:
		break;
	}
	s = fmt_printf(f, "%s", b.len ? buf_str(&b) : NL_ABSENT);
	buf_free(&b);
	return s;
}

const char *fmt_ongelijk_contents(struct fmt *f)
{
	const struct ongelijk *og = &f->r->ongelijk;
	struct buf b = {0};
	const char *s;
	int steps = 0, first = 1;
	if (!og->present)
		return "ontbreekt";
	buf_puts(&b, "perspectief ");
	for (int p = 0; p < PERSP_MAX; p++)
		if (og->perspectief[p]) {
			buf_printf(&b, "%s%c", first ? "" : ", ", 'A' + p);
			first = 0;
		}
	if (first)
		buf_puts(&b, "niet gekozen");
	for (int i = 0; i < STEP_MAX; i++)
		steps += !doc_is_empty(&og->stap[i]);
	buf_printf(&b, "; %d van de %d stappen uitgewerkt", steps, STEP_MAX);
	s = fmt_printf(f, "%s", buf_str(&b));
	buf_free(&b);
	return s;
}

void fmt_draw_multiples(struct canvas *cv, const void *data, double w, double h)
{
	chart_multiples(cv, data, w, h);
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

void fmt_quadrant_table(struct fmt *f, const char *caption, const char *contents_header)
{
	const struct report *r = f->r;
	struct table *t = fmt_table(f, 3, QUADRANT_MAX + 1);
	t->caption = caption;
	fmt_columns(t, (const char *const[]){"Kwadrant", "Stand", contents_header}, "LLL");
	t->first_col_max = 0.42;
	for (int q = 0; q < QUADRANT_MAX; q++) {
		t->rows[q].cells[0] = quadrant_title[q];
		t->rows[q].cells[1] = r->q[q].present ? "ingevuld" : "niet ingevuld";
		t->rows[q].cells[2] = r->q[q].present ? fmt_quadrant_contents(f, (enum quadrant)q) : NL_ABSENT;
	}
	t->rows[QUADRANT_MAX].cells[0] = "Ongelijk investeren voor gelijke kansen";
	t->rows[QUADRANT_MAX].cells[1] = r->ongelijk.present ? "ingevuld" : "niet ingevuld";
	t->rows[QUADRANT_MAX].cells[2] = fmt_ongelijk_contents(f);
	layout_table(f->L, t);
}

static void summary(struct fmt *f, const char *title)
{
	const struct report *r = f->r;
	layout_heading(f->L, title, 1, HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE);
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

void fmt_document_info(struct fmt *f, struct layout_doc *d, enum report_kind kind, const char *when,
                       const char *keyword, const struct source_file *src, size_t nsrc)
{
	const struct report *r = f->r;
	struct arena *a = d->arena;
	d->title = arena_strdup(a, r->meta.titel);
	d->author = r->meta.gemeente ? arena_printf(a, "Gemeente %s%s%s", r->meta.gemeente,
	                                            r->meta.organisatie ? ", " : "",
	                                            r->meta.organisatie ? r->meta.organisatie : "")
	                             : arena_strdup(a, r->meta.organisatie);
	d->subject = arena_printf(a, "%s, %s, %s", report_kind_name[kind], r->opgave.naam ? r->opgave.naam : "", when);
	d->keywords = arena_printf(a, "%s; %s; %s%ssturingsmodel; ongelijk investeren voor gelijke kansen",
	                           r->opgave.naam ? r->opgave.naam : "",
	                           r->opgave.strategische_doelstelling ? r->opgave.strategische_doelstelling : "",
	                           keyword ? keyword : "", keyword ? "; " : "");
	d->lang = "nl-NL";
	d->template_name = arena_strdup(a, f->t->naam);
	d->template_version = arena_strdup(a, f->t->versie);
	layout_doc_add_sources(d, src, nsrc);
}

void fmt_section(struct fmt *f, const struct tpl_section *s)
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
	case SEC_KWADRANT:
		fmt_quadrant(f, s->quadrant, s->titel);
		break;
	case SEC_ONGELIJK:
		fmt_ongelijk(f, s->titel);
		break;
	case SEC_BIJLAGEN:
		appendices(f, s->titel);
		break;
	case SEC_OVERZICHT:
		fmt_overview(f, s->titel);
		break;
	case SEC_KWADRANTEN_OVERZICHT:
	case SEC_KERNINDICATOREN:
	case SEC_MIDDELEN_PER_JAAR:
	case SEC_PERSPECTIEVEN:
		fmt_overview_part(f, s->kind, s->titel);
		break;
	default:
		break;
	}
}

/* Placeholders of the running header and footer: any report field. */
static const char *lookup(void *ctx, const char *key)
{
	struct field_ctx *c = ctx;
	return fmt_field(c, key);
}

struct layout_doc *format_report(const struct report *r, const struct template *t,
                                 const struct fontset *fs, const struct hyphenator *h, int archive)
{
	struct fmt f;
	struct field_ctx c = {&f, 0, NULL, 0};
	struct layout_doc *d;
	memset(&f, 0, sizeof f);
	f.r = r;
	f.t = t;
	f.L = layout_new(t, fs, h);
	fmt_blocks(&f, t->sections, t->nsections, &c);
	if (archive)
		fmt_colophon(&f, r->sources, r->nsources);
	d = layout_finish(f.L, lookup, &c);
	{
		char per[96];
		fmt_document_info(&f, d, r->meta.kind, nl_period_long(per, sizeof per, &r->meta.periode), NULL, r->sources,
		                  r->nsources);
	}
	d->archive = archive;
	layout_free(f.L);
	return d;
}
