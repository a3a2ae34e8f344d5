/* The last layout pass: the table of contents (now that every heading has a
 * page), the running header and footer, and page numbers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/expand.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/xalloc.h"
#include "fontset.h"
#include "layout_int.h"

#define TOC_NUM_W 28.0 /* column for page numbers, points */

/* The running texts' placeholders: {pagina} and {paginas} here, the rest
 * through the formatter's lookup. */
struct running_ctx {
	layout_lookup_fn lookup;
	void *ctx;
	char page[16], pages[16];
};

static const char *running_lookup(void *ctx, const char *key)
{
	struct running_ctx *r = ctx;
	if (strcmp(key, "pagina") == 0)
		return r->page;
	if (strcmp(key, "paginas") == 0)
		return r->pages;
	return r->lookup != NULL ? r->lookup(r->ctx, key) : NULL;
}

static char *expand(struct layout *L, const char *tpl, layout_lookup_fn lookup, void *ctx, int page, int npages)
{
	struct running_ctx r = {lookup, ctx, "", ""};
	char *s = NULL, *res;
	snprintf(r.page, sizeof r.page, "%d", page);
	snprintf(r.pages, sizeof r.pages, "%d", npages);
	s = text_expand(tpl, running_lookup, &r, "", NULL);
	res = arena_strdup(L->doc->arena, s);
	free(s);
	return res;
}

static void running_text(struct layout *L, struct page *p, const char *s, double y, int right)
{
	const struct text_style *st = &L->role[ROLE_SMALL];
	struct item *it;
	if (s == NULL || *s == '\0')
		return;
	it = page_add(p, ITEM_TEXT);
	it->size = (float)st->size;
	it->font = FONT_REGULAR;
	it->colour = L->t->colour[COLOUR_MUTED];
	it->text = s;
	it->len = strlen(s);
	it->w = (float)fontset_width(L->fs, FONT_REGULAR, st->size, s, it->len);
	it->x = (float)(right ? L->x0 + L->width - it->w : L->x0);
	it->y = (float)y;
}

static void running(struct layout *L, layout_lookup_fn lookup, void *ctx)
{
	const struct template *t = L->t;
	struct layout_doc *d = L->doc;
	int n = (int)d->npages;
	for (int i = 0; i < n; i++) {
		struct page *p = &d->pages[i];
		double hy = t->margin_top - 14, fy = t->page_h - t->margin_bottom + 24;
		struct item *it;
		if (L->plain[i])
			continue;
		page_add(p, ITEM_TAG_BEGIN)->tag = TAG_ARTIFACT;
		running_text(L, p, expand(L, t->kop_links, lookup, ctx, i + 1, n), hy, 0);
		running_text(L, p, expand(L, t->kop_rechts, lookup, ctx, i + 1, n), hy, 1);
		it = page_add(p, ITEM_LINE);
		it->x = (float)L->x0;
		it->y = (float)(hy + 5);
		it->w = (float)L->width;
		it->size = 0.4f;
		it->colour = t->colour[COLOUR_RULE];
		running_text(L, p, expand(L, t->voet_links, lookup, ctx, i + 1, n), fy, 0);
		running_text(L, p, expand(L, t->voet_rechts, lookup, ctx, i + 1, n), fy, 1);
		page_add(p, ITEM_TAG_END)->tag = TAG_ARTIFACT;
	}
}

/* Dot leaders from x1 to x2 on a baseline, as one text item. */
static void leaders(struct layout *L, double x1, double x2, double base, const struct text_style *st)
{
	double dot = fontset_width(L->fs, FONT_REGULAR, st->size, " .", 2);
	double start = x1 + dot, end = x2 - dot * 0.5;
	size_t n;
	char *s;
	struct item *it;
	if (end <= start)
		return;
	n = (size_t)((end - start) / dot);
	if (n == 0)
		return;
	s = arena_alloc(L->doc->arena, 2 * n + 1);
	for (size_t i = 0; i < n; i++)
		memcpy(s + 2 * i, " .", 2);
	it = page_add(cur_page(L), ITEM_TEXT);
	it->x = (float)(end - (double)n * dot);
	it->y = (float)base;
	it->size = (float)st->size;
	it->font = FONT_REGULAR;
	it->colour = L->t->colour[COLOUR_RULE];
	it->text = s;
	it->len = 2 * n;
	it->w = (float)((double)n * dot);
}

