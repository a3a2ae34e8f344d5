/* The report formatter: walks the template's sections over the report model
 * and drives the layout engine. Knows quadrants, not pages or PDF.
 * Defined in format.c, the top floor of format/ (docs/architecture.md). */
#ifndef VG_FORMAT_H
#define VG_FORMAT_H

struct report;
struct template;
struct fontset;
struct hyphenator;
struct layout_doc;

/* Lays out a checked report; never fails on valid input. An archived
 * report (archive 1) ends with a colophon naming its input files. */
struct layout_doc *format_report(const struct report *r, const struct template *t,
                                 const struct fontset *fs, const struct hyphenator *h, int archive);

#endif
