/* Shared by the formatter's files. */
#ifndef VG_FORMAT_INT_H
#define VG_FORMAT_INT_H
#include <stddef.h>

#include "../layout/layout.h"
#include "../layout/table.h"
#include "../model/report.h"

struct year;

/* Formatter state for one report. */
struct fmt {
	const struct report *r; /* the audit moves it from report to report */
	const struct template *t;
	struct layout *L;
	int ntables;            /* tables so far, for "Tabel n" captions */
	int nfigures;           /* figures so far, for "Figuur n" captions */
	const struct year *y;   /* the annual report's quarters, or NULL (year_fmt.c) */
};

/* A printed figure in the layout's arena: "1.040", "n.t.b.", "-". */
const char *fmt_value(struct fmt *f, const struct value *v);
const char *fmt_printf(struct fmt *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "Tabel n  text" with a running number. */
const char *fmt_caption(struct fmt *f, const char *text);
/* An indicator's target as printed: "8.000 in 2022", or a band
 * "-0,200 tot -0,175 in 2033"; NULL without one. */
const char *fmt_target(struct fmt *f, const struct indicator *ind);
/* The table of what each quadrant and the paragraph hold, laid out. */
void fmt_quadrant_table(struct fmt *f, const char *caption, const char *contents_header);
/* A chart h points high under the caption "Figuur n  text". */
void fmt_figure(struct fmt *f, const char *text, double h, const char *alt, layout_draw_fn draw,
                const void *data);
struct source_file;
/* The colophon of an archived document: tool, template and every input
 * file with its SHA-256, and how to check them. */
void fmt_colophon(struct fmt *f, const struct source_file *s, size_t n);
/* Title, author, subject ("<kind>, <opgave>, <when>"), keywords (with
 * `keyword` when not NULL), language, template and input files of d. */
void fmt_document_info(struct fmt *f, struct layout_doc *d, enum report_kind kind, const char *when,
                       const char *keyword, const struct source_file *src, size_t nsrc);
/* A table with ncols columns and nrows rows allocated in the arena. */
struct table *fmt_table(struct fmt *f, size_t ncols, size_t nrows);
/* Sets column headers and alignment at once: aligns is one letter per
 * column, L left, R right (figures), C centred. */
void fmt_columns(struct table *t, const char *const *headers, const char *aligns);
/* Muted italic sentence for something the input does not give. */
void fmt_missing(struct fmt *f, const char *text);

void fmt_quadrant(struct fmt *f, enum quadrant q, const char *title);
/* An indicator's charts (trend, comparison) as its grafiek asks, and its
 * series as a table (quadrants.c). */
void fmt_indicator_charts(struct fmt *f, const struct indicator *ind);
void fmt_indicator_series(struct fmt *f, const struct indicator *ind);
/* A section of the annual report (<jaar-overzicht>, <jaar-kwadrant>, ...;
 * year_fmt.c); without a year (f->y NULL) only <jaar-overzicht> says,
 * once, that the sections come from `voortgang jaar`. */
void fmt_year_section(struct fmt *f, const struct tpl_section *s);
/* The annual report's template fields (jaar.*), or NULL (year_fmt.c). */
const char *fmt_year_field(struct fmt *f, const char *name);
/* Middelen, netwerkpartners and prestaties (quadrant 2). */
void fmt_finance(struct fmt *f);
/* The prestaties of f->r: agreed, realised, realisation, cost per unit. */
void fmt_prestaties_table(struct fmt *f);
void fmt_ongelijk(struct fmt *f, const char *title);
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
/* Runs a template's blocks (blocks.c). */
void fmt_blocks(struct fmt *f, const struct tpl_section *s, size_t n, struct field_ctx *ctx);

/* A section of the report itself (voorblad, kwadrant, ...). */
void fmt_section(struct fmt *f, const struct tpl_section *s);
/* The one-page overview (overview.c), and its parts on their own. */
void fmt_overview(struct fmt *f, const char *title);
void fmt_overview_part(struct fmt *f, enum section_kind kind, const char *title);
/* What a quadrant and the paragraph hold, in a line ("4 indicatoren, ..."). */
const char *fmt_quadrant_contents(struct fmt *f, enum quadrant q);
const char *fmt_ongelijk_contents(struct fmt *f);
/* "A, B en C", or "niet opgegeven". */
const char *fmt_joined(struct fmt *f, const struct strlist *l);
/* Draws small multiples (data: struct multiples). */
void fmt_draw_multiples(struct canvas *cv, const void *data, double w, double h);

#endif
