/* The one-page overview and its parts (overview.c). */
#ifndef VG_FMT_OVERVIEW_H
#define VG_FMT_OVERVIEW_H

struct fmt_acts;

extern const struct fmt_acts fmt_overview_acts; /* <overzicht> and its parts (lang.h) */

#endif
