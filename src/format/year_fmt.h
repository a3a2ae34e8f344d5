/* The annual report formatter: the year's template over the quarterly
 * reports of one opgave (model/year.h). Defined in format.c, the top
 * floor of format/; its sections are in year_fmt.c. */
#ifndef VG_YEAR_FMT_H
#define VG_YEAR_FMT_H

struct year;
struct template;
struct fontset;
struct hyphenator;
struct layout_doc;

/* Lays out the annual report of a year without errors (year_errors() 0,
 * at least one quarter); never fails. An archived report (archive 1)
 * ends with a colophon naming every quarter's input files. The document's texts live in its
 * own arena, but its figures point into the year and its reports: keep
 * them until the document is rendered. */
struct layout_doc *format_year(const struct year *y, const struct template *t, const struct fontset *fs,
                               const struct hyphenator *h, int archive);

#endif
