#include "docx.h"

#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "markdown.h"
#include "ooxml.h"
#include "rich_build.h"
#include "zipread.h"

#define DOCX_MAX_COLS   64 /* columns of a table; more are left out with a warning */
#define DOCX_MAX_FIELDS 8  /* nested fields (HYPERLINK inside another field) */
#define STYLE_CHAIN     10 /* basedOn steps followed */

/* A style of styles.xml, as far as we use it. */
struct style {
	const char *id;       /* w:styleId */
	const char *based_on; /* w:basedOn, or NULL */
	int outline;          /* 0-8: heading (outline level), -1 none, -2 not set here */
	unsigned span;        /* SPAN_BOLD, SPAN_ITALIC of a character style */
	const char *num_id;   /* list numbering of a paragraph style, or NULL */
	int ilvl;             /* its level */
};

/* One level of an abstract numbering (numbering.xml). */
struct numlvl {
	const char *abs; /* w:abstractNumId */
	int ilvl;        /* 0-8 */
	int kind;        /* 0 none (no list), 1 bullets, 2 numbers */
	int start;       /* first number */
};

/* A w:num: the numId paragraphs use, its abstract numbering, and how many
 * items each level has had, so a list that resumes after a paragraph goes
 * on counting as Word does. */
struct num {
	const char *id, *abs;
	int count[9];
};

/* A relationship of document.xml (hyperlink targets). */
struct rel {
	const char *id, *target; /* target in the arena, so links compare by pointer */
	int external;
};

/* A footnote of footnotes.xml by its id. */
struct note {
	const char *id;
	const xmlNode *node;
};

/* A list still being built: its items, and the blocks of its open item. */
struct open_list {
	const char *num_id;
	int ilvl, ordered, start;
	struct block_list items;
	struct block_list kids;
	int has_item;
};

/* An open field (w:fldChar begin ... separate ... end). */
struct field {
	int in_code;      /* between begin and separate: the instruction, not shown */
	const char *link; /* HYPERLINK target, or NULL */
};

struct dx {
	struct arena *a;
	const char *shown;
	struct style *styles;
	size_t nstyles, cstyles;
	struct numlvl *lvls;
	size_t nlvls, clvls;
	struct num *nums;
	size_t nnums, cnums;
	struct rel *rels;
	size_t nrels, crels;
	struct note *notedefs; /* footnotes.xml, sorted by id */
	size_t nnotedefs, cnotedefs;
	const char **notes; /* footnote ids in the order of their references */
	size_t nnotes, cnotes;
	int para;               /* paragraph number (or footnote number) for messages */
	int in_note;            /* converting a footnote */
	unsigned ins, del;      /* tracked insertions and deletions seen */
	int change_para;        /* paragraph of the first tracked change */
	const char *warned[24]; /* kinds already warned about (one warning each) */
	size_t nwarned;
	size_t nblocks; /* paragraphs and rows, against DOCX_MAX_BLOCKS */
	size_t ncells;  /* table cells, against MARKDOWN_MAX_CELLS */
	int failed;     /* a limit was passed: stop */
	struct field fields[DOCX_MAX_FIELDS];
	int nfields;
	struct open_list lists[MARKDOWN_MAX_DEPTH];
	int nlists;
	struct block_list body;
};

/* One warning per kind of dropped content per file, naming where it was
 * first seen. */
static void dropped(struct dx *c, const char *what, const char *hint)
{
	char where[48];
	for (size_t i = 0; i < c->nwarned; i++)
		if (strcmp(c->warned[i], what) == 0)
			return;
	if (c->nwarned == sizeof c->warned / sizeof c->warned[0])
		return; /* enough kinds named; the rest would be a flood */
	c->warned[c->nwarned++] = what;
	snprintf(where, sizeof where, "%s %d", c->in_note ? "voetnoot" : "alinea", c->para);
	msg_path(D_WORD_DROPPED, c->shown, where, "%s wordt niet afgedrukt; %s", what, hint);
}

