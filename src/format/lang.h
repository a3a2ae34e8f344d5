/* The template language (blocks.c, fields.c), the middle floor of
 * format/: headings and paragraphs with {fields}, conditions, loops,
 * letter head and signature, and the values of the fields. It knows
 * document kinds only through the tables below, which each document
 * formatter fills with its own sections and fields (like mandoc's
 * per-macro action tables) and format.c hands over in struct fmt. */
#ifndef VG_FMT_LANG_H
#define VG_FMT_LANG_H
#include <stddef.h>

#include "../model/template.h"

struct fmt;

/* Lays out one section of a document kind (<voorblad>, <kwadrant>, ...). */
typedef void (*fmt_section_fn)(struct fmt *f, const struct tpl_section *s);
/* A field's text, or NULL when the input has no value for it. */
typedef const char *(*fmt_field_fn)(struct fmt *f, const char *name);

struct fmt_section_act {
	enum section_kind kind; /* the section */
	fmt_section_fn fn;      /* what lays it out */
};

struct fmt_field_act {
	const char *name; /* a field ("aantal.kwartalen"), or a prefix ending in '.' ("jaar.") */
	fmt_field_fn fn;  /* its value */
};

/* What one document formatter adds to the language. */
struct fmt_acts {
	const struct fmt_section_act *sections;
	size_t nsections;
	const struct fmt_field_act *fields;
	size_t nfields;
};

/* Template fields (fields.c): the report, or one item inside <elk>. */
struct field_ctx {
	struct fmt *f;
	int scope;        /* enum field_scope */
	const void *item; /* the indicator, partner, ... of that scope */
	size_t index;     /* its position in the list */
};
/* A field's text ("rapport.datum" or "rapport.datum|datum-kort"), or NULL
 * when the input has no value for it. */
const char *fmt_field(struct field_ctx *c, const char *key);
/* A text with {placeholders} and [optional parts] filled in. */
const char *fmt_expand(struct field_ctx *c, const char *tpl);
/* A line of a letter head or signature: empty fields print nothing, and
 * a line whose fields are all empty is NULL (left out). */
const char *fmt_field_line(struct field_ctx *c, const char *tpl);
/* True when a field has a value (a count: more than zero). */
int fmt_field_present(struct field_ctx *c, const char *name);
/* Runs a template's blocks (blocks.c); a section that is not a block of
 * the language goes to the document formatter that registered it in
 * f->acts, and lays out nothing when none did. */
void fmt_blocks(struct fmt *f, const struct tpl_section *s, size_t n, struct field_ctx *ctx);

#endif