/* One entry: title (wrapped), leaders, page number, a link over it all. */
static void toc_entry(struct layout *L, const struct heading *hd, int index, int page_shift)
{
	struct text_style st = L->role[ROLE_BODY];
	struct span sp = {hd->title, 0, NULL};
	struct rich r = {&sp, 1};
	struct lb_lines ls;
	double indent = hd->level == 1 ? 0 : 16, w = L->width - indent - TOC_NUM_W - 12, top, base;
	char num[16];
	struct item *it;

	st.align = ALIGN_LEFT;
	st.hyphenate = 0;
	st.font = hd->level == 1 ? FONT_BOLD : FONT_REGULAR;
	linebreak(L->doc->arena, L->doc->arena, L->fs, NULL, L->warned, &r, &st, w, &ls);
	if (hd->level == 1)
		layout_skip(L, 5);
	if (L->y + (double)ls.n * st.leading > L->bottom)
		layout_new_page(L);
	top = L->y;
	tag_begin(L, TAG_TOCI);
	tag_begin(L, TAG_LINK);
	for (size_t k = 0; k < ls.n; k++) {
		emit_line(L, &ls.v[k], &st, L->x0 + indent, w);
		if (k + 1 < ls.n)
			L->y += st.leading;
	}
	base = L->y + baseline_offset(L, &st);
	snprintf(num, sizeof num, "%d", hd->page + page_shift + 1);
	tag_begin(L, TAG_ARTIFACT); /* dot leaders are not read aloud */
	leaders(L, L->x0 + indent + ls.v[ls.n - 1].natural, L->x0 + L->width - TOC_NUM_W, base, &st);
	tag_end(L, TAG_ARTIFACT);
	layout_text_at(L, L->x0 + L->width - fontset_width(L->fs, st.font, st.size, num, strlen(num)),
	               base, st.font, st.size, st.colour, num);
	it = page_add(cur_page(L), ITEM_LINK);
	it->x = (float)(L->x0 + indent);
	it->y = (float)top;
	it->w = (float)(L->width - indent);
	it->h = (float)(L->y + st.leading - top);
	it->dest = index;
	tag_end(L, TAG_LINK);
	tag_end(L, TAG_TOCI);
	L->y += st.leading;
}

/* Lays out the TOC on fresh pages appended at the end, then moves them to
 * their place; returns how many pages it took. */
static size_t build_toc(struct layout *L)
{
	struct layout_doc *d = L->doc;
	size_t first = d->npages, ntoc, pos = (size_t)L->toc_page;
	struct page *moved;
	size_t toc_heading;

	layout_new_page(L);
	/* the heading "Inhoud": placed by hand so it is not its own entry */
	layout_heading(L, L->toc_title, 1, 0);
	toc_heading = d->nheadings - 1;
	need(L, 0);
	tag_begin(L, TAG_TOC);
	/* pass 1 to count pages: entries before this page shift by the TOC size,
	 * which we only know after laying it out, so lay out with shift 0 on a
	 * scratch run first */
	for (size_t i = 0; i < d->nheadings; i++)
		if (d->headings[i].in_toc)
			toc_entry(L, &d->headings[i], (int)i, 0);
	tag_end(L, TAG_TOC);
	ntoc = d->npages - first;
	/* pass 2 with the real shift: same geometry, only numbers change */
	for (size_t p = first; p < d->npages; p++)
		free(d->pages[p].items);
	d->npages = first;
	layout_new_page(L);
	d->nheadings--; /* the heading is laid out again */
	layout_heading(L, L->toc_title, 1, 0);
	need(L, 0);
	tag_begin(L, TAG_TOC);
	for (size_t i = 0; i < d->nheadings; i++)
		if (d->headings[i].in_toc && i != toc_heading)
			toc_entry(L, &d->headings[i], (int)i, d->headings[i].page >= (int)pos ? (int)ntoc : 0);
	tag_end(L, TAG_TOC);
	/* move pages [first, npages) to pos */
	moved = xmalloc(ntoc * sizeof(struct page));
	memcpy(moved, d->pages + first, ntoc * sizeof(struct page));
	memmove(d->pages + pos + ntoc, d->pages + pos, (first - pos) * sizeof(struct page));
	memcpy(d->pages + pos, moved, ntoc * sizeof(struct page));
	free(moved);
	memmove(L->plain + pos + ntoc, L->plain + pos, first - pos);
	memset(L->plain + pos, 0, ntoc);
	for (size_t i = 0; i < d->nheadings; i++) {
		if (i == toc_heading)
			d->headings[i].page = (int)pos + (d->headings[i].page - (int)first);
		else if (d->headings[i].page >= (int)pos)
			d->headings[i].page += (int)ntoc;
	}
	return ntoc;
}

struct layout_doc *layout_finish(struct layout *L, layout_lookup_fn lookup, void *ctx)
{
	struct layout_doc *d;
	need(L, 0); /* place headings still waiting */
	/* drop a trailing empty page */
	if (L->doc->npages > 1 && cur_page(L)->n == 0) {
		free(cur_page(L)->items);
		L->doc->npages--;
		L->page--;
	}
	if (L->toc_page >= 0 && (size_t)L->toc_page < L->doc->npages)
		build_toc(L);
	running(L, lookup, ctx);
	d = L->doc;
	L->doc = NULL;
	return d;
}
