#include "markdown.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/utf8.h"
#include "../util/xalloc.h"

/* State of one conversion. */
struct md_ctx {
	struct arena *arena; /* destination of all model memory */
	const char *file;    /* for messages */
	const char *jpath;   /* JSON path when inline, else NULL */
	int warned_html;     /* one warning per narrative is enough */
	int warned_image;
	int warned_depth;
};

/* A growing list of spans before it is copied into the arena. The last
 * span's text grows in `tail` and reaches the arena only when the span is
 * complete: copying it into the arena at every merge made a paragraph of
 * n soft line breaks cost n^2 bytes. */
struct span_list {
	struct span *v;
	size_t n, cap;
	struct buf tail; /* text of v[n - 1] while it grows */
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

/* Moves the text of the last span into the arena. */
static void flush_tail(struct md_ctx *c, struct span_list *l)
{
	if (l->n > 0 && l->v[l->n - 1].text == NULL)
		l->v[l->n - 1].text = arena_strndup(c->arena, l->tail.len ? l->tail.data : "", l->tail.len);
	buf_reset(&l->tail);
}

/* Appends text in a style, merging with the previous span when equal. */
static void add_span(struct md_ctx *c, struct span_list *l, const char *text, size_t len,
                     unsigned style, const char *link)
{
	struct span *last = l->n ? &l->v[l->n - 1] : NULL;
	int tail_is_break = l->tail.len == 1 && l->tail.data[0] == '\n';
	if (len == 0)
		return;
	if (last != NULL && last->text == NULL && last->style == style && last->link == link && !tail_is_break &&
	    !(len == 1 && text[0] == '\n')) {
		buf_append(&l->tail, text, len);
		return;
	}
	flush_tail(c, l);
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n].text = NULL; /* in tail until complete */
	l->v[l->n].style = style;
	l->v[l->n].link = link;
	l->n++;
	buf_append(&l->tail, text, len);
}

/* The finished spans into the arena as *spans, *n; frees the list. */
static void spans_finish(struct md_ctx *c, struct span_list *l, struct span **spans, size_t *n)
{
	flush_tail(c, l);
	*n = l->n;
	*spans = arena_array(c->arena, l->n, sizeof(struct span));
	if (l->n)
		memcpy(*spans, l->v, l->n * sizeof(struct span));
	free(l->v);
	buf_free(&l->tail);
}

/* Walks the inline children of a leaf block into spans. */
static void collect_inlines(struct md_ctx *c, cmark_node *parent, struct rich *out)
{
	struct span_list l = {NULL, 0, 0, {0}};
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
		default:
			break;
		}
	}
	cmark_iter_free(it);
	spans_finish(c, &l, &out->spans, &out->nspans);
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
		struct span_list l = {NULL, 0, 0, {0}};
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
		spans_finish(c, &l, &b->text.spans, &b->text.nspans);
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
	default:
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

int markdown_parse(struct arena *a, const char *text, size_t len, const char *file,
                   const char *jpath, struct doc *d)
{
	struct md_ctx c = {a, file, jpath, 0, 0, 0};
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
	{
		/* cmark allocates through us, so allocation failure is one path */
		static cmark_mem mem = {xcalloc, xrealloc, free};
		cmark_parser *p = cmark_parser_new_with_mem(CMARK_OPT_SMART, &mem);
		cmark_parser_feed(p, text, len);
		root = cmark_parser_finish(p);
		cmark_parser_free(p);
	}
	if (root == NULL) { /* cmark fails only when memory runs out */
		msg_path(D_FILE_READ, file, jpath, "Markdown kon niet worden gelezen (onvoldoende geheugen)");
		return -1;
	}
	convert_blocks(&c, root, 0, &d->blocks, &d->nblocks);
	cmark_node_free(root);
	return 0;
}
