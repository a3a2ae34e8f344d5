/* The 213a audit over several reports: what the rules found, arranged as a
 * report (PDF via the layout) or as tab-separated lines for pipelines. */
#ifndef VG_AUDIT_H
#define VG_AUDIT_H
#include <stddef.h>

#include "../model/report.h"

struct findings;
struct template;
struct fontset;
struct hyphenator;
struct layout_doc;
struct buf;
struct review;

struct audit {
	const char *title;              /* "Veerkracht en Gelijke Kansen" or a neutral title */
	const struct report *const *reports;
	struct findings *findings;      /* one per report */
	size_t n;
	struct date date;               /* the latest report date */
	const struct review *review;    /* the auditor's text (--onderzoek), or NULL: the evidence only */
};

struct layout_doc *format_audit(const struct audit *au, const struct template *t, const struct fontset *fs,
                                const struct hyphenator *h);
/* The rule table as Markdown (docs/audit-rules.md embeds it). */
void audit_rules_markdown(struct buf *out);
/* One line per finding: opgave, rule, subject, verdict, reason, source
 * (file and JSON path). */
void audit_text(const struct audit *au, struct buf *out);

#endif
