/* The template language at work: headings and paragraphs with fields,
 * narratives from the input, conditions, loops over lists, space and page
 * breaks, and the two parts of a letter: the letter head and the
 * signature. Any other section goes to the document formatter that
 * registered it (lang.h). */
#include <string.h>

#include "../model/fields.h"
#include "../util/arena.h"
#include "fmt_base.h"
#include "lang.h"

/* The narrative a <tekst veld="..."> names (the schema limits the names). */
static const struct doc *narrative(const struct report *r, const char *veld)
{
	static const struct {
		const char *name;
		enum quadrant q;
	} quadrant_texts[] = {
	    {"gedeelde_waarden.tekst", Q_GEDEELDE_WAARDEN},
	    {"kaders_en_randvoorwaarden.tekst", Q_KADERS},
	    {"data_en_informatie.tekst", Q_DATA},
	    {"leren_en_verbeteren.tekst", Q_LEREN},
	};
	if (strcmp(veld, "samenvatting") == 0)
		return &r->samenvatting;
	if (strcmp(veld, "opgave.ambitie") == 0)
		return &r->opgave.ambitie;
	if (strcmp(veld, "data_en_informatie.monitoring") == 0)
		return &r->monitoring;
	if (strcmp(veld, "ongelijk_investeren.tekst") == 0)
		return &r->ongelijk.tekst;
	if (strcmp(veld, "middelen.toelichting") == 0)
		return &r->middelen.toelichting;
	for (size_t i = 0; i < sizeof quadrant_texts / sizeof *quadrant_texts; i++)
		if (strcmp(veld, quadrant_texts[i].name) == 0)
			return &r->q[quadrant_texts[i].q].tekst;
	return NULL;
}

/* Runs the children once per item of the list of `scope`. */
static void each(struct fmt *f, const struct tpl_section *s)
{
	const struct report *r = f->r;
	const void *items = NULL;
	size_t n = 0, size = 0;
	switch (s->scope) {
	case SCOPE_INDICATOR: items = r->indicatoren, n = r->nindicatoren, size = sizeof *r->indicatoren; break;
	case SCOPE_PARTNER: items = r->partners, n = r->npartners, size = sizeof *r->partners; break;
	case SCOPE_PRESTATIE: items = r->prestaties, n = r->nprestaties, size = sizeof *r->prestaties; break;
	case SCOPE_BIJLAGE: items = r->bijlagen, n = r->nbijlagen, size = sizeof *r->bijlagen; break;
	default: return;
	}
	for (size_t i = 0; i < n; i++) {
		struct field_ctx c = {f, s->scope, (const char *)items + i * size, i};
		fmt_blocks(f, s->children, s->nchildren, &c);
	}
}

/* Text at (x, baseline y) broken at spaces to fit width w; returns the
 * baseline of the last line. A word wider than w gets a line of its own.
 * For the narrow columns of a letter head; no buffer limits its length. */
static double text_lines(struct fmt *f, double x, double y, double w, enum font_style font, double size, double lead,
                         struct rgb c, const char *s)
{
	struct arena *a = layout_arena(f->L);
	size_t start = 0, end = 0, n = strlen(s); /* the line is s[start, end) */
	while (start < n) {
		size_t next = end, word;
		while (next < n && s[next] == ' ')
			next++;
		word = next;
		while (word < n && s[word] != ' ')
			word++;
		if (end > start && layout_text_width(f->L, font, size, arena_strndup(a, s + start, word - start)) > w) {
			layout_text_at(f->L, x, y, font, size, c, arena_strndup(a, s + start, end - start));
			y += lead;
			start = next;
		}
		end = word;
		if (end >= n) {
			if (end > start)
				layout_text_at(f->L, x, y, font, size, c, arena_strndup(a, s + start, end - start));
			break;
		}
	}
	return y;
}

/* Letter head on a page without running texts: logo top left, sender top
 * right, the addressee below, then the particulars (datum, kenmerk,
 * onderwerp, ...) as a two-column table, which wraps a long onderwerp. */