static void dropped_element(struct dx *c, const xmlNode *n)
{
	const char *name = (const char *)n->name;
	if (strcmp(name, "drawing") == 0 || strcmp(name, "pict") == 0 ||
	    strcmp(name, "object") == 0 || strcmp(name, "AlternateContent") == 0)
		dropped(c, "een afbeelding, grafiek of tekstvak",
		        "beschrijf het in woorden of neem het op als bijlage");
	else if (strcmp(name, "oMath") == 0 || strcmp(name, "oMathPara") == 0)
		dropped(c, "een formule", "schrijf de formule als tekst");
	else if (strcmp(name, "sym") == 0)
		dropped(c, "een symboolteken (Symbol, Wingdings)",
		        "typ het teken als gewone tekst");
	else if (strcmp(name, "endnoteReference") == 0)
		dropped(c, "een eindnoot", "maak er een voetnoot van");
	else if (strcmp(name, "altChunk") == 0)
		dropped(c, "een ingevoegd document", "plak de tekst in het document zelf");
	else {
		char what[96];
		snprintf(what, sizeof what, "het Word-onderdeel <w:%.60s>", name);
		for (size_t i = 0; i < c->nwarned; i++)
			if (strcmp(c->warned[i], what) == 0)
				return;
		/* kept in the arena for later duplicate checks */
		dropped(c, arena_strdup(c->a, what), "neem het op als gewone tekst");
	}
}

/* Counts a paragraph or row; past DOCX_MAX_BLOCKS the document is refused. */
static int count_block(struct dx *c)
{
	if (++c->nblocks <= DOCX_MAX_BLOCKS)
		return 0;
	if (!c->failed)
		msg_at(D_OFFICE, c->shown, 0, 0,
		       "het document heeft meer dan %d alinea's en tabelrijen; splits het",
		       DOCX_MAX_BLOCKS);
	c->failed = 1;
	return -1;
}

static int to_int(const char *s, int dflt)
{
	char *end;
	long v;
	if (s == NULL)
		return dflt;
	v = strtol(s, &end, 10);
	return end == s || v < -1000000 || v > 1000000 ? dflt : (int)v;
}

/* ---- styles, numbering, relationships ---- */

/* Every table is sorted by its id once read, and looked up with bsearch:
 * a hostile document with 100,000 styles and as many paragraphs must not
 * take quadratic time. Each sort key is the first member. */
