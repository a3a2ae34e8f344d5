/* The four quadrants and the paragraph Ongelijk investeren (quadrants.c). */
#ifndef VG_FMT_QUADRANTS_H
#define VG_FMT_QUADRANTS_H

struct fmt_acts;

extern const struct fmt_acts fmt_quadrant_acts; /* <kwadrant>, <ongelijk> (lang.h) */

#endif
