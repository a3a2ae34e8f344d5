/* Middelen, netwerkpartners and prestaties (finance.c): a floor-1 part
 * of format/, used by the quadrant Kaders en randvoorwaarden and by the
 * audit. */
#ifndef VG_FMT_FINANCE_H
#define VG_FMT_FINANCE_H

struct fmt;

/* Middelen, netwerkpartners and prestaties (quadrant 2). */
void fmt_finance(struct fmt *f);
/* The prestaties of f->r: agreed, realised, realisation, cost per unit. */
void fmt_prestaties_table(struct fmt *f);

#endif