static int by_id(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int by_abs_level(const void *a, const void *b)
{
	const struct numlvl *x = a, *y = b;
	int c = strcmp(x->abs, y->abs);
	return c != 0 ? c : (x->ilvl > y->ilvl) - (x->ilvl < y->ilvl);
}

static void *find_by_id(const void *v, size_t n, size_t size, const char *id)
{
	return id != NULL && n > 0 ? bsearch(&id, v, n, size, by_id) : NULL;
}

static void read_style(struct dx *c, xmlNode *s)
{
	const char *type = ooxml_attr(s, "type"), *name = ooxml_attr(ooxml_child(s, "name"), "val");
	xmlNode *ppr = ooxml_child(s, "pPr"), *rpr = ooxml_child(s, "rPr"),
	        *numpr = ooxml_child(ppr, "numPr");
	struct style st = {0};
	const char *lvl = ooxml_attr(ooxml_child(ppr, "outlineLvl"), "val");
	st.id = ooxml_attr(s, "styleId");
	if (st.id == NULL)
		return;
	st.based_on = ooxml_attr(ooxml_child(s, "basedOn"), "val");
	st.outline = lvl != NULL ? to_int(lvl, -1) : -2;
	if (st.outline > 8)
		st.outline = -1; /* level 9 is body text */
	if (st.outline == -2 && name != NULL && strncasecmp(name, "heading ", 8) == 0)
		st.outline = to_int(name + 8, 0) - 1;
	if (type != NULL && strcmp(type, "character") == 0) {
		st.span |= ooxml_flag(ooxml_child(rpr, "b")) ? SPAN_BOLD : 0;
		st.span |= ooxml_flag(ooxml_child(rpr, "i")) ? SPAN_ITALIC : 0;
		st.span |= ooxml_flag(ooxml_child(rpr, "strike")) ? SPAN_STRIKE : 0;
	}
	if (numpr != NULL) {
		st.num_id = ooxml_attr(ooxml_child(numpr, "numId"), "val");
		st.ilvl = to_int(ooxml_attr(ooxml_child(numpr, "ilvl"), "val"), 0);
	}
	c->styles = xgrow(c->styles, &c->cstyles, c->nstyles + 1, sizeof *c->styles);
	c->styles[c->nstyles++] = st;
}

static const struct style *find_style(const struct dx *c, const char *id)
{
	return find_by_id(c->styles, c->nstyles, sizeof *c->styles, id);
}

/* The outline level of a paragraph style, following basedOn (-1 none). */
static int style_outline(const struct dx *c, const char *id)
{
	for (int k = 0; k < STYLE_CHAIN; k++) {
		const struct style *s = find_style(c, id);
		if (s == NULL)
			return -1;
		if (s->outline != -2)
			return s->outline;
		id = s->based_on;
	}
	return -1;
}

/* The list numbering of a paragraph style, following basedOn. */
static const struct style *style_numbering(const struct dx *c, const char *id)
{
	for (int k = 0; k < STYLE_CHAIN; k++) {
		const struct style *s = find_style(c, id);
		if (s == NULL)
			return NULL;
		if (s->num_id != NULL)
			return s;
		id = s->based_on;
	}
	return NULL;
}

static void read_numbering(struct dx *c, xmlNode *root)
{
	for (xmlNode *n = root->children; n != NULL; n = n->next) {
		if (ooxml_is(n, "abstractNum")) {
			const char *abs = ooxml_attr(n, "abstractNumId");
			for (xmlNode *l = n->children; abs != NULL && l != NULL; l = l->next) {
				const char *fmt = ooxml_attr(ooxml_child(l, "numFmt"), "val");
				struct numlvl v;
				if (!ooxml_is(l, "lvl"))
					continue;
				v.abs = abs;
				v.ilvl = to_int(ooxml_attr(l, "ilvl"), 0);
				v.kind = fmt == NULL || strcmp(fmt, "none") == 0 ? 0
				         : strcmp(fmt, "bullet") == 0            ? 1
				                                                 : 2;
				v.start = to_int(ooxml_attr(ooxml_child(l, "start"), "val"), 1);
				c->lvls = xgrow(c->lvls, &c->clvls, c->nlvls + 1, sizeof *c->lvls);
				c->lvls[c->nlvls++] = v;
			}
		} else if (ooxml_is(n, "num")) {
			struct num v = {ooxml_attr(n, "numId"),
			                ooxml_attr(ooxml_child(n, "abstractNumId"), "val"),
			                {0}};
			if (v.id == NULL || v.abs == NULL)
				continue;
			c->nums = xgrow(c->nums, &c->cnums, c->nnums + 1, sizeof *c->nums);
			c->nums[c->nnums++] = v;
		}
	}
}

static struct num *find_num(const struct dx *c, const char *num_id)
{
	return find_by_id(c->nums, c->nnums, sizeof *c->nums, num_id);
}

static const struct numlvl *find_numlvl(const struct dx *c, const char *num_id, int ilvl)
{
	const struct num *n = find_num(c, num_id);
	struct numlvl key = {NULL, ilvl, 0, 0};
	if (n == NULL || c->nlvls == 0)
		return NULL;
	key.abs = n->abs;
	return bsearch(&key, c->lvls, c->nlvls, sizeof key, by_abs_level);
}

static void read_rels(struct dx *c, xmlNode *root)
{
	for (xmlNode *n = root->children; n != NULL; n = n->next) {
		const char *id = ooxml_attr(n, "Id"), *target = ooxml_attr(n, "Target"),
		           *mode = ooxml_attr(n, "TargetMode");
		if (!ooxml_is(n, "Relationship") || id == NULL || target == NULL)
			continue;
		c->rels = xgrow(c->rels, &c->crels, c->nrels + 1, sizeof *c->rels);
		c->rels[c->nrels].id = id;
		c->rels[c->nrels].target = arena_strdup(c->a, target);
		c->rels[c->nrels].external = mode != NULL && strcmp(mode, "External") == 0;
		c->nrels++;
	}
}

/* The web address of a hyperlink's relationship, or NULL (internal links
 * to bookmarks are printed as plain text). */
static const char *rel_target(const struct dx *c, const char *id)
{
	const struct rel *r = find_by_id(c->rels, c->nrels, sizeof *c->rels, id);
	return r != NULL && r->external ? r->target : NULL;
}

/* ---- text ---- */

/* True for elements that carry nothing to print (bookmarks, comments,
 * proofing marks, properties): skipped without a warning. */
static int ignorable(const xmlNode *n)
{
	static const char *const names[] = {"pPr",
	                                    "rPr",
	                                    "bookmarkStart",
	                                    "bookmarkEnd",
	                                    "proofErr",
	                                    "commentRangeStart",
	                                    "commentRangeEnd",
	                                    "commentReference",
	                                    "annotationRef",
	                                    "permStart",
	                                    "permEnd",
	                                    "lastRenderedPageBreak",
	                                    "softHyphen",
	                                    "footnoteRef",
	                                    "separator",
	                                    "continuationSeparator",
	                                    "moveFromRangeStart",
	                                    "moveFromRangeEnd",
	                                    "moveToRangeStart",
	                                    "moveToRangeEnd",
	                                    "tblPr",
	                                    "tblGrid",
	                                    "trPr",
	                                    "tcPr",
	                                    "sectPr",
	                                    "rPrChange",
	                                    "pPrChange",
	                                    "tblPrEx",
	                                    "customXmlInsRangeStart",
	                                    "customXmlInsRangeEnd",
	                                    "customXmlDelRangeStart",
	                                    "customXmlDelRangeEnd",
	                                    "sdtPr",
	                                    "sdtEndPr",
	                                    "ptab",
	                                    "dayShort",
	                                    "monthShort",
	                                    "yearShort",
	                                    "dayLong",
	                                    "monthLong",
	                                    "yearLong",
	                                    "pgNum",
	                                    "lastRenderedPageBreak"};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (ooxml_is(n, names[i]))
			return 1;
	return 0;
}

/* The style bits a run's properties give (direct and character style);
 * sets *hidden for hidden text. */
static unsigned run_style(const struct dx *c, const xmlNode *rpr, int *hidden)
{
	unsigned s = 0;
	const struct style *cs = find_style(c, ooxml_attr(ooxml_child(rpr, "rStyle"), "val"));
	xmlNode *b = ooxml_child(rpr, "b"), *i = ooxml_child(rpr, "i");
	xmlNode *strike =
	    ooxml_child(rpr, "strike") ? ooxml_child(rpr, "strike") : ooxml_child(rpr, "dstrike");
	if (cs != NULL)
		s |= cs->span;
	if (b != NULL)
		s = ooxml_flag(b) ? s | SPAN_BOLD : s & ~(unsigned)SPAN_BOLD;
	if (i != NULL)
		s = ooxml_flag(i) ? s | SPAN_ITALIC : s & ~(unsigned)SPAN_ITALIC;
	if (strike != NULL)
		s = ooxml_flag(strike) ? s | SPAN_STRIKE : s & ~(unsigned)SPAN_STRIKE;
	*hidden = ooxml_flag(ooxml_child(rpr, "vanish"));
	return s;
}

static int in_field_code(const struct dx *c)
{
	return c->nfields > 0 && c->fields[c->nfields - 1].in_code;
}

/* The link a field gives its result text, else the hyperlink's. */
static const char *field_link(const struct dx *c, const char *link)
{
	for (int i = c->nfields - 1; i >= 0; i--)
		if (c->fields[i].link != NULL)
			return c->fields[i].link;
	return link;
}

/* The target of a HYPERLINK field instruction (HYPERLINK "https://..."). */
static const char *hyperlink_field(struct dx *c, const char *instr)
{
	const char *q, *e;
	while (*instr == ' ')
		instr++;
	if (strncmp(instr, "HYPERLINK", 9) != 0 || (q = strchr(instr, '"')) == NULL ||
	    (e = strchr(q + 1, '"')) == NULL || strstr(instr, "\\l") != NULL)
		return NULL;
	return arena_strndup(c->a, q + 1, (size_t)(e - q - 1));
}

static void field_char(struct dx *c, const xmlNode *n)
{
	const char *t = ooxml_attr(n, "fldCharType");
	if (t == NULL)
		return;
	if (strcmp(t, "begin") == 0) {
		if (c->nfields < DOCX_MAX_FIELDS)
			c->fields[c->nfields] = (struct field){1, NULL};
		c->nfields++;
	} else if (strcmp(t, "separate") == 0 && c->nfields > 0 && c->nfields <= DOCX_MAX_FIELDS) {
		c->fields[c->nfields - 1].in_code = 0;
	} else if (strcmp(t, "end") == 0 && c->nfields > 0) {
		c->nfields--;
	}
}

static void add_text_of(struct dx *c, struct span_list *l, const xmlNode *t, unsigned style,
                        const char *link)
{
	for (xmlNode *x = t->children; x != NULL; x = x->next)
		if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) &&
		    x->content != NULL)
			rich_add(c->a, l, (const char *)x->content,
			         strlen((const char *)x->content), style, link);
}

