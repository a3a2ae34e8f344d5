#include "layout.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/xalloc.h"
#include "fontset.h"
#include "layout_int.h"
#include "table.h"

#define LIST_INDENT 16.0 /* points from list label column to item text */

static struct text_style make_style(const struct template *t, enum font_style f, double size,
                                    double leading, enum align a, int colour)
{
	struct text_style s;
	memset(&s, 0, sizeof s);
	s.font = f;
	s.size = size;
	s.leading = leading;
	s.colour = t->colour[colour];
	s.link_colour = t->colour[COLOUR_ACCENT];
	s.align = a;
	s.hyphenate = a == ALIGN_JUSTIFY;
	return s;
}

static void init_styles(struct layout *L)
{
	const struct template *t = L->t;
	double fs = t->font_size, lh = t->line_height;
	L->role[ROLE_BODY] = make_style(t, FONT_REGULAR, fs, lh, ALIGN_JUSTIFY, COLOUR_TEXT);
	L->role[ROLE_LEAD] = make_style(t, FONT_REGULAR, fs * 1.15, lh * 1.15, ALIGN_LEFT, COLOUR_TEXT);
	L->role[ROLE_SMALL] = make_style(t, FONT_REGULAR, fs * 0.85, lh * 0.85, ALIGN_LEFT, COLOUR_MUTED);
	L->role[ROLE_MUTED] = make_style(t, FONT_ITALIC, fs, lh, ALIGN_LEFT, COLOUR_MUTED);
	L->role[ROLE_CODE] = make_style(t, FONT_REGULAR, fs * 0.9, lh * 0.9, ALIGN_LEFT, COLOUR_MUTED);
	L->hstyle[0] = make_style(t, FONT_BOLD, fs * 1.75, fs * 2.2, ALIGN_LEFT, COLOUR_ACCENT);
	L->hstyle[1] = make_style(t, FONT_BOLD, fs * 1.3, fs * 1.7, ALIGN_LEFT, COLOUR_ACCENT);
	L->hstyle[2] = make_style(t, FONT_BOLD, fs * 1.08, lh, ALIGN_LEFT, COLOUR_TEXT);
	L->hstyle[3] = make_style(t, FONT_BOLDITALIC, fs, lh, ALIGN_LEFT, COLOUR_TEXT);
}

struct layout *layout_new(const struct template *t, const struct fontset *fs,
                          const struct hyphenator *h)
{
	struct layout *L = xcalloc(1, sizeof(*L));
	L->t = t;
	L->fs = fs;
	L->h = h;
	L->doc = xcalloc(1, sizeof(struct layout_doc));
	L->doc->arena = arena_new();
	L->scratch = arena_new();
	L->doc->page_w = t->page_w;
	L->doc->page_h = t->page_h;
	L->top = t->margin_top;
	L->bottom = t->page_h - t->margin_bottom;
	L->x0 = t->margin_left;
	L->width = t->page_w - t->margin_left - t->margin_right;
	L->toc_page = -1;
	init_styles(L);
	layout_new_page(L);
	return L;
}

void layout_free(struct layout *L)
{
	if (L == NULL)
		return;
	layout_doc_free(L->doc);
	arena_free(L->scratch);
	free(L->plain);
	free(L);
}

struct arena *layout_arena(struct layout *L)
{
	return L->doc->arena;
}

double layout_width(const struct layout *L)
{
	return L->width;
}

const struct text_style *layout_style(const struct layout *L, enum para_role role)
{
	return &L->role[role];
}

struct page *cur_page(struct layout *L)
{
	return &L->doc->pages[L->page];
}

int at_top(const struct layout *L)
{
	return L->y <= L->top + 0.01;
}

void layout_new_page(struct layout *L)
{
	struct layout_doc *d = L->doc;
	d->pages = xgrow(d->pages, &L->capages, d->npages + 1, sizeof(struct page));
	memset(&d->pages[d->npages], 0, sizeof(struct page));
	L->plain = xgrow(L->plain, &L->capplain, d->npages + 1, 1);
	L->plain[d->npages] = 0;
	L->page = d->npages++;
	L->y = L->top;
}

