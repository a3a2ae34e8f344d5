#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/utf8.h"
#include "../util/xalloc.h"
#include "rich_build.h"

#define MARKDOWN_MAX_COLS 64 /* columns of a pipe table; more are left out with a warning */

/* State of one conversion. */
struct md_ctx {
	struct arena *arena; /* destination of all model memory */
	const char *file;    /* for messages */
	const char *jpath;   /* JSON path when inline, else NULL */
	int warned_html;     /* one warning per narrative is enough */
	int warned_image;
	int warned_depth;
	int warned_cols;
	int warned_note;
};

static void warn(struct md_ctx *c, cmark_node *node, int *once, const char *what)
{
	struct diag_loc loc = {c->file, 0, 0, c->jpath};
	if (*once)
		return;
	*once = 1;
	if (c->jpath == NULL)
		loc.line = cmark_node_get_start_line(node);
	msg(D_MD_UNSUPPORTED, &loc, "%s", what);
}

static void add_span(struct md_ctx *c, struct span_list *l, const char *text, size_t len,
                     unsigned style, const char *link)
{
	rich_add(c->arena, l, text, len, style, link);
}

/* True for a node of a GFM extension, named by its type string
 * ("table", "table_row", "table_cell", "strikethrough"). */
static int is_ext(cmark_node *n, const char *name)
{
	return strcmp(cmark_node_get_type_string(n), name) == 0;
}

/* True when line [s, e) looks like a pipe table's delimiter row (after
 * quote markers and indentation): only | : - and blanks, with a pipe and
 * a dash. Returns its number of columns, else 0. */
static size_t delimiter_cols(const char *s, const char *e)
{
	size_t cols = 0;
	int pipe = 0, in_dash = 0;
	while (s < e && (*s == ' ' || *s == '\t' || *s == '>'))
		s++;
	for (; s < e; s++) {
		if (*s == '|') {
			pipe = 1;
			in_dash = 0;
		} else if (*s == '-' || *s == ':') {
			cols += *s == '-' && !in_dash;
			in_dash |= *s == '-';
		} else if (*s != ' ' && *s != '\t' && *s != '\r') {
			return 0;
		}
	}
	return pipe ? cols : 0;
}

/* An upper bound of the cells cmark-gfm would make for the pipe tables of
 * `text`: each delimiter row's columns times the lines up to the next
 * blank line. cmark-gfm 0.29.0.gfm.6 fills every short row up to the
 * header's width, so a wide header over many short lines takes time and
 * memory in the product (5,000 columns over 20,000 lines of 60 KB: 23 GB);
 * the bound is checked before parsing. */
static size_t table_cells_bound(const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	size_t total = 0, cols = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl != NULL ? nl : end;
		size_t c = delimiter_cols(p, e);
		const char *q = p;
		int blank;
		while (q < e && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '>'))
			q++; /* the text need not end in a NUL here */
		blank = q == e;
		if (c > 0)
			cols = c;
		else if (blank)
			cols = 0;
		else if (cols > 0 && (total += cols) > MARKDOWN_MAX_CELLS)
			return total;
		total += c; /* the header row */
		if (total > MARKDOWN_MAX_CELLS)
			return total;
		p = e + 1;
	}
	return total;
}

/* What cmark-gfm 0.29.0.gfm.6 may be given: its autolink, footnote and
 * table scanners take time that grows with the square of the candidates in
 * a text (60 KB of "www.a_" took 2 s, 240 KB 46 s; 600 KB of "[^" 10 s; a
 * 600 KB line of pipes 7 s). Past these counts the extension is left off
 * for the text, with a warning, and the text prints as written. */
#define GFM_MAX_AUTOLINKS 2000 /* "www.", "://" and "@" */
#define GFM_MAX_NOTES 2000     /* "[^" */
#define GFM_MAX_PIPES 1000     /* '|' on one line */

struct gfm_budget {
	int autolinks, footnotes, tables; /* 1: the extension may be used */
};