static void footnote_ref(struct dx *c, struct span_list *l, const xmlNode *n)
{
	const char *id = ooxml_attr(n, "id");
	char mark[24];
	if (c->in_note) {
		dropped(c, "een voetnoot in een voetnoot", "zet de tekst in de voetnoot zelf");
		return;
	}
	if (id == NULL)
		return;
	c->notes = xgrow(c->notes, &c->cnotes, c->nnotes + 1, sizeof *c->notes);
	c->notes[c->nnotes++] = id;
	snprintf(mark, sizeof mark, "[%zu]", c->nnotes);
	rich_add(c->a, l, mark, strlen(mark), 0, NULL);
}

/* One run (w:r): its text, tabs, breaks, footnote references. */
static void run(struct dx *c, const xmlNode *r, struct span_list *l, const char *link)
{
	int hidden = 0;
	unsigned style = run_style(c, ooxml_child(r, "rPr"), &hidden);
	for (xmlNode *n = r->children; n != NULL; n = n->next) {
		const char *lk = field_link(c, link);
		if (n->type != XML_ELEMENT_NODE || ignorable(n))
			continue;
		if (ooxml_is(n, "fldChar")) {
			field_char(c, n);
		} else if (ooxml_is(n, "instrText")) {
			const char *t =
			    n->children != NULL ? (const char *)n->children->content : NULL;
			if (t != NULL && c->nfields > 0 && c->nfields <= DOCX_MAX_FIELDS &&
			    c->fields[c->nfields - 1].link == NULL)
				c->fields[c->nfields - 1].link = hyperlink_field(c, t);
		} else if (ooxml_is(n, "delText")) {
			c->del++; /* inside w:del, which is skipped whole; counted if loose */
		} else if (in_field_code(c) || hidden) {
			continue;
		} else if (ooxml_is(n, "t")) {
			add_text_of(c, l, n, style, lk);
		} else if (ooxml_is(n, "tab")) {
			rich_add(c->a, l, " ", 1, style, lk);
		} else if (ooxml_is(n, "br") || ooxml_is(n, "cr")) {
			const char *type = ooxml_attr(n, "type");
			if (type == NULL || strcmp(type, "textWrapping") == 0)
				rich_add(c->a, l, "\n", 1, style, lk);
		} else if (ooxml_is(n, "noBreakHyphen")) {
			rich_add(c->a, l, "-", 1, style, lk);
		} else if (ooxml_is(n, "footnoteReference")) {
			footnote_ref(c, l, n);
		} else {
			dropped_element(c, n);
		}
	}
}

