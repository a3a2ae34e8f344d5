/* The annual report's sections and fields (year_fmt.c), for format.c. */
#ifndef VG_YEAR_FMT_INT_H
#define VG_YEAR_FMT_INT_H

struct fmt_acts;

/* <jaar-overzicht>, <jaar-kwadrant>, <jaar-verloop>, <jaar-teksten>, and
 * the fields jaar.* and aantal.kwartalen (lang.h). Without a year (f->y
 * NULL) only <jaar-overzicht> says, once, that the sections come from
 * `voortgang jaar`, and the fields have no value. */
extern const struct fmt_acts fmt_year_acts;

#endif