static struct gfm_budget gfm_budget(const char *t, size_t len)
{
	size_t links = 0, notes = 0, pipes = 0, most = 0;
	struct gfm_budget b;
	for (size_t i = 0; i < len; i++) {
		char ch = t[i];
		if (ch == '\n') {
			pipes = 0;
		} else if (ch == '|') {
			most = ++pipes > most ? pipes : most;
		} else if (ch == '@' || (ch == ':' && i + 2 < len && t[i + 1] == '/' && t[i + 2] == '/') ||
		           (ch == 'w' && i + 3 < len && memcmp(t + i, "www.", 4) == 0)) {
			links++;
		} else if (ch == '[' && i + 1 < len && t[i + 1] == '^') {
			notes++;
		}
	}
	b.autolinks = links <= GFM_MAX_AUTOLINKS;
	b.footnotes = notes <= GFM_MAX_NOTES;
	b.tables = most <= GFM_MAX_PIPES;
	return b;
}

static void gfm_budget_warn(struct md_ctx *c, const struct gfm_budget *b)
{
	struct diag_loc loc = {c->file, 0, 0, c->jpath};
	if (!b->autolinks)
		msg(D_MD_UNSUPPORTED, &loc,
		    "meer dan %d losse webadressen of e-mailadressen: ze worden niet als link herkend; schrijf een link "
		    "als [tekst](https://...)",
		    GFM_MAX_AUTOLINKS);
	if (!b->footnotes)
		msg(D_MD_UNSUPPORTED, &loc, "meer dan %d voetnootverwijzingen [^...]: ze worden afgedrukt zoals geschreven",
		    GFM_MAX_NOTES);
	if (!b->tables)
		msg(D_MD_UNSUPPORTED, &loc,
		    "een regel met meer dan %d verticale strepen |: tabellen in deze tekst worden afgedrukt zoals geschreven",
		    GFM_MAX_PIPES);
}

/* True when text holds "[^name]": cmark-gfm leaves a footnote reference
 * whose definition is missing as text. */
static int dangling_note(const char *t)
{
	const char *p = strstr(t, "[^");
	while (p != NULL) {
		size_t n = strcspn(p + 2, "[] \t\n"); /* stops at the next [, so linear */
		if (n > 0 && p[2 + n] == ']')
			return 1;
		p = strstr(p + 2, "[^");
	}
	return 0;
}