static void note_change(struct dx *c, unsigned *count)
{
	if (c->ins + c->del == 0)
		c->change_para = c->para;
	(*count)++;
}

/* The inline content of a paragraph (or of a hyperlink, insertion, ...). */
static void inlines(struct dx *c, const xmlNode *parent, struct span_list *l, const char *link,
                    int depth)
{
	if (depth > OOXML_MAX_DEPTH) {
		dropped(c, "tekst die dieper dan 64 niveaus is genest",
		        "maak de opmaak eenvoudiger");
		return;
	}
	for (xmlNode *n = parent->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || ignorable(n))
			continue;
		if (ooxml_is(n, "r")) {
			run(c, n, l, link);
		} else if (ooxml_is(n, "hyperlink")) {
			const char *target = rel_target(c, ooxml_attr(n, "id"));
			inlines(c, n, l, target != NULL ? target : link, depth + 1);
		} else if (ooxml_is(n, "ins") || ooxml_is(n, "moveTo")) {
			note_change(c, &c->ins);
			inlines(c, n, l, link, depth + 1);
		} else if (ooxml_is(n, "del") || ooxml_is(n, "moveFrom")) {
			note_change(c, &c->del);
		} else if (ooxml_is(n, "smartTag") || ooxml_is(n, "customXml") ||
		           ooxml_is(n, "dir") || ooxml_is(n, "bdo")) {
			inlines(c, n, l, link, depth + 1);
		} else if (ooxml_is(n, "sdt")) {
			xmlNode *content = ooxml_child(n, "sdtContent");
			if (content != NULL)
				inlines(c, content, l, link, depth + 1);
		} else if (ooxml_is(n, "fldSimple")) {
			const char *target = hyperlink_field(
			    c, ooxml_attr(n, "instr") ? ooxml_attr(n, "instr") : "");
			inlines(c, n, l, target != NULL ? target : link, depth + 1);
		} else {
			dropped_element(c, n);
		}
	}
}

/* ---- lists ---- */

static struct block_list *parent_blocks(struct dx *c)
{
	if (c->nlists == 0)
		return &c->body;
	c->lists[c->nlists - 1].has_item =
	    1; /* a nested list without an item of its own gets one */
	return &c->lists[c->nlists - 1].kids;
}

static void item_finish(struct dx *c, struct open_list *o)
{
	struct block it = {0};
	it.kind = BLOCK_ITEM;
	blocks_finish(c->a, &o->kids, &it.children, &it.nchildren);
	blocks_add(&o->items, &it);
	o->has_item = 0;
}

static void list_close_top(struct dx *c)
{
	struct open_list *o = &c->lists[--c->nlists];
	struct block b = {0};
	if (o->has_item)
		item_finish(c, o);
	b.kind = BLOCK_LIST;
	b.ordered = o->ordered;
	b.start = o->start;
	b.tight = 1;
	blocks_finish(c->a, &o->items, &b.children, &b.nchildren);
	blocks_add(parent_blocks(c), &b);
}

static void lists_close(struct dx *c)
{
	while (c->nlists > 0)
		list_close_top(c);
}