void layout_page_plain(struct layout *L)
{
	L->plain[L->page] = 1;
}

void layout_skip(struct layout *L, double pt)
{
	if (!at_top(L))
		L->y += pt;
}

void layout_move_to(struct layout *L, double y)
{
	L->y = y;
}

double layout_y(const struct layout *L)
{
	return L->y;
}

void tag_begin(struct layout *L, enum tag tag)
{
	page_add(cur_page(L), ITEM_TAG_BEGIN)->tag = tag;
}

void tag_end(struct layout *L, enum tag tag)
{
	page_add(cur_page(L), ITEM_TAG_END)->tag = tag;
}

double baseline_offset(const struct layout *L, const struct text_style *st)
{
	return (st->leading + fontset_capheight(L->fs, st->font, st->size)) / 2;
}

static void add_text(struct layout *L, double x, double y, enum font_style f, double size,
                     struct rgb c, const char *s, size_t len)
{
	struct item *it = page_add(cur_page(L), ITEM_TEXT);
	it->x = (float)x;
	it->y = (float)y;
	it->font = f;
	it->size = (float)size;
	it->colour = c;
	it->text = s;
	it->len = len;
	it->w = (float)fontset_width(L->fs, f, size, s, len);
}

static void add_link(struct layout *L, double x, double base, double w, const struct text_style *st,
                     const char *uri)
{
	struct item *it = page_add(cur_page(L), ITEM_LINK);
	it->x = (float)x;
	it->y = (float)(base - st->size * 0.85);
	it->w = (float)w;
	it->h = (float)(st->size * 1.1);
	it->uri = uri;
}

/* A line through struck-through text at half the x-height, continued over
 * the space to the next word when that is struck through too (`gap`). The
 * text keeps its meaning for a reader, so the line is an artifact. */
static void add_strike(struct layout *L, double x, double base, double w, const struct text_style *st,
                       double gap)
{
	struct item *it;
	tag_begin(L, TAG_ARTIFACT);
	it = page_add(cur_page(L), ITEM_LINE);
	it->x = (float)x;
	it->y = (float)(base - st->size * 0.27);
	it->w = (float)(w + (gap > 0 ? gap : 0));
	it->size = (float)(st->size * 0.06);
	it->colour = st->colour;
	tag_end(L, TAG_ARTIFACT);
}

/* Emits the words of a line; runs of same-font words on an unjustified
 * line become one text item (fewer PDF operators, real spaces). */
void emit_line(struct layout *L, const struct lb_line *l, const struct text_style *st, double x,
               double w)
{
	double xs[512], *pos = l->n <= 512 ? xs : xmalloc(l->n * sizeof(double));
	double base = L->y + baseline_offset(L, st);
	int merge = !(st->align == ALIGN_JUSTIFY && !l->last);
	size_t i = 0;

	linebreak_positions(l, st->align, w, pos);
	while (i < l->n) {
		const struct lb_word *wd = &l->words[i];
		double fx = x + pos[i];
		size_t j = i + 1;
		if (merge && wd->nfrags == 1 && wd->frags[0].link == NULL && !wd->frags[0].strike) {
			/* gather following single-fragment words in the same font */
			while (j < l->n && l->words[j].nfrags == 1 && l->words[j].frags[0].font == wd->frags[0].font &&
			       l->words[j].frags[0].link == NULL && !l->words[j].frags[0].strike)
				j++;
		}
		if (j > i + 1) {
			size_t len = 0, k;
			char *t;
			for (k = i; k < j; k++)
				len += l->words[k].frags[0].len + 1;
			t = arena_alloc(L->doc->arena, len);
			len = 0;
			for (k = i; k < j; k++) {
				memcpy(t + len, l->words[k].frags[0].text, l->words[k].frags[0].len);
				len += l->words[k].frags[0].len;
				if (k + 1 < j)
					t[len++] = ' ';
			}
			add_text(L, fx, base, wd->frags[0].font, st->size, st->colour, t, len);
			i = j;
			continue;
		}
		for (size_t f = 0; f < wd->nfrags; f++) {
			const struct lb_frag *fr = &wd->frags[f];
			if (fr->link != NULL) /* the link text inside its Link element */
				tag_begin(L, TAG_LINK);
			add_text(L, fx, base, fr->font, st->size, fr->link ? st->link_colour : st->colour, fr->text,
			         fr->len);
			if (fr->link != NULL) {
				add_link(L, fx, base, fr->w, st, fr->link);
				tag_end(L, TAG_LINK);
			}
			if (fr->strike) {
				int on = f + 1 == wd->nfrags && i + 1 < l->n && l->words[i + 1].nfrags > 0 &&
				         l->words[i + 1].frags[0].strike;
				add_strike(L, fx, base, fr->w, st, on ? pos[i + 1] - pos[i] - wd->w : 0);
			}
			fx += fr->w;
		}
		i++;
	}
	if (pos != xs)
		free(pos);
}

