/* Reading JSON for the report loader: values looked up with their JSON
 * path, type-checked with Dutch messages that say what to do, figures that
 * may be unknown, Markdown inline or from a file, and numbers with the
 * decimals as written. Internal to src/input/. */
#ifndef VG_JSON_READ_H
#define VG_JSON_READ_H
#include <jansson.h>
#include <stddef.h>

#include "../model/money.h"
#include "../model/report.h"
#include "../util/buf.h"
#include "../util/diag.h"

/* Decimals of a number as written in the text, found by its node. */
struct written {
	const json_t *node; /* a real in the parsed tree */
	int decimals;       /* digits after the point as written, -1 unknown */
};

/* State while converting one document. */
struct jctx {
	struct report *r;  /* destination */
	struct arena *a;   /* r's arena */
	const char *file;  /* input path for messages */
	struct buf path;   /* JSON path of the value being read */
	struct written *written; /* sorted by node, for bsearch */
	size_t nwritten;
	size_t md_bytes;         /* Markdown read from files so far */
	size_t sources_cap;      /* room in r->sources */
	int comma_numbers;       /* the text has digit,digit outside strings: maybe a decimal comma */
};

/* Registers where values of the JSON came from when they were not typed in
 * it (a workbook's cells; copied into the report's arena): messages about
 * them name the cell (diag_add_origins; report_free drops them). */
void jr_add_origins(struct jctx *c, const struct diag_origin *o, size_t n);

/* Records a file the report was read from, with the SHA-256 of its bytes
 * (provenance); a path already recorded is not repeated. */
void jr_add_source(struct jctx *c, const char *shown, const char *data, size_t len);

/* Fills one zeroed item from an object; returns 1 to keep it. */
typedef int (*item_fn)(struct jctx *c, json_t *obj, void *item);

size_t jr_path_key(struct jctx *c, const char *key);
size_t jr_path_index(struct jctx *c, size_t i);
void jr_path_pop(struct jctx *c, size_t old);
const char *jr_jp(struct jctx *c);
const char *jr_type_name(const json_t *j);
void jr_check_keys(struct jctx *c, json_t *obj, const char *const *known);
/* The name in the NULL-terminated `known` closest to a mistyped `key` (at
 * most two edits, fewer than half its letters), for "bedoelt u ...?";
 * NULL when none is that close. */
const char *jr_nearest(const char *key, const char *const *known);
json_t *jr_get_typed(struct jctx *c, json_t *obj, const char *key, json_type want, const char *want_name, int required);
json_t *jr_get_object(struct jctx *c, json_t *obj, const char *key, int required);
json_t *jr_get_array(struct jctx *c, json_t *obj, const char *key, int required);
const char *jr_get_str(struct jctx *c, json_t *obj, const char *key, int required);
int jr_get_enum(struct jctx *c, json_t *obj, const char *key, const char *const *names, int n, int first, int required);
void jr_index_written(struct jctx *c, json_t *root, const char *data, size_t len);
void jr_read_value(struct jctx *c, json_t *v, struct value *out);
void jr_get_value(struct jctx *c, json_t *obj, const char *key, struct value *out);
void jr_get_md(struct jctx *c, json_t *obj, const char *key, struct doc *d);
void jr_get_strlist(struct jctx *c, json_t *obj, const char *key, struct strlist *out);
void jr_get_period(struct jctx *c, json_t *obj, const char *key, int required, struct period *p);
/* An amount (exact, at most four decimals) from a JSON number, null or
 * "n.t.b."; a row of them, one per year. */
void jr_read_money(struct jctx *c, json_t *v, struct money *m);
void jr_get_money(struct jctx *c, json_t *obj, const char *key, struct money *out);
struct money *jr_get_money_row(struct jctx *c, json_t *obj, const char *key, size_t n, int required);
void *jr_each_object(struct jctx *c, json_t *parent, const char *key, size_t size, item_fn fn, size_t *count);
json_t *jr_parse_json(const char *path, const char *data, size_t len);

#endif