/* Walks the inline children of a leaf block into spans. */
static void collect_inlines(struct md_ctx *c, cmark_node *parent, struct rich *out)
{
	struct span_list l = {0};
	cmark_iter *it = cmark_iter_new(parent);
	cmark_event_type ev;
	unsigned style = 0;
	const char *link = NULL;
	int skip = 0; /* depth inside an image, whose alt text we drop */

	size_t nlinks = 0;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		int enter = ev == CMARK_EVENT_ENTER;
		const char *lit;

		if (n == parent)
			continue;
		if (t == CMARK_NODE_IMAGE) {
			skip += enter ? 1 : -1;
			if (enter)
				warn(c, n, &c->warned_image,
				     "afbeeldingen in tekst worden niet afgedrukt; beschrijf de afbeelding in woorden");
			continue;
		}
		if (skip > 0)
			continue;
		switch (t) {
		case CMARK_NODE_TEXT:
			lit = cmark_node_get_literal(n);
			/* cmark-gfm leaves a reference without a definition as text */
			if (dangling_note(lit))
				warn(c, n, &c->warned_note, "voetnoot zonder tekst; schrijf de tekst eronder als [^naam]: tekst");
			add_span(c, &l, lit, strlen(lit), style, link);
			break;
		case CMARK_NODE_CODE:
			lit = cmark_node_get_literal(n);
			add_span(c, &l, lit, strlen(lit), style | SPAN_CODE, link);
			break;
		case CMARK_NODE_SOFTBREAK:
			add_span(c, &l, " ", 1, style, link);
			break;
		case CMARK_NODE_LINEBREAK:
			add_span(c, &l, "\n", 1, style, link);
			break;
		case CMARK_NODE_EMPH:
			style = enter ? style | SPAN_ITALIC : style & ~(unsigned)SPAN_ITALIC;
			break;
		case CMARK_NODE_STRONG:
			style = enter ? style | SPAN_BOLD : style & ~(unsigned)SPAN_BOLD;
			break;
		case CMARK_NODE_LINK:
			link = enter ? arena_strdup(c->arena, cmark_node_get_url(n)) : NULL;
			if (enter && ++nlinks == MARKDOWN_MAX_LINKS + 1) {
				struct diag_loc loc = {c->file, c->jpath ? 0 : cmark_node_get_start_line(parent), 0, c->jpath};
				msg(D_JSON_LIMIT, &loc,
				    "een alinea bevat meer dan %d koppelingen, de limiet (de PDF-bibliotheek faalt bij zeer veel "
				    "koppelingen in één alinea); splits de alinea",
				    MARKDOWN_MAX_LINKS);
			}
			break;
		case CMARK_NODE_HTML_INLINE:
			if (enter)
				warn(c, n, &c->warned_html, "HTML in tekst wordt niet afgedrukt; gebruik Markdown");
			break;
		case CMARK_NODE_FOOTNOTE_REFERENCE: {
			/* cmark-gfm has numbered the references in order of appearance */
			char mark[32];
			if (!enter)
				break;
			snprintf(mark, sizeof mark, "[%s]", cmark_node_get_literal(n));
			add_span(c, &l, mark, strlen(mark), 0, NULL);
			break;
		}
		default:
			if (is_ext(n, "strikethrough"))
				style = enter ? style | SPAN_STRIKE : style & ~(unsigned)SPAN_STRIKE;
			break;
		}
	}
	cmark_iter_free(it);
	rich_finish(c->arena, &l, out);
}

static size_t count_children(cmark_node *n)
{
	size_t k = 0;
	for (cmark_node *ch = cmark_node_first_child(n); ch != NULL; ch = cmark_node_next(ch))
		k++;
	return k;
}

static void convert_blocks(struct md_ctx *c, cmark_node *parent, int depth, struct block **out,
                           size_t *nout);

/* A pipe table: rows of cells, the first row the header, the column
 * alignments as written (:--, :-:, --:). */
static void convert_table(struct md_ctx *c, cmark_node *n, struct block *b)
{
	uint16_t ncols = cmark_gfm_extensions_get_table_columns(n);
	uint8_t *al = cmark_gfm_extensions_get_table_alignments(n);
	struct block_list rows = {0};
	b->kind = BLOCK_TABLE;
	if (ncols > MARKDOWN_MAX_COLS) {
		warn(c, n, &c->warned_cols, "een tabel met meer dan 64 kolommen wordt na kolom 64 afgekapt; splits de tabel");
		ncols = MARKDOWN_MAX_COLS;
	}
	b->ncols = ncols;
	if (al != NULL && ncols > 0) {
		char *a = arena_alloc(c->arena, ncols + 1);
		for (size_t i = 0; i < ncols; i++)
			a[i] = al[i] == 'r' ? 'r' : al[i] == 'c' ? 'c' : 'l';
		b->align = a;
	}
	for (cmark_node *r = cmark_node_first_child(n); r != NULL; r = cmark_node_next(r)) {
		struct block_list cells = {0};
		struct block row = {0};
		size_t k = 0;
		if (!is_ext(r, "table_row") && !is_ext(r, "table_header"))
			continue;
		for (cmark_node *cell = cmark_node_first_child(r); cell != NULL && k < ncols; cell = cmark_node_next(cell), k++) {
			struct block cb = {0};
			cb.kind = BLOCK_CELL;
			collect_inlines(c, cell, &cb.text);
			blocks_add(&cells, &cb);
		}
		row.kind = BLOCK_ROW;
		blocks_finish(c->arena, &cells, &row.children, &row.nchildren);
		blocks_add(&rows, &row);
	}
	blocks_finish(c->arena, &rows, &b->children, &b->nchildren);
}

