#include "page.h"

#include <stdlib.h>
#include <string.h>

#include "../model/source.h"
#include "../util/arena.h"
#include "../util/xalloc.h"

const char *const tag_name[TAG_MAX] = {
    [TAG_DOCUMENT] = "Document", [TAG_H1] = "H1", [TAG_H2] = "H2", [TAG_H3] = "H3",
    [TAG_H4] = "H4", [TAG_P] = "P", [TAG_L] = "L", [TAG_LI] = "LI", [TAG_LBL] = "Lbl",
    [TAG_LBODY] = "LBody", [TAG_TABLE] = "Table", [TAG_THEAD] = "THead", [TAG_TBODY] = "TBody",
    [TAG_TR] = "TR", [TAG_TH] = "TH", [TAG_TD] = "TD", [TAG_CAPTION] = "Caption",
    [TAG_FIGURE] = "Figure", [TAG_TOC] = "TOC", [TAG_TOCI] = "TOCI", [TAG_LINK] = "Link",
    [TAG_ARTIFACT] = "Artifact",
};

#define PAGE_FIRST_ITEMS 1024

struct item *page_add(struct page *p, enum item_kind kind)
{
	struct item *it;
	/* a page of running text holds about a thousand items: start there
	 * rather than doubling up from eight, copying all the way */
	p->items = xgrow(p->items, &p->cap, p->n < PAGE_FIRST_ITEMS ? PAGE_FIRST_ITEMS : p->n + 1, sizeof(*p->items));
	it = &p->items[p->n++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->dest = -1;
	return it;
}

void layout_doc_free(struct layout_doc *d)
{
	if (d == NULL)
		return;
	for (size_t i = 0; i < d->npages; i++)
		free(d->pages[i].items);
	free(d->pages);
	free(d->headings);
	free(d->figures);
	arena_free(d->arena);
	free(d);
}

void layout_doc_add_sources(struct layout_doc *d, const struct source_file *s, size_t n)
{
	struct source_file *all;
	if (n == 0)
		return;
	all = arena_alloc(d->arena, (d->nsources + n) * sizeof *all);
	if (d->nsources > 0)
		memcpy(all, d->sources, d->nsources * sizeof *all);
	for (size_t i = 0; i < n; i++) {
		all[d->nsources + i] = s[i];
		all[d->nsources + i].path = arena_strdup(d->arena, s[i].path);
	}
	d->sources = all;
	d->nsources += n;
}