void caption_prepare(struct layout *L, const char *text, double w, struct caption *c)
{
	struct span sp = {text, 0, NULL};
	struct rich r = {&sp, 1};
	c->lines.v = NULL;
	c->lines.n = 0;
	c->st = L->role[ROLE_BODY];
	c->h = 0;
	if (text == NULL)
		return;
	c->st.font = FONT_BOLD;
	c->st.align = ALIGN_LEFT;
	linebreak(L->doc->arena, L->doc->arena, L->fs, NULL, L->warned, &r, &c->st, w, &c->lines);
	c->h = (double)c->lines.n * c->st.leading + 2;
}

void caption_emit(struct layout *L, const struct caption *c, double w)
{
	if (c->lines.n == 0)
		return;
	tag_begin(L, TAG_CAPTION);
	for (size_t k = 0; k < c->lines.n; k++) {
		emit_line(L, &c->lines.v[k], &c->st, L->x0 + L->indent, w);
		L->y += c->st.leading;
	}
	tag_end(L, TAG_CAPTION);
	L->y += 2;
}

static void place_pending(struct layout *L)
{
	for (int i = 0; i < L->npending; i++) {
		struct pending *p = &L->pending[i];
		struct heading *hd = &L->doc->headings[p->heading];
		double h = (double)p->lines.n * p->st.leading;
		/* a run of more headings than a page holds (nothing between them)
		 * goes on over the next page, not below the bottom edge */
		if (!at_top(L) && L->y + p->space_before + h > L->bottom + 0.01)
			layout_new_page(L);
		if (!at_top(L))
			L->y += p->space_before;
		hd->page = (int)L->page;
		hd->y = (float)L->y;
		tag_begin(L, p->tag);
		for (size_t k = 0; k < p->lines.n; k++) {
			emit_line(L, &p->lines.v[k], &p->st, L->x0, L->width);
			L->y += p->st.leading;
		}
		tag_end(L, p->tag);
		L->y += p->space_after;
	}
	L->npending = 0;
}

static double pending_height(const struct layout *L)
{
	double h = 0;
	for (int i = 0; i < L->npending; i++)
		h += (i || !at_top(L) ? L->pending[i].space_before : 0) +
		     (double)L->pending[i].lines.n * L->pending[i].st.leading + L->pending[i].space_after;
	return h;
}

void need(struct layout *L, double h)
{
	if (L->y + pending_height(L) + h > L->bottom + 0.01 && !at_top(L))
		layout_new_page(L);
	place_pending(L);
}

static const double heading_space_before[4] = {0, 16, 12, 8};
static const double heading_space_after[4] = {14, 6, 3, 2};
static const enum tag heading_tag[4] = {TAG_H1, TAG_H2, TAG_H3, TAG_H4};