/* Converts one block node; returns 0 when it produced nothing. */
static int convert_block(struct md_ctx *c, cmark_node *n, int depth, struct block *b)
{
	const char *lit;
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_PARAGRAPH:
		b->kind = BLOCK_PARAGRAPH;
		collect_inlines(c, n, &b->text);
		return b->text.nspans > 0;
	case CMARK_NODE_HEADING:
		b->kind = BLOCK_HEADING;
		b->level = cmark_node_get_heading_level(n);
		collect_inlines(c, n, &b->text);
		return b->text.nspans > 0;
	case CMARK_NODE_CODE_BLOCK: {
		/* one span per line with hard breaks between, so lines stay lines */
		struct span_list l = {0};
		size_t len;
		b->kind = BLOCK_CODE;
		lit = cmark_node_get_literal(n);
		len = strlen(lit);
		while (len > 0 && lit[len - 1] == '\n')
			len--;
		for (size_t i = 0; i < len;) {
			size_t k = i;
			while (k < len && lit[k] != '\n')
				k++;
			if (l.n > 0)
				add_span(c, &l, "\n", 1, SPAN_CODE, NULL);
			if (k > i)
				add_span(c, &l, lit + i, k - i, SPAN_CODE, NULL);
			else
				add_span(c, &l, "\xC2\xA0", 2, SPAN_CODE, NULL); /* keep an empty line */
			i = k + 1;
		}
		rich_finish(c->arena, &l, &b->text);
		return b->text.nspans > 0;
	}
	case CMARK_NODE_THEMATIC_BREAK:
		b->kind = BLOCK_RULE;
		return 1;
	case CMARK_NODE_HTML_BLOCK:
		warn(c, n, &c->warned_html, "HTML in tekst wordt niet afgedrukt; gebruik Markdown");
		return 0;
	case CMARK_NODE_LIST:
		b->kind = BLOCK_LIST;
		b->ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
		b->start = cmark_node_get_list_start(n);
		b->tight = cmark_node_get_list_tight(n);
		if (count_children(n) > MARKDOWN_MAX_ITEMS) {
			struct diag_loc loc = {c->file, c->jpath ? 0 : cmark_node_get_start_line(n), 0, c->jpath};
			msg(D_JSON_LIMIT, &loc,
			    "een lijst heeft %zu punten, de limiet is %d (de PDF-bibliotheek faalt bij zeer lange lijsten); "
			    "splits de lijst",
			    count_children(n), MARKDOWN_MAX_ITEMS);
		}
		break;
	case CMARK_NODE_ITEM:
		b->kind = BLOCK_ITEM;
		break;
	case CMARK_NODE_BLOCK_QUOTE:
		b->kind = BLOCK_QUOTE;
		break;
	case CMARK_NODE_FOOTNOTE_DEFINITION:
		/* one note; markdown_parse gathers them into BLOCK_NOTES */
		b->kind = BLOCK_ITEM;
		break;
	default:
		if (is_ext(n, "table")) {
			convert_table(c, n, b);
			return b->nchildren > 0;
		}
		return 0;
	}
	if (depth >= MARKDOWN_MAX_DEPTH) {
		struct diag_loc loc = {c->file, 0, 0, c->jpath};
		if (c->jpath == NULL)
			loc.line = cmark_node_get_start_line(n);
		if (!c->warned_depth)
			msg(D_JSON_LIMIT, &loc,
			    "lijsten en citaten zijn dieper dan %d niveaus genest; maak de tekst platter",
			    MARKDOWN_MAX_DEPTH);
		c->warned_depth = 1;
		return 0;
	}
	convert_blocks(c, n, depth + 1, &b->children, &b->nchildren);
	return 1;
}

static void convert_blocks(struct md_ctx *c, cmark_node *parent, int depth, struct block **out,
                           size_t *nout)
{
	size_t cap = count_children(parent), k = 0;
	struct block *v = arena_array(c->arena, cap, sizeof(struct block));
	for (cmark_node *ch = cmark_node_first_child(parent); ch != NULL; ch = cmark_node_next(ch))
		if (k < cap && convert_block(c, ch, depth, &v[k]))
			k++;
	*out = v;
	*nout = k;
}

