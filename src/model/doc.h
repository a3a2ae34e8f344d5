/* Rich text: the model of a Markdown narrative after parsing. Renderers and
 * layout see only these structs, never cmark. All memory lives in the
 * report's arena. */
#ifndef VG_DOC_H
#define VG_DOC_H
#include <stddef.h>

/* Inline style bits of a span. */
enum span_style {
	SPAN_BOLD = 1u << 0,
	SPAN_ITALIC = 1u << 1,
	SPAN_CODE = 1u << 2,
	SPAN_STRIKE = 1u << 3, /* struck through */
};

/* A run of text in one style. A span with text "\n" is a hard line break.
 * A footnote reference is the span "[n]", n counting from 1 in the order
 * the references appear, and the note is item n of the BLOCK_NOTES. */
struct span {
	const char *text; /* UTF-8, never NULL */
	unsigned style;   /* SPAN_* bits */
	const char *link; /* target URL when inside a link, else NULL */
};

/* Inline content: a sequence of spans. */
struct rich {
	struct span *spans; /* array of nspans */
	size_t nspans;
};

enum block_kind {
	BLOCK_PARAGRAPH, /* text */
	BLOCK_HEADING,   /* text, level */
	BLOCK_LIST,      /* children are BLOCK_ITEMs; ordered, start */
	BLOCK_ITEM,      /* children are blocks */
	BLOCK_QUOTE,     /* children are blocks */
	BLOCK_CODE,      /* text (one span, preformatted) */
	BLOCK_RULE,      /* thematic break */
	BLOCK_TABLE,     /* children are BLOCK_ROWs, the first one the header row; ncols, align */
	BLOCK_ROW,       /* children are BLOCK_CELLs (at most ncols of the table) */
	BLOCK_CELL,      /* text: one cell, printed as plain text */
	BLOCK_NOTES,     /* the footnotes at the end: children are BLOCK_ITEMs numbered from 1 */
	BLOCK_MAX
};

struct block {
	enum block_kind kind;
	int level;               /* heading level, 1-6 as written in Markdown */
	int ordered;             /* list: 1 numbered, 0 bullets */
	int start;               /* list: first number */
	int tight;               /* list: no space between items */
	size_t ncols;            /* table: columns (the widest row) */
	const char *align;       /* table: ncols of 'l', 'r' or 'c', or NULL for all left */
	struct rich text;        /* paragraph, heading, code, cell */
	struct block *children;  /* list, item, quote: array of nchildren */
	size_t nchildren;
};

/* A narrative: a sequence of blocks. Empty when nblocks is 0. */
struct doc {
	struct block *blocks;
	size_t nblocks;
};

#endif