void layout_heading(struct layout *L, const char *title, int level, int flags)
{
	struct layout_doc *d = L->doc;
	struct heading *hd;
	struct pending *p;
	struct span sp = {title, 0, NULL};
	struct rich r = {&sp, 1};
	char numbered[64];

	if (level < 1)
		level = 1;
	if (level > 4)
		level = 4;
	if ((flags & HEADING_NEWPAGE) && (L->npending > 0 || !at_top(L))) {
		place_pending(L);
		layout_new_page(L);
	}
	if (L->npending == PENDING_MAX)
		place_pending(L);
	if ((flags & HEADING_NUMBERED) && level <= 2) {
		if (level == 1) {
			L->num[0]++;
			L->num[1] = 0;
			snprintf(numbered, sizeof numbered, "%d\xE2\x80\x82", L->num[0]);
		} else {
			L->num[1]++;
			snprintf(numbered, sizeof numbered, "%d.%d\xE2\x80\x82", L->num[0], L->num[1]);
		}
		sp.text = arena_printf(d->arena, "%s%s", numbered, title);
	}
	d->headings = xgrow(d->headings, &L->capheadings, d->nheadings + 1, sizeof(struct heading));
	hd = &d->headings[d->nheadings];
	memset(hd, 0, sizeof(*hd));
	hd->title = arena_strdup(d->arena, sp.text);
	hd->level = level;
	hd->in_toc = (flags & HEADING_TOC) != 0;
	p = &L->pending[L->npending++];
	p->st = L->hstyle[level - 1];
	p->tag = heading_tag[level - 1];
	p->heading = (int)d->nheadings++;
	p->space_before = heading_space_before[level - 1];
	p->space_after = heading_space_after[level - 1];
	linebreak(d->arena, d->arena, L->fs, NULL, L->warned, &r, &p->st, L->width, &p->lines);
}

/* Lines of a paragraph that must stay together at its start: with two
 * lines at least on either side of a page break, up to three lines cannot
 * be split at all. */
static size_t first_chunk(size_t n)
{
	return n <= 3 ? n : 2;
}

/* Places lines with orphan and widow control: at least two lines of a
 * paragraph stay together at the bottom and at the top of a page. */
static void place_lines(struct layout *L, const struct lb_lines *ls, const struct text_style *st,
                        double x, double w)
{
	size_t i = 0, n = ls->n;
	need(L, (double)first_chunk(n) * st->leading);
	while (i < n) {
		size_t avail = (size_t)floor((L->bottom - L->y + 0.01) / st->leading);
		size_t rem = n - i, take = rem;
		if (rem > avail) {
			take = avail;
			if (rem - take < 2 && rem >= 2)
				take = rem - 2;
			if (take < 2 && !at_top(L))
				take = 0;
			if (take == 0 && at_top(L))
				take = avail ? avail : 1;
		}
		for (size_t k = 0; k < take; k++, i++) {
			emit_line(L, &ls->v[i], st, x, w);
			L->y += st->leading;
		}
		if (i < n)
			layout_new_page(L);
	}
}

/* Space between blocks: a fraction of the line height. */
static double para_gap(const struct text_style *st)
{
	return st->leading * 0.5;
}

void layout_paragraph(struct layout *L, const struct rich *r, const struct text_style *st)
{
	struct lb_lines ls;
	double x = L->x0 + L->indent, w = L->width - L->indent;
	/* the lines are scratch: once placed, only their text is drawn */
	linebreak(L->doc->arena, L->scratch, L->fs, L->h, L->warned, r, st, w, &ls);
	if (ls.n != 0) {
		need(L, (double)first_chunk(ls.n) * st->leading);
		tag_begin(L, TAG_P);
		place_lines(L, &ls, st, x, w);
		tag_end(L, TAG_P);
		L->y += para_gap(st);
	}
	arena_reset(L->scratch);
}

void layout_text(struct layout *L, const char *text, enum para_role role, enum font_style f)
{
	struct span sp = {text, 0, NULL};
	struct rich r = {&sp, 1};
	struct text_style st = L->role[role];
	st.font = f;
	layout_paragraph(L, &r, &st);
}