/* cmark-gfm puts the footnote definitions that are referred to at the end
 * of the document, in the order of their numbers: they become one
 * BLOCK_NOTES there (the items were converted as BLOCK_ITEMs). */
static void gather_notes(struct md_ctx *c, cmark_node *root, struct doc *d)
{
	size_t first = d->nblocks, nnotes = 0;
	for (cmark_node *ch = cmark_node_last_child(root); ch != NULL; ch = cmark_node_previous(ch)) {
		if (cmark_node_get_type(ch) != CMARK_NODE_FOOTNOTE_DEFINITION)
			break;
		nnotes++;
	}
	while (first > 0 && d->blocks[first - 1].kind == BLOCK_ITEM)
		first--;
	if (nnotes == 0 || first == d->nblocks)
		return;
	{
		struct block notes = {0};
		notes.kind = BLOCK_NOTES;
		notes.nchildren = d->nblocks - first;
		notes.children = arena_array(c->arena, notes.nchildren, sizeof(struct block));
		memcpy(notes.children, &d->blocks[first], notes.nchildren * sizeof(struct block));
		d->blocks[first] = notes;
		d->nblocks = first + 1;
	}
}

int markdown_parse(struct arena *a, const char *text, size_t len, const char *file,
                   const char *jpath, struct doc *d)
{
	struct md_ctx c = {a, file, jpath, 0, 0, 0, 0, 0};
	size_t bad = utf8_invalid_at(text, len);
	cmark_node *root;

	d->blocks = NULL;
	d->nblocks = 0;
	if (bad != (size_t)-1 || memchr(text, '\0', len) != NULL) {
		struct diag_loc loc = {file, 0, 0, jpath};
		if (jpath == NULL) {
			loc.line = 1;
			for (size_t i = 0; i < bad && i < len; i++)
				loc.line += text[i] == '\n';
		}
		msg(D_UTF8, &loc, "tekst is geen geldige UTF-8 (byte %zu); sla het bestand op als UTF-8",
		    bad == (size_t)-1 ? (size_t)(strchr(text, '\0') - text) : bad);
		return -1;
	}
	if (table_cells_bound(text, len) > MARKDOWN_MAX_CELLS) {
		msg_path(D_JSON_LIMIT, file, jpath,
		         "de tabellen van deze tekst hebben samen meer dan %d cellen (rijen maal kolommen); splits de tabel "
		         "of zet de cijfers in een CSV-bestand",
		         MARKDOWN_MAX_CELLS);
		return -1;
	}
	{
		/* cmark allocates through us, so allocation failure is one path */
		static cmark_mem mem = {xcalloc, xrealloc, free};
		static const char *const exts[] = {"table", "strikethrough", "autolink"};
		struct gfm_budget b = gfm_budget(text, len);
		cmark_parser *p;
		cmark_gfm_core_extensions_ensure_registered();
		p = cmark_parser_new_with_mem(CMARK_OPT_SMART | (b.footnotes ? CMARK_OPT_FOOTNOTES : 0), &mem);
		for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
			cmark_syntax_extension *e = cmark_find_syntax_extension(exts[i]);
			if (e != NULL && (i != 0 || b.tables) && (i != 2 || b.autolinks))
				cmark_parser_attach_syntax_extension(p, e);
		}
		gfm_budget_warn(&c, &b);
		cmark_parser_feed(p, text, len);
		root = cmark_parser_finish(p);
		cmark_parser_free(p);
	}
	if (root == NULL) { /* cmark fails only when memory runs out */
		msg_path(D_FILE_READ, file, jpath, "Markdown kon niet worden gelezen (onvoldoende geheugen)");
		return -1;
	}
	convert_blocks(&c, root, 0, &d->blocks, &d->nblocks);
	gather_notes(&c, root, d);
	cmark_node_free(root);
	return 0;
}