static void list_item(struct dx *c, const char *num_id, int ilvl, const struct numlvl *fmt,
                      const struct block *para)
{
	int want = ilvl + 1;
	struct num *num = find_num(c, num_id); /* found: fmt came from it */
	struct open_list *top;
	if (want > c->nlists + 1)
		want = c->nlists + 1; /* a level skipped in Word opens one level here */
	if (want > MARKDOWN_MAX_DEPTH / 2) {
		dropped(c, "de nesting van lijsten dieper dan 8 niveaus", "maak de lijst platter");
		want = MARKDOWN_MAX_DEPTH / 2;
	}
	while (c->nlists > want)
		list_close_top(c);
	top = c->nlists > 0 ? &c->lists[c->nlists - 1] : NULL;
	if (c->nlists == want &&
	    (strcmp(top->num_id, num_id) != 0 || top->ordered != (fmt->kind == 2)))
		list_close_top(c);
	while (c->nlists < want) {
		struct open_list *o;
		if (c->nlists > 0)
			c->lists[c->nlists - 1].has_item = 1;
		o = &c->lists[c->nlists++];
		memset(o, 0, sizeof *o);
		o->num_id = num_id;
		o->ilvl = ilvl;
		o->ordered = fmt->kind == 2;
		o->start = fmt->start + num->count[ilvl];
	}
	/* an item at a level restarts the levels below it, as in Word */
	for (int k = ilvl + 1; k < 9; k++)
		num->count[k] = 0;
	num->count[ilvl]++;
	top = &c->lists[c->nlists - 1];
	if (top->has_item)
		item_finish(c, top);
	top->has_item = 1;
	blocks_add(&top->kids, para);
}

/* ---- blocks ---- */

static void paragraph(struct dx *c, const xmlNode *p)
{
	xmlNode *ppr = ooxml_child(p, "pPr"), *numpr = ooxml_child(ppr, "numPr");
	const char *sid = ooxml_attr(ooxml_child(ppr, "pStyle"), "val");
	const char *lvl = ooxml_attr(ooxml_child(ppr, "outlineLvl"), "val");
	int outline = lvl != NULL ? to_int(lvl, -1) : style_outline(c, sid);
	const char *num_id = NULL;
	int ilvl = 0;
	const struct numlvl *fmt = NULL;
	struct span_list l = {0};
	struct block b = {0};

	c->para++;
	if (count_block(c) != 0)
		return;
	if (numpr != NULL) {
		num_id = ooxml_attr(ooxml_child(numpr, "numId"), "val");
		ilvl = to_int(ooxml_attr(ooxml_child(numpr, "ilvl"), "val"), 0);
	} else {
		const struct style *s = style_numbering(c, sid);
		if (s != NULL) {
			num_id = s->num_id;
			ilvl = s->ilvl;
		}
	}
	if (num_id != NULL && strcmp(num_id, "0") != 0 && ilvl >= 0 && ilvl <= 8)
		fmt = find_numlvl(c, num_id, ilvl);
	inlines(c, p, &l, NULL, 0);
	rich_finish(c->a, &l, &b.text);
	rich_trim(&b.text);
	if (b.text.nspans == 0)
		return;
	if (outline >= 0 && outline <= 5) {
		lists_close(c);
		b.kind = BLOCK_HEADING;
		b.level = outline + 1;
		blocks_add(&c->body, &b);
	} else if (fmt != NULL && fmt->kind != 0) {
		b.kind = BLOCK_PARAGRAPH;
		list_item(c, num_id, ilvl, fmt, &b);
	} else {
		lists_close(c);
		b.kind = BLOCK_PARAGRAPH;
		blocks_add(&c->body, &b);
	}
}

/* One table cell: its paragraphs' text, joined by spaces. */
static void cell(struct dx *c, const xmlNode *tc, struct block *out)
{
	struct span_list l = {0};
	for (xmlNode *n = tc->children; n != NULL; n = n->next) {
		if (ooxml_is(n, "p")) {
			c->para++;
			if (l.n > 0)
				rich_add(c->a, &l, " ", 1, 0, NULL);
			inlines(c, n, &l, NULL, 1);
		} else if (ooxml_is(n, "tbl")) {
			dropped(c, "een tabel in een tabelcel",
			        "zet de binnenste tabel onder de tabel");
		} else if (n->type == XML_ELEMENT_NODE && !ignorable(n)) {
			dropped_element(c, n);
		}
	}
	out->kind = BLOCK_CELL;
	rich_finish(c->a, &l, &out->text);
	rich_trim(&out->text);
}

