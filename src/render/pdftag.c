#include "pdftag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "../util/xalloc.h"
#include "pdfa.h"

/* An open structure element. */
struct elem {
	HPDF_Dict dict;   /* the StructElem */
	HPDF_Array kids;  /* its /K, in reading order */
	enum tag tag;
	size_t page;      /* the page of its /Pg */
	int head;         /* inside THead: TH cells are column headers */
	int had_text;     /* text of it was drawn already */
};

struct pdftag {
	HPDF_Doc pdf;
	HPDF_Dict root;         /* StructTreeRoot */
	HPDF_Array nums;        /* ParentTree /Nums */
	struct elem *stack;     /* open elements; [0] is Document */
	size_t depth, cap;
	int artifact;           /* depth of TAG_ARTIFACT */
	int hidden;             /* elements begun inside an artifact, not in the tree */
	HPDF_Page page;
	size_t page_index, npages;
	HPDF_Array page_parents;/* element of each MCID on this page */
	int mcid;               /* next MCID on this page */
	int open;               /* marked content open: 0 none, 1 artifact, 2 element */
	struct elem *open_elem; /* the element whose MCID is open */
	size_t open_depth;
	int next_key;           /* next ParentTree key for annotations */
	HPDF_Array links;       /* Link element of each annotation key, in order */
	int failed;
	void (*before_op)(void *); /* called before any marked-content operator */
	void *before_op_ctx;
};

#define TAG_OK(t, call) do { if (!(t)->failed && (call) != HPDF_OK) (t)->failed = 1; } while (0)

static void write_op(struct pdftag *t, const char *s)
{
	HPDF_PageAttr attr = t->page->attr;
	if (t->before_op != NULL)
		t->before_op(t->before_op_ctx);
	TAG_OK(t, HPDF_Stream_WriteStr(attr->stream, s));
}

/* A new StructElem under the innermost open element. */
static struct elem *push(struct pdftag *t, enum tag tag)
{
	HPDF_Dict d = HPDF_Dict_New(t->pdf->mmgr);
	HPDF_Array k = HPDF_Array_New(t->pdf->mmgr);
	struct elem *e;
	if (d == NULL || k == NULL || t->failed) {
		t->failed = 1;
		return NULL;
	}
	TAG_OK(t, HPDF_Xref_Add(t->pdf->xref, d));
	TAG_OK(t, HPDF_Dict_AddName(d, "S", tag_name[tag]));
	TAG_OK(t, HPDF_Dict_Add(d, "P", t->depth ? t->stack[t->depth - 1].dict : t->root));
	TAG_OK(t, HPDF_Dict_Add(d, "K", k));
	if (t->depth > 0)
		TAG_OK(t, HPDF_Array_Add(t->stack[t->depth - 1].kids, d));
	else
		TAG_OK(t, HPDF_Dict_Add(t->root, "K", d));
	t->stack = xgrow(t->stack, &t->cap, t->depth + 1, sizeof *t->stack);
	e = &t->stack[t->depth++];
	e->dict = d;
	e->kids = k;
	e->tag = tag;
	e->page = (size_t)-1; /* /Pg comes with its first marked content */
	e->had_text = 0;
	e->head = t->depth > 1 && (t->stack[t->depth - 2].head || tag == TAG_THEAD);
	return t->failed ? NULL : e;
}

struct pdftag *pdftag_new(HPDF_Doc pdf, size_t npages)
{
	struct pdftag *t = xcalloc(1, sizeof *t);
	HPDF_Dict tree;
	t->pdf = pdf;
	t->npages = npages;
	t->next_key = (int)npages;
	t->root = HPDF_Dict_New(pdf->mmgr);
	tree = HPDF_Dict_New(pdf->mmgr);
	t->nums = HPDF_Array_New(pdf->mmgr);
	t->links = HPDF_Array_New(pdf->mmgr);
	if (t->root == NULL || tree == NULL || t->nums == NULL || t->links == NULL) {
		free(t);
		return NULL;
	}
	TAG_OK(t, HPDF_Xref_Add(pdf->xref, t->root));
	TAG_OK(t, HPDF_Dict_AddName(t->root, "Type", "StructTreeRoot"));
	TAG_OK(t, HPDF_Dict_Add(tree, "Nums", t->nums));
	TAG_OK(t, HPDF_Dict_Add(t->root, "ParentTree", tree));
	if (push(t, TAG_DOCUMENT) != NULL)
		t->stack[0].page = (size_t)-2; /* never a /Pg: its content is referenced by page */
	if (t->failed) {
		pdftag_free(t);
		return NULL;
	}
	return t;
}

