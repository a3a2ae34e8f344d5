/* Generic tables: the financial tables, partner lists and indicator
 * overviews are all built on this. */
#ifndef VG_TABLE_H
#define VG_TABLE_H
#include <stddef.h>

struct layout;

#define TABLE_PAD_H 4.0 /* horizontal cell padding, points: text in a cell starts this far in */

enum cell_align { CELL_LEFT, CELL_RIGHT, CELL_CENTER };

struct table_col {
	const char *header;    /* header text (may be NULL with no_header) */
	enum cell_align align; /* figures: CELL_RIGHT */
	double min_width;      /* points; 0 = from content */
};

/* Row flags. */
enum {
	ROW_BOLD = 1,  /* bold text */
	ROW_TOTAL = 2, /* bold, rule above, kept with the row before it */
	ROW_MUTED = 4, /* grey text (e.g. unknown or one-off rows) */
};

struct table_row {
	const char **cells; /* ncols strings; NULL prints nothing */
	unsigned flags;     /* ROW_* */
};

struct table {
	const char *caption;  /* printed above, bold; NULL for none */
	struct table_col *cols;
	size_t ncols;
	struct table_row *rows;
	size_t nrows;
	const char *note;     /* printed below in small type; NULL for none */
	int no_header;        /* key-value tables without a header row */
	int plain;            /* no rules and no fills */
	double first_col_max; /* 0, or largest share (0..1) of the width for column 0 */
	int is_part;          /* a part of a split table: never split again */
};

/* Lays out a table at the cursor, splitting it across pages between rows
 * and repeating the header row on every page. */
void layout_table(struct layout *L, const struct table *t);
/* Height the table's header and rows take (without caption and note). */
double layout_table_height(struct layout *L, const struct table *t);

#endif