static void table_row(struct dx *c, const xmlNode *tr, struct block *row)
{
	struct block_list cells = {0};
	for (xmlNode *tc = tr->children; tc != NULL; tc = tc->next) {
		xmlNode *tcpr = ooxml_child(tc, "tcPr");
		int span = to_int(ooxml_attr(ooxml_child(tcpr, "gridSpan"), "val"), 1);
		xmlNode *vmerge = ooxml_child(tcpr, "vMerge");
		const char *vm = ooxml_attr(vmerge, "val");
		struct block b = {0};
		if (!ooxml_is(tc, "tc")) {
			if (tc->type == XML_ELEMENT_NODE && !ignorable(tc))
				dropped_element(c, tc);
			continue;
		}
		cell(c, tc, &b);
		if (span > 1 || (vmerge != NULL && (vm == NULL || strcmp(vm, "restart") != 0)))
			dropped(c, "het samenvoegen van tabelcellen",
			        "de tekst staat in de eerste cel; splits de cellen in Word");
		for (int k = 0; k < span && k < DOCX_MAX_COLS; k++) {
			if (cells.n >= DOCX_MAX_COLS) {
				dropped(c, "een tabel met meer dan 64 kolommen", "splits de tabel");
				break;
			}
			if (++c->ncells > MARKDOWN_MAX_CELLS) {
				if (!c->failed)
					msg_at(D_OFFICE, c->shown, 0, 0,
					       "de tabellen van dit document hebben samen meer dan "
					       "%d cellen; splits het document",
					       MARKDOWN_MAX_CELLS);
				c->failed = 1;
				break;
			}
			blocks_add(&cells, &b);
			b = (struct block){.kind = BLOCK_CELL};
		}
	}
	row->kind = BLOCK_ROW;
	blocks_finish(c->a, &cells, &row->children, &row->nchildren);
}

static void table(struct dx *c, const xmlNode *tbl)
{
	struct block_list rows = {0};
	struct block t = {0};
	lists_close(c);
	for (xmlNode *tr = tbl->children; tr != NULL && !c->failed; tr = tr->next) {
		struct block row = {0};
		if (!ooxml_is(tr, "tr")) {
			if (tr->type == XML_ELEMENT_NODE && !ignorable(tr))
				dropped_element(c, tr);
			continue;
		}
		if (count_block(c) != 0)
			break;
		table_row(c, tr, &row);
		if (row.nchildren > t.ncols)
			t.ncols = row.nchildren;
		blocks_add(&rows, &row);
	}
	t.kind = BLOCK_TABLE;
	blocks_finish(c->a, &rows, &t.children, &t.nchildren);
	if (t.ncols > 0)
		blocks_add(&c->body, &t);
}

static void body_blocks(struct dx *c, const xmlNode *parent, int depth)
{
	for (xmlNode *n = parent->children; n != NULL && !c->failed; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || ignorable(n))
			continue;
		if (ooxml_is(n, "p")) {
			paragraph(c, n);
		} else if (ooxml_is(n, "tbl")) {
			table(c, n);
		} else if ((ooxml_is(n, "sdt") || ooxml_is(n, "customXml") || ooxml_is(n, "ins")) &&
		           depth < 8) {
			xmlNode *content =
			    ooxml_is(n, "sdt") ? ooxml_child(n, "sdtContent") : (xmlNode *)n;
			if (ooxml_is(n, "ins"))
				note_change(c, &c->ins);
			if (content != NULL)
				body_blocks(c, content, depth + 1);
		} else if (ooxml_is(n, "del")) {
			note_change(c, &c->del);
		} else {
			dropped_element(c, n);
		}
	}
}

/* The footnotes in the order of their references, as BLOCK_NOTES. */
static void footnotes(struct dx *c, xmlNode *root)
{
	struct block notes = {0};
	struct block_list items = {0};
	c->in_note = 1;
	for (const xmlNode *f = root != NULL ? root->children : NULL; f != NULL; f = f->next)
		if (ooxml_is(f, "footnote") && ooxml_attr(f, "id") != NULL) {
			c->notedefs = xgrow(c->notedefs, &c->cnotedefs, c->nnotedefs + 1,
			                    sizeof *c->notedefs);
			c->notedefs[c->nnotedefs++] = (struct note){ooxml_attr(f, "id"), f};
		}
	if (c->nnotedefs > 0)
		qsort(c->notedefs, c->nnotedefs, sizeof *c->notedefs, by_id);
	for (size_t i = 0; i < c->nnotes && !c->failed; i++) {
		struct block_list kids = {0};
		struct block item = {0};
		c->para = (int)i + 1;
		const struct note *def =
		    find_by_id(c->notedefs, c->nnotedefs, sizeof *c->notedefs, c->notes[i]);
		for (const xmlNode *p = def != NULL ? def->node->children : NULL; p != NULL;
		     p = p->next) {
			struct span_list l = {0};
			struct block b = {0};
			if (!ooxml_is(p, "p")) {
				if (p->type == XML_ELEMENT_NODE && !ignorable(p))
					dropped_element(c, p);
				continue;
			}
			if (count_block(c) != 0)
				break;
			inlines(c, p, &l, NULL, 0);
			b.kind = BLOCK_PARAGRAPH;
			rich_finish(c->a, &l, &b.text);
			rich_trim(&b.text);
			if (b.text.nspans > 0)
				blocks_add(&kids, &b);
		}
		item.kind = BLOCK_ITEM;
		blocks_finish(c->a, &kids, &item.children, &item.nchildren);
		blocks_add(&items, &item);
	}
	notes.kind = BLOCK_NOTES;
	blocks_finish(c->a, &items, &notes.children, &notes.nchildren);
	blocks_add(&c->body, &notes);
}

