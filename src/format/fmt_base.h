/* The bottom floor of format/ (fmt_base.c): the formatter's state and
 * the helpers every formatter uses. Includes nothing of format/. */
#ifndef VG_FMT_BASE_H
#define VG_FMT_BASE_H
#include <stddef.h>

#include "../layout/layout.h"
#include "../layout/table.h"
#include "../model/report.h"

struct year;
struct fmt_acts;

/* Formatter state for one report. */
struct fmt {
	const struct report *r; /* the audit moves it from report to report */
	const struct template *t;
	struct layout *L;
	int ntables;            /* tables so far, for "Tabel n" captions */
	int nfigures;           /* figures so far, for "Figuur n" captions */
	const struct year *y;   /* the annual report's quarters, or NULL (year_fmt.c) */
	const struct fmt_acts *const *acts; /* the document formatters' sections and fields (lang.h, format.c) */
	size_t nacts;
};

/* A printed figure in the layout's arena: "1.040", "n.t.b.", ".". */
const char *fmt_value(struct fmt *f, const struct value *v);
/* A measurement: "1.040", or "." when it is unknown or absent. */
const char *fmt_measured(struct fmt *f, const struct value *v);
/* Lays out a table, with a legend of the signs its cells use
 * ("Tekens: . gegevens ontbreken; n.t.b. nog te bepalen; ...") after
 * its note. */
void fmt_layout_table(struct fmt *f, struct table *t);
const char *fmt_printf(struct fmt *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "Tabel n  text" with a running number. */
const char *fmt_caption(struct fmt *f, const char *text);
/* An indicator's target as printed: "8.000 in 2022", or a band
 * "-0,200 tot -0,175 in 2033"; NULL without one. */
const char *fmt_target(struct fmt *f, const struct indicator *ind);
/* "A, B en C", or "niet opgegeven". */
const char *fmt_joined(struct fmt *f, const struct strlist *l);
/* A chart h points high under the caption "Figuur n  text". */
void fmt_figure(struct fmt *f, const char *text, double h, const char *alt, layout_draw_fn draw,
                const void *data);
/* A table with ncols columns and nrows rows allocated in the arena. */
struct table *fmt_table(struct fmt *f, size_t ncols, size_t nrows);
/* Sets column headers and alignment at once: aligns is one letter per
 * column, L left, R right (figures), C centred. */
void fmt_columns(struct table *t, const char *const *headers, const char *aligns);
/* Muted italic sentence for something the input does not give. */
void fmt_missing(struct fmt *f, const char *text);

#endif
