/* What a report holds, at a glance (contents.c): a floor-1 part of
 * format/, used by the quarterly report, the overview and the annual
 * report. */
#ifndef VG_FMT_CONTENTS_H
#define VG_FMT_CONTENTS_H
#include "../model/report.h"

struct fmt;
struct canvas;

/* The table of what each quadrant and the paragraph hold, laid out. */
void fmt_quadrant_table(struct fmt *f, const char *caption, const char *contents_header);
/* What a quadrant and the paragraph hold, in a line ("4 indicatoren, ..."). */
const char *fmt_quadrant_contents(struct fmt *f, enum quadrant q);
const char *fmt_ongelijk_contents(struct fmt *f);
/* Draws small multiples (data: struct multiples). */
void fmt_draw_multiples(struct canvas *cv, const void *data, double w, double h);

#endif