static void free_tables(struct dx *c)
{
	free(c->styles);
	free(c->lvls);
	free(c->nums);
	free(c->rels);
	free(c->notedefs);
	free(c->notes);
	free(c->body.v);
	for (int i = 0; i < c->nlists; i++) {
		free(c->lists[i].items.v);
		free(c->lists[i].kids.v);
	}
}

int docx_parse(struct arena *a, const char *data, size_t len, const char *shown, struct doc *d)
{
	static const char *const parts[] = {"word/document.xml", "word/styles.xml",
	                                    "word/numbering.xml", "word/_rels/document.xml.rels",
	                                    "word/footnotes.xml"};
	xmlDocPtr docs[5] = {NULL};
	struct dx c = {0};
	struct zipread *z;
	xmlNode *body;
	int broken = 0, rc = -1;

	d->blocks = NULL;
	d->nblocks = 0;
	if ((z = zipread_open(data, len, shown)) == NULL)
		return -1;
	if (zipread_has(z, "xl/workbook.xml") && !zipread_has(z, parts[0])) {
		msg_at(
		    D_OFFICE, shown, 0, 0,
		    "dit is een Excel-werkmap, geen Word-document; geef een .docx voor een tekst");
		zipread_close(z);
		return -1;
	}
	for (size_t i = 0; i < 5 && !broken; i++)
		docs[i] = ooxml_read_part(z, parts[i], i == 0, shown, &broken);
	zipread_close(z);
	if (broken)
		goto out;
	c.a = a;
	c.shown = shown;
	for (xmlNode *s = docs[1] ? xmlDocGetRootElement(docs[1])->children : NULL; s != NULL;
	     s = s->next)
		if (ooxml_is(s, "style"))
			read_style(&c, s);
	if (docs[2] != NULL)
		read_numbering(&c, xmlDocGetRootElement(docs[2]));
	if (docs[3] != NULL)
		read_rels(&c, xmlDocGetRootElement(docs[3]));
	if (c.nstyles > 0)
		qsort(c.styles, c.nstyles, sizeof *c.styles, by_id);
	if (c.nnums > 0)
		qsort(c.nums, c.nnums, sizeof *c.nums, by_id);
	if (c.nlvls > 0)
		qsort(c.lvls, c.nlvls, sizeof *c.lvls, by_abs_level);
	if (c.nrels > 0)
		qsort(c.rels, c.nrels, sizeof *c.rels, by_id);
	body = ooxml_child(xmlDocGetRootElement(docs[0]), "body");
	if (body == NULL) {
		msg_at(D_OFFICE, shown, 0, 0,
		       "onderdeel \"%s\" heeft geen <w:body>; sla het bestand opnieuw op in Word",
		       parts[0]);
		goto out;
	}
	body_blocks(&c, body, 0);
	lists_close(&c);
	if (c.failed)
		goto out;
	if (c.nnotes > 0)
		footnotes(&c, docs[4] != NULL ? xmlDocGetRootElement(docs[4]) : NULL);
	if (c.ins + c.del > 0) {
		char where[32];
		snprintf(where, sizeof where, "alinea %d", c.change_para);
		msg_path(
		    D_WORD_CHANGES, shown, where,
		    "het document bevat bijgehouden wijzigingen (%u ingevoegd, %u verwijderd); ze "
		    "zijn gelezen als "
		    "geaccepteerd. Accepteer of weiger ze in Word om zeker te zijn van de tekst",
		    c.ins, c.del);
	}
	blocks_finish(a, &c.body, &d->blocks, &d->nblocks);
	rc = 0;
out:
	free_tables(&c);
	for (size_t i = 0; i < 5; i++)
		xmlFreeDoc(docs[i]);
	return rc;
}