void pdftag_free(struct pdftag *t)
{
	if (t == NULL)
		return;
	if (t->links != NULL) /* a list of ours, in no object of the document */
		HPDF_Array_Free(t->links);
	free(t->stack);
	free(t);
}

void pdftag_begin_page(struct pdftag *t, HPDF_Page page, size_t index)
{
	t->page = page;
	t->page_index = index;
	t->mcid = 0;
	t->open = 0;
	t->page_parents = HPDF_Array_New(t->pdf->mmgr);
	if (t->page_parents == NULL)
		t->failed = 1;
	TAG_OK(t, HPDF_Dict_AddNumber(page, "StructParents", (HPDF_INT32)index));
	TAG_OK(t, HPDF_Dict_AddName(page, "Tabs", "S"));
}

void pdftag_set_before_op(struct pdftag *t, void (*fn)(void *), void *ctx)
{
	t->before_op = fn;
	t->before_op_ctx = ctx;
}

void pdftag_break(struct pdftag *t)
{
	if (t->open)
		write_op(t, "EMC\n");
	t->open = 0;
}

/* Adds MCID n of the current page to e's kids: a number on e's own page,
 * else a marked-content reference naming the page. */
static void add_mcid(struct pdftag *t, struct elem *e, int n)
{
	if (e->page == (size_t)-1) { /* its first content: its page */
		TAG_OK(t, HPDF_Dict_Add(e->dict, "Pg", t->page));
		e->page = t->page_index;
	}
	if (e->page == t->page_index) { /* the Document, without /Pg, never is */
		TAG_OK(t, HPDF_Array_AddNumber(e->kids, n));
	} else {
		HPDF_Dict mcr = HPDF_Dict_New(t->pdf->mmgr);
		if (mcr == NULL) {
			t->failed = 1;
			return;
		}
		TAG_OK(t, HPDF_Dict_AddName(mcr, "Type", "MCR"));
		TAG_OK(t, HPDF_Dict_Add(mcr, "Pg", t->page));
		TAG_OK(t, HPDF_Dict_AddNumber(mcr, "MCID", n));
		TAG_OK(t, HPDF_Array_Add(e->kids, mcr));
	}
	TAG_OK(t, HPDF_Array_Add(t->page_parents, e->dict));
}

void pdftag_content(struct pdftag *t, enum pdftag_content what)
{
	struct elem *e = t->depth ? &t->stack[t->depth - 1] : NULL;
	char op[64];
	int figure = 0;
	if (t->failed || t->page == NULL)
		return;
	for (size_t i = 0; i < t->depth; i++)
		figure |= t->stack[i].tag == TAG_FIGURE;
	if (t->artifact > 0 || (what == PDFTAG_GRAPHIC && !figure) || e == NULL) {
		if (t->open != 1) {
			pdftag_break(t);
			write_op(t, "/Artifact BMC\n");
			t->open = 1;
		}
		return;
	}
	if (t->open == 2 && t->open_elem == e && t->open_depth == t->depth)
		return;
	pdftag_break(t);
	snprintf(op, sizeof op, "/%s <</MCID %d>> BDC\n", tag_name[e->tag], t->mcid);
	write_op(t, op);
	add_mcid(t, e, t->mcid++);
	t->open = 2;
	t->open_elem = e;
	t->open_depth = t->depth;
}

void pdftag_begin(struct pdftag *t, enum tag tag, const char *alt)
{
	struct elem *e;
	if (t->failed)
		return;
	pdftag_break(t);
	if (tag == TAG_ARTIFACT) {
		t->artifact++;
		return;
	}
	if (t->artifact > 0) { /* a repeated table header: decoration, no structure */
		t->hidden++;
		return;
	}
	if (tag == TAG_DOCUMENT || (e = push(t, tag)) == NULL)
		return;
	/* a figure's description; for a check box's label, what the box shows */
	if (alt != NULL && *alt != '\0')
		TAG_OK(t, HPDF_Dict_Add(e->dict, "Alt", pdfa_text(t->pdf, alt)));
	if (tag == TAG_TH) {
		HPDF_Dict a = HPDF_Dict_New(t->pdf->mmgr);
		if (a == NULL) {
			t->failed = 1;
			return;
		}
		TAG_OK(t, HPDF_Dict_AddName(a, "O", "Table"));
		TAG_OK(t, HPDF_Dict_AddName(a, "Scope", e->head ? "Column" : "Row"));
		TAG_OK(t, HPDF_Dict_Add(e->dict, "A", a));
	}
}