/* Starts a list item: places its label on the baseline of the first line. */
static void item_label(struct layout *L, const char *label, const struct text_style *st)
{
	double lw = fontset_width(L->fs, st->font, st->size, label, strlen(label));
	need(L, 3 * st->leading);
	tag_begin(L, TAG_LBL);
	add_text(L, L->x0 + L->indent - 4 - lw, L->y + baseline_offset(L, st), st->font, st->size,
	         st->colour, arena_strdup(L->doc->arena, label), strlen(label));
	tag_end(L, TAG_LBL);
}

static void list_label(char *buf, size_t sz, int ordered, int number, int depth)
{
	if (ordered)
		snprintf(buf, sz, "%d.", number);
	else
		snprintf(buf, sz, "%s", depth % 2 ? "\xE2\x80\x93" : "\xE2\x80\xA2"); /* – or • */
}



/* The text of styled spans without their styles (headings are one style). */
static const char *rich_plain(struct layout *L, const struct rich *r)
{
	size_t n = 0;
	char *t;
	if (r->nspans == 1)
		return r->spans[0].text;
	for (size_t i = 0; i < r->nspans; i++)
		n += strlen(r->spans[i].text);
	t = arena_alloc(L->doc->arena, n + 1);
	t[0] = '\0';
	for (size_t i = 0; i < r->nspans; i++)
		strcat(t, r->spans[i].text);
	return t;
}

static void layout_block(struct layout *L, const struct block *b, int hlevel, int tight);

static void layout_list_block(struct layout *L, const struct block *b, int hlevel)
{
	char label[32];
	const struct text_style *st = &L->role[ROLE_BODY];
	double indent = LIST_INDENT;
	if (b->ordered) { /* room for the widest number, "10." or "100." */
		list_label(label, sizeof label, 1, b->start + (int)b->nchildren - 1, 0);
		double lw = fontset_width(L->fs, st->font, st->size, label, strlen(label)) + 6;
		indent = lw > indent ? lw : indent;
	}
	tag_begin(L, TAG_L);
	L->indent += indent;
	L->list_depth++;
	for (size_t i = 0; i < b->nchildren; i++) {
		const struct block *item = &b->children[i];
		list_label(label, sizeof label, b->ordered, b->start + (int)i, L->list_depth - 1);
		tag_begin(L, TAG_LI);
		item_label(L, label, st);
		tag_begin(L, TAG_LBODY);
		for (size_t k = 0; k < item->nchildren; k++)
			layout_block(L, &item->children[k], hlevel, b->tight);
		tag_end(L, TAG_LBODY);
		tag_end(L, TAG_LI);
	}
	L->list_depth--;
	L->indent -= indent;
	tag_end(L, TAG_L);
	L->y += b->tight ? para_gap(st) : 0;
}

/* A narrative's table through the generic table code (tagged Table, TR,
 * TH, TD; header repeated on every page): the first row is the header,
 * cells are printed as plain text, short rows are filled with blanks. */
static void layout_table_block(struct layout *L, const struct block *b)
{
	struct arena *a = L->doc->arena;
	struct table t = {0};
	size_t nrows = b->nchildren ? b->nchildren - 1 : 0;
	if (b->ncols == 0 || b->nchildren == 0)
		return;
	t.ncols = b->ncols;
	t.cols = arena_array(a, b->ncols, sizeof(struct table_col));
	t.rows = arena_array(a, nrows, sizeof(struct table_row));
	t.nrows = nrows;
	for (size_t c = 0; c < b->ncols; c++) {
		const struct block *h = &b->children[0];
		char al = b->align != NULL ? b->align[c] : 'l';
		t.cols[c].header = c < h->nchildren ? rich_plain(L, &h->children[c].text) : "";
		t.cols[c].align = al == 'r' ? CELL_RIGHT : al == 'c' ? CELL_CENTER : CELL_LEFT;
	}
	for (size_t r = 0; r < nrows; r++) {
		const struct block *row = &b->children[r + 1];
		t.rows[r].cells = arena_array(a, b->ncols, sizeof(char *));
		for (size_t c = 0; c < b->ncols && c < row->nchildren; c++)
			t.rows[r].cells[c] = rich_plain(L, &row->children[c].text);
	}
	layout_table(L, &t);
}

