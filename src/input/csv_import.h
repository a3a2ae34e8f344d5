/* Budgets and indicator series from CSV files next to the JSON (as Excel
 * exports them in Dutch settings). See docs/input.md for the columns. */
#ifndef VG_CSV_IMPORT_H
#define VG_CSV_IMPORT_H

struct jctx;
struct middelen;
struct indicator;

/* Reads a budget table from the CSV file `rel` (relative to the JSON)
 * into m (jaren, posten, totaal). Returns 0, or -1 after messages naming
 * file:line:col. */
int csv_import_budget(struct jctx *c, const char *rel, struct middelen *m);
/* Reads an indicator's series (periode;waarde) from the CSV file `rel`. */
int csv_import_series(struct jctx *c, const char *rel, struct indicator *ind);

#endif