void pdftag_end(struct pdftag *t, enum tag tag)
{
	if (t->failed)
		return;
	pdftag_break(t);
	if (tag == TAG_ARTIFACT) {
		if (t->artifact > 0)
			t->artifact--;
		return;
	}
	if (t->hidden > 0) {
		t->hidden--;
		return;
	}
	/* close up to and including the innermost element of this kind; the
	 * Document itself stays open */
	for (size_t i = t->depth; i > 1; i--)
		if (t->stack[i - 1].tag == tag) {
			t->depth = i - 1;
			return;
		}
}

void pdftag_link(struct pdftag *t, HPDF_Annotation a, const char *contents)
{
	struct elem *e = t->depth ? &t->stack[t->depth - 1] : NULL;
	HPDF_Dict objr;
	int made = 0;
	if (t->failed || a == NULL)
		return;
	if (e == NULL || e->tag != TAG_LINK) { /* a link inside running text */
		pdftag_break(t);
		if ((e = push(t, TAG_LINK)) == NULL)
			return;
		made = 1;
	}
	objr = HPDF_Dict_New(t->pdf->mmgr);
	if (objr == NULL) {
		t->failed = 1;
		return;
	}
	TAG_OK(t, HPDF_Dict_AddName(objr, "Type", "OBJR"));
	TAG_OK(t, HPDF_Dict_Add(objr, "Obj", a));
	TAG_OK(t, HPDF_Dict_Add(objr, "Pg", t->page));
	TAG_OK(t, HPDF_Array_Add(e->kids, objr));
	TAG_OK(t, HPDF_Dict_AddNumber(a, "StructParent", t->next_key++));
	TAG_OK(t, HPDF_Array_Add(t->links, e->dict));
	if (contents != NULL && *contents != '\0')
		TAG_OK(t, HPDF_Dict_Add(a, "Contents", pdfa_text(t->pdf, contents)));
	if (made)
		t->depth--;
}

void pdftag_end_page(struct pdftag *t)
{
	pdftag_break(t);
	if (t->failed || t->page_parents == NULL)
		return;
	TAG_OK(t, HPDF_Array_AddNumber(t->nums, (HPDF_INT32)t->page_index));
	TAG_OK(t, HPDF_Array_Add(t->nums, t->page_parents));
	t->page_parents = NULL;
	t->page = NULL;
}

int pdftag_finish(struct pdftag *t)
{
	HPDF_Dict mark, prefs;
	if (t->failed)
		return -1;
	/* keys ascend: the pages 0..n-1 went in as they ended, then the
	 * annotations n, n+1, ... */
	for (HPDF_UINT i = 0; i < t->links->list->count && !t->failed; i++) {
		TAG_OK(t, HPDF_Array_AddNumber(t->nums, (HPDF_INT32)(t->npages + i)));
		TAG_OK(t, HPDF_Array_Add(t->nums, HPDF_Array_GetItem(t->links, i, HPDF_OCLASS_DICT)));
	}
	TAG_OK(t, HPDF_Dict_AddNumber(t->root, "ParentTreeNextKey", t->next_key));
	mark = HPDF_Dict_New(t->pdf->mmgr);
	prefs = HPDF_Dict_New(t->pdf->mmgr);
	if (mark == NULL || prefs == NULL)
		return -1;
	TAG_OK(t, HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE));
	TAG_OK(t, HPDF_Dict_Add(t->pdf->catalog, "MarkInfo", mark));
	TAG_OK(t, HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE));
	TAG_OK(t, HPDF_Dict_Add(t->pdf->catalog, "ViewerPreferences", prefs));
	TAG_OK(t, HPDF_Dict_Add(t->pdf->catalog, "StructTreeRoot", t->root));
	return t->failed ? -1 : 0;
}

int pdftag_in_element(const struct pdftag *t)
{
	return t->open == 2;
}

int pdftag_text_continues(struct pdftag *t)
{
	struct elem *e;
	int before;
	if (t->open != 2 || t->depth == 0)
		return 0;
	e = &t->stack[t->depth - 1];
	/* a link continues the running text around it, not a TOC entry */
	before = e->had_text || (e->tag == TAG_LINK && t->depth > 1 && t->stack[t->depth - 2].had_text);
	e->had_text = 1;
	return before;
}