/* Footnotes: a rule, then the notes as a list numbered from 1. */
static void layout_notes_block(struct layout *L, const struct block *b, int hlevel)
{
	struct block list = *b;
	list.kind = BLOCK_LIST;
	list.ordered = 1;
	list.start = 1;
	list.tight = 1;
	layout_rule(L);
	layout_list_block(L, &list, hlevel);
}

static void layout_block(struct layout *L, const struct block *b, int hlevel, int tight)
{
	struct text_style st = L->role[ROLE_BODY];
	switch (b->kind) {
	case BLOCK_PARAGRAPH:
		if (L->indent > 0)
			st.align = ALIGN_LEFT;
		layout_paragraph(L, &b->text, &st);
		if (tight)
			L->y -= para_gap(&st);
		break;
	case BLOCK_HEADING:
		layout_heading(L, rich_plain(L, &b->text), hlevel + b->level - 1, 0);
		break;
	case BLOCK_LIST:
		layout_list_block(L, b, hlevel);
		break;
	case BLOCK_QUOTE:
		L->indent += LIST_INDENT;
		for (size_t i = 0; i < b->nchildren; i++)
			layout_block(L, &b->children[i], hlevel, 0);
		L->indent -= LIST_INDENT;
		break;
	case BLOCK_CODE:
		st = L->role[ROLE_CODE];
		layout_paragraph(L, &b->text, &st);
		break;
	case BLOCK_RULE:
		layout_rule(L);
		break;
	case BLOCK_TABLE:
		layout_table_block(L, b);
		break;
	case BLOCK_NOTES:
		layout_notes_block(L, b, hlevel);
		break;
	default:
		break;
	}
}

/* Shallowest heading level in a tree of blocks (7 when none). */
static int min_heading(const struct block *b, size_t n)
{
	int best = 7;
	for (size_t i = 0; i < n; i++) {
		int k = b[i].kind == BLOCK_HEADING ? b[i].level : min_heading(b[i].children, b[i].nchildren);
		best = k < best ? k : best;
	}
	return best;
}

void layout_blocks(struct layout *L, const struct doc *d, int heading_level)
{
	/* the narrative's shallowest heading becomes heading_level, whether
	 * the writer started at # or at ### */
	int base = heading_level - min_heading(d->blocks, d->nblocks) + 1;
	for (size_t i = 0; i < d->nblocks; i++)
		layout_block(L, &d->blocks[i], base, 0);
}

void layout_list(struct layout *L, const char *const *items, size_t n, int ordered)
{
	struct block *kids = arena_array(L->doc->arena, n, sizeof(struct block));
	struct block list;
	memset(&list, 0, sizeof list);
	for (size_t i = 0; i < n; i++) {
		struct block *para = arena_alloc(L->doc->arena, sizeof(struct block));
		struct span *sp = arena_alloc(L->doc->arena, sizeof(struct span));
		sp->text = items[i];
		para->kind = BLOCK_PARAGRAPH;
		para->text.spans = sp;
		para->text.nspans = 1;
		kids[i].kind = BLOCK_ITEM;
		kids[i].children = para;
		kids[i].nchildren = 1;
	}
	list.kind = BLOCK_LIST;
	list.ordered = ordered;
	list.start = 1;
	list.tight = 1;
	list.children = kids;
	list.nchildren = n;
	layout_list_block(L, &list, 3);
}

void layout_rule(struct layout *L)
{
	struct item *it;
	need(L, 8);
	L->y += 4;
	tag_begin(L, TAG_ARTIFACT);
	it = page_add(cur_page(L), ITEM_LINE);
	it->x = (float)(L->x0 + L->indent);
	it->y = (float)L->y;
	it->w = (float)(L->width - L->indent);
	it->size = 0.5f;
	it->colour = L->t->colour[COLOUR_RULE];
	tag_end(L, TAG_ARTIFACT);
	L->y += 8;
}

