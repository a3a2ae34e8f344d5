/* Where the audit's computed figures come from (audit_trace.c): each
 * figure with its opgave, input file and JSON path, listed in an appendix
 * that the tables' notes point to. Internal to the audit formatter. */
#ifndef VG_AUDIT_TRACE_H
#define VG_AUDIT_TRACE_H
#include <stddef.h>

#include "../model/report.h"

struct fmt;

#define AUDIT_H1 (HEADING_TOC | HEADING_NUMBERED | HEADING_NEWPAGE)
#define AUDIT_H2 (HEADING_TOC | HEADING_NUMBERED)

/* The opgave's name, or its file. */
const char *audit_name(const struct report *r);

struct trace_row {
	const char *label;  /* "H3" */
	const char *figure; /* "Begroot per jaar: som van de posten" */
	const char *opgave; /* the opgave's name, or "alle opgaven" */
	const char *file;   /* the input file, as the user named it */
	const char *path;   /* the JSON path(s) it is computed from */
};
struct audit_trace {
	struct trace_row *v;
	size_t n, cap;
};
/* Records a figure computed from report r (NULL: from all reports) and
 * returns its label "H<n>"; the same figure, file and path once. */
const char *audit_trace_add(struct fmt *f, struct audit_trace *t, const char *figure,
                            const struct report *r, const char *path);
/* "Herkomst: H1 tot en met H4 in de bijlage Herkomst van de cijfers." for
 * the labels from `first` on; NULL when none were added since. */
const char *audit_trace_note(struct fmt *f, const struct audit_trace *t, size_t first);
/* The appendix: every traced figure with opgave, file and JSON path. */
void audit_trace_appendix(struct fmt *f, const struct audit_trace *t);

#endif
