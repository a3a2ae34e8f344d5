/* One quadrant through the year (year_quadrants.c). */
#ifndef VG_FMT_YEAR_QUADRANTS_H
#define VG_FMT_YEAR_QUADRANTS_H
#include "../model/report.h"

struct fmt;

void fmt_year_quadrant(struct fmt *f, enum quadrant q, const char *title);

#endif
