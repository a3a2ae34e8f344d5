/* CSV as Excel writes it in Dutch settings: ';' between fields, '"'
 * quoting with "" for a quote, UTF-8 with or without BOM, CRLF or LF. */
#ifndef VG_CSV_H
#define VG_CSV_H
#include <stddef.h>

struct arena;

struct csv_field {
	const char *text; /* NUL-terminated, quotes removed, in the arena */
	size_t len;
	int line, col;    /* where the field starts, 1-based */
};

struct csv_row {
	struct csv_field *f;
	size_t n;
	int line;
};

struct csv {
	struct csv_row *rows; /* empty lines are left out */
	size_t nrows;
};

#define CSV_MAX_FIELDS 256 /* fields per row */
#define CSV_MAX_ROWS 10001 /* non-empty lines: a header and 10,000 rows, as a JSON list */

/* Parses CSV text. Returns 0, or -1 after one message naming file:line:col
 * (an unterminated quote, text after a closing quote, invalid UTF-8, a NUL
 * byte, too many fields or rows, or ',' used as separator). */
int csv_parse(struct arena *a, const char *file, const char *data, size_t len, struct csv *out);

#endif
