/* The figures from one Excel workbook (.xlsx): the sheets Middelen,
 * Netwerkpartners, Prestaties, Indicatoren and Reeksen become the JSON
 * keys they stand for, so the report loader checks them as it checks
 * JSON; messages about them name the sheet and the cell. See docs/input.md
 * (Werkmap). */
#ifndef VG_XLSX_H
#define VG_XLSX_H
#include <jansson.h>
#include <stddef.h>

struct arena;
struct jctx;

#define XLSX_MAX_ROWS 10000 /* rows under the header of one sheet (as a JSON list) */
#define XLSX_MAX_COLS 128   /* columns of one sheet */

struct diag_origin;

/* Reads the workbook bytes into an object with the keys "middelen" (jaren,
 * posten, totaal), "netwerkpartners", "prestaties" and "indicatoren" (each
 * only when its sheet is there), checking every cell's type with messages
 * naming `shown`, the sheet and the cell. *origins (malloc'ed, caller
 * frees) and *norigins give each value's cell. Strings live in `a`.
 * Cells in error are reported and left out; NULL when the file is no
 * workbook or breaks a limit. */
json_t *xlsx_read(struct arena *a, const char *data, size_t len, const char *shown,
                  struct diag_origin **origins, size_t *norigins);

/* The top-level key "werkmap": reads the workbook `rel` (next to the JSON,
 * with the path rules of every referenced file) and puts its sheets into
 * `root` before the report is loaded; a key given both in the JSON and in
 * the workbook is an error. Registers the origins with `c`. */
void xlsx_merge(struct jctx *c, json_t *root, const char *rel);

#endif