static void letterhead(struct fmt *f, const struct tpl_section *s, struct field_ctx *c)
{
	struct layout *L = f->L;
	const struct template *t = f->t;
	const struct text_style *body = layout_style(L, ROLE_BODY), *small = layout_style(L, ROLE_SMALL);
	double x0 = t->margin_left, w = layout_width(L), y = t->margin_top, right = x0 + w * 0.62, ys = y;
	if (!layout_at_page_start(L)) /* a letter head starts its own page */
		layout_new_page(L);
	layout_page_plain(L);
	if (s->logo != NULL)
		layout_image(L, s->logo, s->logo_png, x0, y - 6, s->logo_w, s->logo_h,
		             fmt_expand(c, "Logo[ van de gemeente {rapport.gemeente}]"));
	for (size_t i = 0; i < s->nafzender; i++) {
		const char *line = fmt_field_line(c, s->afzender[i].text);
		if (line == NULL || *line == '\0')
			continue;
		ys = text_lines(f, right, ys + small->leading, x0 + w - right, i == 0 ? FONT_BOLD : FONT_REGULAR, small->size,
		                small->leading, i == 0 ? t->colour[COLOUR_TEXT] : t->colour[COLOUR_MUTED], line);
	}
	y = (y + s->logo_h > ys ? y + s->logo_h : ys) + 2.2 * body->leading;
	for (size_t i = 0; i < s->naan; i++) {
		const char *line = fmt_field_line(c, s->aan[i].text);
		if (line != NULL && *line != '\0')
			y = text_lines(f, x0, y + body->leading, w * 0.55, FONT_REGULAR, body->size, body->leading,
			               t->colour[COLOUR_TEXT], line);
	}
	layout_move_to(L, y + 2 * body->leading);
	if (s->ngegevens > 0) {
		struct table *tb = fmt_table(f, 2, s->ngegevens);
		size_t rows = 0;
		tb->no_header = 1;
		tb->plain = 1;
		for (size_t i = 0; i < s->ngegevens; i++) {
			const char *value = fmt_field_line(c, s->gegevens[i].text);
			if (value == NULL) /* e.g. no kenmerk: no "Kenmerk" line */
				continue;
			tb->rows[rows].cells[0] = fmt_expand(c, s->gegevens[i].label);
			tb->rows[rows++].cells[1] = value;
		}
		tb->nrows = rows;
		tb->cols[0].min_width = 90;
		tb->first_col_max = 0.25;
		layout_table(L, tb);
	}
	layout_skip(L, body->leading);
}

/* Closing, "namens" line and the signatories side by side, with room to
 * sign; kept on one page. */
static void signature(struct fmt *f, const struct tpl_section *s, struct field_ctx *c)
{
	struct layout *L = f->L;
	const struct template *t = f->t;
	const struct text_style *body = layout_style(L, ROLE_BODY);
	double lead = body->leading, room = 3 * lead, y, col;
	double h = lead * ((s->groet ? 2 : 0) + (s->namens ? 2 : 0)) + (s->ntekenaars ? lead + room + lead : 0);
	struct rgb ink = t->colour[COLOUR_TEXT];
	y = layout_reserve(L, h);
	if (s->groet) {
		y += lead;
		layout_text_at(L, t->margin_left, y, FONT_REGULAR, body->size, ink, fmt_expand(c, s->groet));
		y += lead;
	}
	if (s->namens) {
		y += lead;
		layout_text_at(L, t->margin_left, y, FONT_REGULAR, body->size, ink, fmt_expand(c, s->namens));
		y += lead;
	}
	col = s->ntekenaars ? layout_width(L) / (double)(s->ntekenaars > 2 ? s->ntekenaars : 2) : 0;
	for (size_t i = 0; i < s->ntekenaars; i++) {
		double x = t->margin_left + col * (double)i;
		const char *name = fmt_field_line(c, s->tekenaars[i].text);
		layout_text_at(L, x, y + lead, FONT_REGULAR, body->size, ink, fmt_expand(c, s->tekenaars[i].label));
		if (name != NULL) /* else room to sign, without a name */
			layout_text_at(L, x, y + lead + room + lead, FONT_BOLD, body->size, ink, name);
	}
	layout_move_to(L, y + (s->ntekenaars ? lead + room + lead : 0) + lead);
}

/* A section of a document kind: the formatter that registered it lays it
 * out; nothing when none did. */
static void document_section(struct fmt *f, const struct tpl_section *s)
{
	for (size_t i = 0; i < f->nacts; i++)
		for (size_t j = 0; j < f->acts[i]->nsections; j++)
			if (f->acts[i]->sections[j].kind == s->kind) {
				f->acts[i]->sections[j].fn(f, s);
				return;
			}
}

void fmt_blocks(struct fmt *f, const struct tpl_section *s, size_t n, struct field_ctx *ctx)
{
	static const enum para_role role[STIJL_MAX] = {ROLE_BODY, ROLE_SMALL, ROLE_MUTED, ROLE_BODY};
	for (size_t i = 0; i < n && !layout_over_limit(f->L); i++) { /* past the page limit: stop early */
		const struct tpl_section *b = &s[i];
		switch (b->kind) {
		case SEC_KOP:
			layout_heading(f->L, fmt_expand(ctx, b->text), b->niveau, b->niveau <= 2 ? HEADING_TOC : 0);
			break;
		case SEC_ALINEA:
			layout_text(f->L, fmt_expand(ctx, b->text), role[b->stijl], b->stijl == STIJL_VET ? FONT_BOLD : FONT_REGULAR);
			break;
		case SEC_TEKST: {
			const struct doc *d = narrative(f->r, b->veld);
			if (d != NULL && !doc_is_empty(d))
				layout_blocks(f->L, d, 3);
			break;
		}
		case SEC_ALS:
		case SEC_ALS_NIET:
			if (fmt_field_present(ctx, b->veld) == (b->kind == SEC_ALS))
				fmt_blocks(f, b->children, b->nchildren, ctx);
			break;
		case SEC_ELK:
			each(f, b);
			break;
		case SEC_RUIMTE:
			layout_skip(f->L, b->pt);
			break;
		case SEC_NIEUWE_PAGINA:
			layout_new_page(f->L);
			break;
		case SEC_BRIEFHOOFD:
			letterhead(f, b, ctx);
			break;
		case SEC_ONDERTEKENING:
			signature(f, b, ctx);
			break;
		default:
			document_section(f, b);
			break;
		}
	}
}