void layout_checkbox(struct layout *L, const char *label, int ticked)
{
	const struct text_style *st = &L->role[ROLE_BODY];
	double box = st->size * 0.95, base, bx;
	struct item *it;
	struct span sp = {label, 0, NULL};
	struct rich r = {&sp, 1};
	struct text_style ls = *st;
	ls.align = ALIGN_LEFT;
	need(L, st->leading);
	base = L->y + baseline_offset(L, st);
	bx = L->x0 + L->indent;
	tag_begin(L, TAG_LBL);
	cur_page(L)->items[cur_page(L)->n - 1].alt = ticked ? "gekozen" : "niet gekozen";
	it = page_add(cur_page(L), ITEM_BOX);
	it->x = (float)bx;
	it->y = (float)(base - box * 0.85);
	it->w = it->h = (float)box;
	it->size = 0.8f;
	it->colour = L->t->colour[COLOUR_TEXT];
	if (ticked) { /* a check mark of two strokes */
		struct item *a = page_add(cur_page(L), ITEM_LINE), *b;
		a->x = (float)(bx + box * 0.2);
		a->y = (float)(base - box * 0.4);
		a->w = (float)(box * 0.25);
		a->h = (float)(box * 0.3);
		a->size = 1.4f;
		a->colour = L->t->colour[COLOUR_ACCENT];
		b = page_add(cur_page(L), ITEM_LINE);
		b->x = a->x + a->w;
		b->y = a->y + a->h;
		b->w = (float)(box * 0.4);
		b->h = (float)(-box * 0.65);
		b->size = 1.4f;
		b->colour = a->colour;
	}
	tag_end(L, TAG_LBL);
	L->indent += box + 6;
	if (!ticked)
		ls.colour = L->t->colour[COLOUR_MUTED];
	layout_paragraph(L, &r, &ls);
	L->y -= para_gap(&ls) * 0.6;
	L->indent -= box + 6;
}

void layout_rect(struct layout *L, double x, double y, double w, double h, struct rgb fill)
{
	struct item *it;
	tag_begin(L, TAG_ARTIFACT);
	it = page_add(cur_page(L), ITEM_RECT);
	it->x = (float)x;
	it->y = (float)y;
	it->w = (float)w;
	it->h = (float)h;
	it->colour = fill;
	tag_end(L, TAG_ARTIFACT);
}

void layout_text_at(struct layout *L, double x, double baseline, enum font_style f, double size,
                    struct rgb c, const char *text)
{
	add_text(L, x, baseline, f, size, c, arena_strdup(L->doc->arena, text), strlen(text));
}

void layout_image(struct layout *L, const char *path, int png, double x, double y, double w, double h,
                  const char *alt)
{
	struct item *it;
	tag_begin(L, TAG_FIGURE);
	cur_page(L)->items[cur_page(L)->n - 1].alt = arena_strdup(L->doc->arena, alt);
	it = page_add(cur_page(L), ITEM_IMAGE);
	it->x = (float)x;
	it->y = (float)y;
	it->w = (float)w;
	it->h = (float)h;
	it->uri = arena_strdup(L->doc->arena, path);
	it->dest = png;
	tag_end(L, TAG_FIGURE);
}

int layout_over_limit(const struct layout *L)
{
	if (L->doc->npages > LAYOUT_MAX_PAGES)
		L->doc->over_limit = 1; /* finish may drop an empty last page: remember */
	return L->doc->over_limit;
}

int layout_at_page_start(const struct layout *L)
{
	return at_top(L) && L->npending == 0 && L->doc->pages[L->page].n == 0;
}

double layout_text_width(const struct layout *L, enum font_style f, double size, const char *s)
{
	return fontset_width(L->fs, f, size, s, strlen(s));
}

double layout_reserve(struct layout *L, double h)
{
	need(L, h);
	return L->y;
}

void layout_toc(struct layout *L, const char *title)
{
	if (!at_top(L) || L->npending > 0) {
		place_pending(L);
		layout_new_page(L);
	}
	L->toc_page = (int)L->page;
	L->toc_title = title;
}
