#include "json_read.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/sha256.h"
#include "../util/xalloc.h"
#include "files.h"
#include "docx.h"
#include "markdown.h"
#include "report_json.h"

/* Appends ".key" to the path; returns the old length for jr_path_pop(). */
size_t jr_path_key(struct jctx *c, const char *key)
{
	size_t old = c->path.len;
	buf_printf(&c->path, ".%s", key);
	return old;
}

size_t jr_path_index(struct jctx *c, size_t i)
{
	size_t old = c->path.len;
	buf_printf(&c->path, "[%zu]", i);
	return old;
}

void jr_path_pop(struct jctx *c, size_t old)
{
	c->path.len = old;
	c->path.data[old] = '\0';
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct diag_origin *)a)->path, ((const struct diag_origin *)b)->path);
}

void jr_add_origins(struct jctx *c, const struct diag_origin *o, size_t n)
{
	struct diag_origin *all;
	if (n == 0)
		return;
	all = arena_array(c->a, n, sizeof *all);
	memcpy(all, o, n * sizeof *all);
	qsort(all, n, sizeof *all, by_path);
	diag_add_origins(c->file, all, n);
}

const char *jr_jp(struct jctx *c)
{
	return buf_str(&c->path);
}

const char *jr_type_name(const json_t *j)
{
	switch (json_typeof(j)) {
	case JSON_OBJECT: return "een object";
	case JSON_ARRAY: return "een lijst";
	case JSON_STRING: return "een tekst";
	case JSON_INTEGER:
	case JSON_REAL: return "een getal";
	case JSON_TRUE:
	case JSON_FALSE: return "een waarheidswaarde";
	default: return "null";
	}
}

/* Warns once for every key of obj not in the NULL-terminated list. */
/* Edit distance with transpositions (optimal string alignment) between
 * two short keys, counted in bytes; stops early above `max`. */
static size_t key_distance(const char *a, const char *b, size_t max)
{
	size_t la = strlen(a), lb = strlen(b), d[3][65];
	if (la > 64 || lb > 64)
		return max + 1;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t *cur = d[i % 3], *prev = d[(i + 2) % 3], *prev2 = d[(i + 1) % 3], best = max + 1;
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1], v = prev[j - 1] + cost;
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			best = v < best ? v : best;
		}
		if (best > max)
			return max + 1;
	}
	return d[la % 3][lb];
}

const char *jr_nearest(const char *key, const char *const *known)
{
	const char *best = NULL;
	size_t best_d = 3, len = strlen(key);
	for (size_t i = 0; known[i] != NULL; i++) {
		size_t d = key_distance(key, known[i], 2);
		if (d < best_d && 2 * d < len) {
			best = known[i];
			best_d = d;
		}
	}
	return best;
}

void jr_check_keys(struct jctx *c, json_t *obj, const char *const *known)
{
	const char *key;
	json_t *v;
	json_object_foreach(obj, key, v) {
		size_t i;
		for (i = 0; known[i] != NULL; i++)
			if (strcmp(known[i], key) == 0)
				break;
		if (known[i] == NULL) {
			struct buf list = {0};
			for (i = 0; known[i] != NULL; i++)
				buf_printf(&list, "%s%s", i ? ", " : "", known[i]);
			const char *near = jr_nearest(key, known);
			if (near != NULL)
				msg_path(D_JSON_UNKNOWN_KEY, c->file, jr_jp(c),
				         "onbekend veld \"%s\" wordt genegeerd; bedoelt u \"%s\"? Bekende velden: %s", key, near,
				         buf_str(&list));
			else
				msg_path(D_JSON_UNKNOWN_KEY, c->file, jr_jp(c),
				         "onbekend veld \"%s\" wordt genegeerd; bekende velden: %s", key, buf_str(&list));
			buf_free(&list);
		}
	}
}

/* Looks up key in obj with an expected type; NULL when absent or wrong (a
 * message is given for wrong types and for absent required keys). */
json_t *jr_get_typed(struct jctx *c, json_t *obj, const char *key, json_type want,
                         const char *want_name, int required)
{
	json_t *v = obj != NULL ? json_object_get(obj, key) : NULL;
	size_t old = jr_path_key(c, key);
	int ok = v != NULL && (json_typeof(v) == want ||
	                       (want == JSON_REAL && json_typeof(v) == JSON_INTEGER));
	if (v == NULL && required)
		msg_path(D_JSON_MISSING, c->file, jr_jp(c), "verplicht veld ontbreekt; voeg %s toe", want_name);
	else if (v != NULL && !ok && !(json_is_null(v) && !required))
		msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht %s, maar vond %s", want_name, jr_type_name(v));
	jr_path_pop(c, old);
	return ok ? v : NULL;
}

json_t *jr_get_object(struct jctx *c, json_t *obj, const char *key, int required)
{
	return jr_get_typed(c, obj, key, JSON_OBJECT, "een object { ... }", required);
}

json_t *jr_get_array(struct jctx *c, json_t *obj, const char *key, int required)
{
	json_t *v = jr_get_typed(c, obj, key, JSON_ARRAY, "een lijst [ ... ]", required);
	if (v != NULL && json_array_size(v) > JSON_MAX_ITEMS) {
		size_t old = jr_path_key(c, key);
		msg_path(D_JSON_LIMIT, c->file, jr_jp(c), "lijst heeft %zu elementen, de limiet is %u",
		         json_array_size(v), JSON_MAX_ITEMS);
		jr_path_pop(c, old);
		return NULL;
	}
	return v;
}

/* A string value copied into the arena, or NULL. */
static const char *jr_str_value(struct jctx *c, json_t *v)
{
	size_t len = json_string_length(v);
	if (len > JSON_MAX_STRING) {
		msg_path(D_JSON_LIMIT, c->file, jr_jp(c), "tekst is %zu bytes, de limiet is %u", len,
		         JSON_MAX_STRING);
		return NULL;
	}
	if (memchr(json_string_value(v), '\0', len) != NULL) {
		msg_path(D_UTF8, c->file, jr_jp(c), "tekst bevat een NUL-teken; verwijder het");
		return NULL;
	}
	return arena_strndup(c->a, json_string_value(v), len);
}

const char *jr_get_str(struct jctx *c, json_t *obj, const char *key, int required)
{
	json_t *v = jr_get_typed(c, obj, key, JSON_STRING, "een tekst \"...\"", required);
	const char *s;
	size_t old;
	if (v == NULL)
		return NULL;
	old = jr_path_key(c, key);
	s = jr_str_value(c, v);
	if (s != NULL && s[strspn(s, " \t\r\n")] == '\0') {
		msg_path(required ? D_JSON_MISSING : D_EMPTY_TEXT, c->file, jr_jp(c),
		         required ? "tekst is leeg; vul hem in" : "tekst is leeg; vul hem in of laat het veld weg");
		s = NULL;
	}
	jr_path_pop(c, old);
	return s;
}

/* An enum from its printed names; returns -1 when absent or invalid. */
int jr_get_enum(struct jctx *c, json_t *obj, const char *key, const char *const *names,
                    int n, int first, int required)
{
	const char *s = jr_get_str(c, obj, key, required), *known[64], *near;
	struct buf list = {0};
	size_t old;
	int i;
	if (s == NULL)
		return -1;
	for (i = first; i < n; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	for (i = first; i < n; i++)
		buf_printf(&list, "%s\"%s\"", i > first ? ", " : "", names[i]);
	for (i = first; i < n && i - first < 63; i++)
		known[i - first] = names[i];
	known[i - first] = NULL;
	near = jr_nearest(s, known);
	old = jr_path_key(c, key);
	if (near != NULL)
		msg_path(D_JSON_ENUM, c->file, jr_jp(c), "\"%s\" is geen geldige keuze; bedoelt u \"%s\"? Kies uit %s", s,
		         near, buf_str(&list));
	else
		msg_path(D_JSON_ENUM, c->file, jr_jp(c), "\"%s\" is geen geldige keuze; kies uit %s", s, buf_str(&list));
	jr_path_pop(c, old);
	buf_free(&list);
	return -1;
}

/* Decimals of each number token in the text, in order: jansson keeps only
 * the double, so "12.50" would print as 12,5. Strings are skipped. Returns
 * a malloc'ed array and its length through *n. */
static int *scan_decimals(const char *s, size_t len, size_t *n)
{
	size_t cap = 0, i = 0;
	int *v = NULL;
	*n = 0;
	while (i < len) {
		char ch = s[i];
		if (ch == '"') {
			for (i++; i < len && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
			i++;
		} else if (ch == '-' || (ch >= '0' && ch <= '9')) {
			size_t start = i, dot = 0;
			int exp = 0, d = -1;
			while (i < len && strchr("0123456789.eE+-", s[i]) != NULL) {
				if (s[i] == '.')
					dot = i;
				if (s[i] == 'e' || s[i] == 'E')
					exp = 1;
				i++;
			}
			if (!exp)
				d = dot > start ? (int)(i - dot - 1) : 0;
			v = xgrow(v, &cap, *n + 1, sizeof(int));
			v[(*n)++] = d;
		} else {
			i++;
		}
	}
	return v;
}

/* Numbers of the tree in document order (jansson keeps insertion order). */
static void collect_numbers(json_t *j, struct written **v, size_t *n, size_t *cap)
{
	const char *k;
	json_t *ch;
	size_t i;
	if (json_is_number(j)) {
		*v = xgrow(*v, cap, *n + 1, sizeof(**v));
		(*v)[(*n)++].node = j;
	} else if (json_is_object(j)) {
		json_object_foreach(j, k, ch)
			collect_numbers(ch, v, n, cap);
	} else if (json_is_array(j)) {
		json_array_foreach(j, i, ch)
			collect_numbers(ch, v, n, cap);
	}
}

static int by_node(const void *a, const void *b)
{
	const json_t *x = ((const struct written *)a)->node, *y = ((const struct written *)b)->node;
	return x < y ? -1 : x > y;
}

/* Pairs number nodes with their written decimals; on any mismatch the
 * table stays empty and the shortest form is used instead. */
/* True when the JSON text has a digit, a comma and a digit with no space
 * between them outside strings: [412,5] is two numbers in JSON, and a
 * list that has one value too many then gets a hint. */
static int has_comma_number(const char *d, size_t len)
{
	int in_str = 0;
	for (size_t i = 0; i < len; i++) {
		if (in_str) {
			if (d[i] == '\\')
				i++;
			else if (d[i] == '"')
				in_str = 0;
		} else if (d[i] == '"') {
			in_str = 1;
		} else if (d[i] == ',' && i > 0 && i + 1 < len && d[i - 1] >= '0' && d[i - 1] <= '9' && d[i + 1] >= '0' &&
		           d[i + 1] <= '9') {
			return 1;
		}
	}
	return 0;
}

void jr_index_written(struct jctx *c, json_t *root, const char *data, size_t len)
{
	c->comma_numbers = has_comma_number(data, len);
	size_t ntok, cap = 0;
	int *dec = scan_decimals(data, len, &ntok);
	collect_numbers(root, &c->written, &c->nwritten, &cap);
	if (ntok != c->nwritten) {
		c->nwritten = 0;
	} else if (c->nwritten > 0) {
		for (size_t i = 0; i < ntok; i++)
			c->written[i].decimals = dec[i];
		qsort(c->written, c->nwritten, sizeof(*c->written), by_node);
	}
	free(dec);
}

/* Decimals to print for a real as written: shortest round-trip form. */
static int decimals_of(double d)
{
	char tmp[64], *dot, *e;
	snprintf(tmp, sizeof tmp, "%.15g", d);
	dot = strchr(tmp, '.');
	e = strpbrk(tmp, "eE");
	if (dot == NULL || e != NULL)
		return 0;
	return (int)strlen(dot + 1) > 6 ? 6 : (int)strlen(dot + 1);
}

/* Reads a figure: a number, null or "n.t.b." (unknown). */
/* Figures beyond this are not measurements (and would break chart axes
 * and sums); the same limit as for amounts. */
#define VALUE_MAX 1e15

static void value_range(struct jctx *c, struct value *out)
{
	if (out->kind == VAL_NUMBER && !(fabs(out->num) <= VALUE_MAX)) {
		msg_path(D_JSON_NUMBER, c->file, jr_jp(c), "getal is te groot (meer dan 10^15); controleer de waarde");
		out->kind = VAL_UNKNOWN;
		out->num = 0;
	}
}

/* A figure as people type it in a document: "€ 412.500,00", "8,0%",
 * "€ 1.040". Writes the JSON number it stands for ("412500.00", "8.0")
 * and returns 1; 0 when `s` is not such a figure. Dutch notation: a point
 * groups thousands, a comma is the decimal sign. */
static int figure_as_json(const char *s, char *out, size_t sz)
{
	size_t o = 0, digits = 0;
	int sign = 0, euro = strstr(s, "\xE2\x82\xAC") != NULL, pct = strchr(s, '%') != NULL, comma = 0;
	if (!euro && !pct)
		return 0;
	for (const char *p = s; *p; p++) {
		if (strncmp(p, "\xE2\x82\xAC", 3) == 0) {
			p += 2;
		} else if (strncmp(p, "\xC2\xA0", 2) == 0) {
			p += 1;
		} else if (*p == ' ' || *p == '%' || *p == '+') {
			continue;
		} else if (*p == '-' && digits == 0 && !sign) {
			sign = 1;
			if (o + 1 < sz)
				out[o++] = '-';
		} else if (*p == '.') {
			continue; /* groups thousands */
		} else if (*p == ',' && !comma && digits > 0) {
			comma = 1;
			if (o + 1 < sz)
				out[o++] = '.';
		} else if (*p >= '0' && *p <= '9') {
			digits++;
			if (o + 1 < sz)
				out[o++] = *p;
		} else {
			return 0;
		}
	}
	out[o] = '\0';
	return digits > 0 && o + 1 < sz;
}

void jr_read_value(struct jctx *c, json_t *v, struct value *out)
{
	char json_number[64];
	out->kind = VAL_ABSENT;
	out->num = 0;
	out->decimals = 0;
	if (v == NULL)
		return;
	if (json_is_null(v)) {
		out->kind = VAL_UNKNOWN;
	} else if (json_is_integer(v)) {
		out->kind = VAL_NUMBER;
		out->num = (double)json_integer_value(v);
	} else if (json_is_real(v)) {
		out->kind = VAL_NUMBER;
		out->num = json_real_value(v);
		out->decimals = decimals_of(out->num);
		if (c->nwritten > 0) {
			struct written key = {v, 0}, *w;
			w = bsearch(&key, c->written, c->nwritten, sizeof(key), by_node);
			if (w != NULL && w->decimals >= 0)
				out->decimals = w->decimals > 6 ? 6 : w->decimals;
		}
	} else if (json_is_string(v)) {
		const char *s = json_string_value(v);
		if (strcmp(s, "n.t.b.") == 0 || strcmp(s, "ntb") == 0 || strcmp(s, "n.t.b") == 0) {
			out->kind = VAL_UNKNOWN;
		} else if (strcmp(s, "-") == 0 || strcmp(s, "\xE2\x80\x93") == 0) {
			out->kind = VAL_ABSENT; /* no figure for this year: printed as a dash */
		} else if (strspn(s, "0123456789.,- ") == strlen(s) && *s != '\0') {
			msg_path(D_JSON_NUMBER, c->file, jr_jp(c),
			         "getal \"%s\" is als tekst geschreven; schrijf het als JSON-getal zonder "
			         "aanhalingstekens en met een punt als decimaalteken (1.040 wordt 1040, 12,5 wordt 12.5)",
			         s);
		} else if (figure_as_json(s, json_number, sizeof json_number)) {
			int pct = strchr(s, '%') != NULL;
			msg_path(D_JSON_NUMBER, c->file, jr_jp(c),
			         "%s \"%s\" is als tekst geschreven; schrijf %s als JSON-getal, zonder aanhalingstekens%s",
			         pct ? "percentage" : "bedrag", s, json_number,
			         pct ? " en zonder %-teken (de eenheid % hoort in \"eenheid\")"
			             : ", zonder \xE2\x82\xAC en zonder punten voor de duizendtallen (de eenheid staat bij de tabel)");
		} else {
			msg_path(D_JSON_TYPE, c->file, jr_jp(c),
			         "verwacht een getal, null of \"n.t.b.\", maar vond de tekst \"%s\"", s);
		}
	} else {
		msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht een getal, null of \"n.t.b.\", maar vond %s",
		         jr_type_name(v));
	}
	value_range(c, out);
}

void jr_get_value(struct jctx *c, json_t *obj, const char *key, struct value *out)
{
	size_t old = jr_path_key(c, key);
	jr_read_value(c, obj != NULL ? json_object_get(obj, key) : NULL, out);
	jr_path_pop(c, old);
}

/* True when a narrative value names a file with this extension (one line). */
static int names_file(const char *s, size_t len, const char *ext)
{
	size_t n = strlen(ext);
	return len > n && strcmp(s + len - n, ext) == 0 && strchr(s, '\n') == NULL;
}

/* A narrative: inline Markdown, or a path to a .md or .docx file next to
 * the JSON. Both kinds of file count against one limit per report. */
void jr_get_md(struct jctx *c, json_t *obj, const char *key, struct doc *d)
{
	const char *s = jr_get_str(c, obj, key, 0);
	size_t len, old;
	int docx;
	if (s == NULL)
		return;
	old = jr_path_key(c, key);
	len = strlen(s);
	docx = names_file(s, len, ".docx");
	if (docx || names_file(s, len, ".md")) {
		char *shown = NULL, *text = files_read_ref(c->file, s, jr_jp(c), &shown, &len);
		if (text != NULL && (c->md_bytes += len) > FILES_MAX_INPUT)
			msg_path(D_FILE_SIZE, c->file, jr_jp(c),
			         "de Markdown- en Word-bestanden van dit rapport zijn samen meer dan %u bytes; splits het rapport",
			         FILES_MAX_INPUT);
		else if (text != NULL && (jr_add_source(c, shown, text, len), 1)) {
			if (docx)
				docx_parse(c->a, text, len, arena_strdup(c->a, shown), d);
			else
				markdown_parse(c->a, text, len, arena_strdup(c->a, shown), NULL, d);
		}
		free(text);
		free(shown);
	} else {
		markdown_parse(c->a, s, len, c->file, arena_strdup(c->a, jr_jp(c)), d);
	}
	jr_path_pop(c, old);
}

void jr_get_strlist(struct jctx *c, json_t *obj, const char *key, struct strlist *out)
{
	json_t *arr = jr_get_array(c, obj, key, 0), *v;
	size_t i, old;
	if (arr == NULL)
		return;
	old = jr_path_key(c, key);
	out->items = arena_array(c->a, json_array_size(arr), sizeof(char *));
	json_array_foreach(arr, i, v) {
		size_t o2 = jr_path_index(c, i);
		if (!json_is_string(v))
			msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht een tekst, maar vond %s", jr_type_name(v));
		else if ((out->items[out->n] = jr_str_value(c, v)) != NULL)
			out->n++;
		jr_path_pop(c, o2);
	}
	jr_path_pop(c, old);
}

void jr_get_period(struct jctx *c, json_t *obj, const char *key, int required,
                       struct period *p)
{
	const char *s = jr_get_str(c, obj, key, required);
	size_t old;
	if (s == NULL)
		return;
	if (nl_parse_period(s, p) != 0) {
		old = jr_path_key(c, key);
		msg_path(D_DATE, c->file, jr_jp(c),
		         "periode \"%s\" is ongeldig; schrijf een jaar (2022), kwartaal (2022-Q1) of maand (2022-03)",
		         s);
		jr_path_pop(c, old);
		memset(p, 0, sizeof(*p));
	}
}

void jr_read_money(struct jctx *c, json_t *v, struct money *m)
{
	struct value tmp = {VAL_ABSENT, 0, 0};
	jr_read_value(c, v, &tmp);
	m->kind = tmp.kind;
	m->q = 0;
	m->decimals = tmp.decimals;
	if (tmp.kind != VAL_NUMBER)
		return;
	if (tmp.decimals > MONEY_DECIMALS) {
		msg_path(D_JSON_NUMBER, c->file, jr_jp(c),
		         "bedrag heeft meer dan %d decimalen; rond het af", MONEY_DECIMALS);
		m->kind = VAL_UNKNOWN;
	} else if (money_from_double(tmp.num, tmp.decimals, &m->q) != 0) {
		msg_path(D_JSON_NUMBER, c->file, jr_jp(c),
		         "bedrag is te groot (meer dan 100 miljard in de eenheid van de tabel); controleer de waarde");
		m->kind = VAL_UNKNOWN;
	} else if (money_to_double(m->q) != tmp.num) { /* 1e-5: no written decimals to check */
		msg_path(D_JSON_NUMBER, c->file, jr_jp(c),
		         "bedrag heeft meer dan %d decimalen; rond het af", MONEY_DECIMALS);
		m->kind = VAL_UNKNOWN;
	}
}

void jr_get_money(struct jctx *c, json_t *obj, const char *key, struct money *out)
{
	size_t old = jr_path_key(c, key);
	json_t *v = obj != NULL ? json_object_get(obj, key) : NULL;
	if (v == NULL)
		memset(out, 0, sizeof(*out)); /* VAL_ABSENT */
	else
		jr_read_money(c, v, out);
	jr_path_pop(c, old);
}

struct money *jr_get_money_row(struct jctx *c, json_t *obj, const char *key, size_t n,
                                   int required)
{
	json_t *arr = jr_get_array(c, obj, key, required), *v;
	struct money *row;
	size_t i, old;
	if (arr == NULL)
		return NULL;
	old = jr_path_key(c, key);
	if (json_array_size(arr) != n) {
		msg_path(D_JSON_TYPE, c->file, jr_jp(c),
		         "lijst heeft %zu waarden, maar er zijn %zu jaren; geef per jaar precies een waarde (null als "
		         "onbekend)%s",
		         json_array_size(arr), n,
		         json_array_size(arr) > n && c->comma_numbers ? ". Staat er een decimale komma in? In JSON maakt 412,5 twee getallen; "
		                                    "schrijf 412.5"
		                                  : "");
		jr_path_pop(c, old);
		return NULL;
	}
	row = arena_array(c->a, n, sizeof(*row));
	json_array_foreach(arr, i, v) {
		size_t o2 = jr_path_index(c, i);
		jr_read_money(c, v, &row[i]);
		jr_path_pop(c, o2);
	}
	jr_path_pop(c, old);
	return row;
}

/* Reads every object of the array parent.key into an array of items of
 * `size` bytes; fn fills one (zeroed) item and returns 1 to keep it.
 * Elements that are not objects are reported and skipped. */

void *jr_each_object(struct jctx *c, json_t *parent, const char *key, size_t size, item_fn fn,
                         size_t *count)
{
	json_t *arr = jr_get_array(c, parent, key, 0), *v;
	char *items;
	size_t i, old;
	*count = 0;
	if (arr == NULL)
		return NULL;
	old = jr_path_key(c, key);
	items = arena_array(c->a, json_array_size(arr), size);
	json_array_foreach(arr, i, v) {
		size_t o2 = jr_path_index(c, i);
		if (!json_is_object(v)) {
			msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht een object, maar vond %s", jr_type_name(v));
		} else {
			memset(items + *count * size, 0, size);
			if (fn(c, v, items + *count * size))
				(*count)++;
		}
		jr_path_pop(c, o2);
	}
	jr_path_pop(c, old);
	return items;
}

/* Dutch text for jansson's error codes. */
static const char *json_error_nl(const json_error_t *e)
{
	switch (json_error_code(e)) {
	case json_error_premature_end_of_input:
		return "het bestand houdt onverwacht op; ontbreekt er een } of ]?";
	case json_error_end_of_input_expected:
		return "er staat nog tekst na het einde van het JSON-object; verwijder die";
	case json_error_invalid_utf8:
		return "tekst is geen geldige UTF-8; sla het bestand op als UTF-8";
	case json_error_null_character:
	case json_error_null_byte_in_key:
		return "bestand bevat een NUL-teken; verwijder het";
	case json_error_duplicate_key:
		return "een veld komt twee keer voor in hetzelfde object; houd er een over";
	case json_error_numeric_overflow:
		return "een getal is te groot; controleer de waarde";
	case json_error_stack_overflow:
		return "de JSON is te diep genest; vereenvoudig de structuur";
	case json_error_out_of_memory:
		return "onvoldoende geheugen";
	case json_error_invalid_syntax:
		if (strstr(e->text, "'[' or '{' expected") != NULL)
			return "de invoer moet een JSON-object { ... } zijn";
		if (strstr(e->text, "near 'NaN'") != NULL || strstr(e->text, "near 'Infinity'") != NULL ||
		    strstr(e->text, "near '-Infinity'") != NULL)
			return "JSON kent geen NaN of Infinity; schrijf null als de waarde onbekend is";
		return NULL;
	default:
		return NULL;
	}
}

/* A hint for a syntax error that a Dutch writer makes: typographic quotes
 * from Word's autocorrect (“naam”), or a decimal comma in a number
 * ({"waarde": 12,5}). NULL when the error is something else. */
static const char *syntax_hint(const json_error_t *e, const char *data, size_t len)
{
	static const char *const curly[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x98",
	                                    "\xE2\x80\x99", "\xE2\x80\x9A", "\xE2\x80\xB3"};
	const char *near = strstr(e->text, "near '");
	size_t tok, pos = (size_t)e->position, k;
	if (near == NULL)
		return NULL;
	near += 6;
	for (size_t i = 0; i < sizeof curly / sizeof curly[0]; i++)
		if (strncmp(near, curly[i], 3) == 0)
			return "typografisch aanhalingsteken (\xE2\x80\x9C \xE2\x80\x9D \xE2\x80\x98 \xE2\x80\x99) waar JSON een recht "
			       "aanhalingsteken \" verwacht; Word en andere tekstverwerkers maken die automatisch. Vervang ze "
			       "door \" (bewerk JSON in een teksteditor, niet in Word)";
	tok = strcspn(near, "'");
	if (tok == 0 || strspn(near, "0123456789") != tok || pos < tok || pos > len)
		return NULL;
	k = pos - tok; /* the digits jansson stopped at; before them a comma and a digit? */
	while (k > 0 && (data[k - 1] == ' ' || data[k - 1] == '\t'))
		k--;
	if (k >= 2 && data[k - 1] == ',' && data[k - 2] >= '0' && data[k - 2] <= '9')
		return "decimale komma in een getal; JSON schrijft een punt als decimaalteken: 12.5, niet 12,5 "
		       "(en 1040, niet 1.040)";
	return NULL;
}

/* Nesting depth of a value; stops counting past the limit. */
static int json_depth(json_t *v, int depth)
{
	int worst = depth;
	size_t i;
	const char *k;
	json_t *ch;
	if (depth > JSON_MAX_DEPTH)
		return depth;
	if (json_is_object(v)) {
		json_object_foreach(v, k, ch) {
			int d = json_depth(ch, depth + 1);
			worst = d > worst ? d : worst;
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, ch) {
			int d = json_depth(ch, depth + 1);
			worst = d > worst ? d : worst;
		}
	}
	return worst;
}

/* jansson says "invalid token near 'x'" or "unexpected token near 'x'";
 * keep the quoted part, say the rest in Dutch. */
static const char *translate_near(const char *text)
{
	static char out[200];
	const char *near = strstr(text, "near ");
	if (near != NULL)
		snprintf(out, sizeof out, "onverwacht bij %s", near + 5);
	else
		snprintf(out, sizeof out, "%s", text);
	return out;
}

/* Parses JSON text; NULL (with a message) when it is not a usable object. */
json_t *jr_parse_json(const char *path, const char *data, size_t len)
{
	json_error_t err;
	json_t *root;
	const char *nl;

	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, len -= 3; /* a byte order mark, as Windows editors write it */
	root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &err);

	if (root == NULL) {
		nl = json_error_nl(&err);
		if (nl == NULL)
			nl = syntax_hint(&err, data, len);
		if (nl != NULL)
			msg_at(D_JSON_SYNTAX, path, err.line, err.column, "%s", nl);
		else
			msg_at(D_JSON_SYNTAX, path, err.line, err.column,
			       "ongeldige JSON (%s); controleer komma's, aanhalingstekens en haakjes",
			       translate_near(err.text));
		return NULL;
	}
	if (!json_is_object(root)) {
		msg_at(D_JSON_TYPE, path, 1, 1, "de invoer moet een JSON-object { ... } zijn");
	} else if (json_depth(root, 0) > JSON_MAX_DEPTH) {
		msg_at(D_JSON_LIMIT, path, 0, 0, "de JSON is dieper dan %d niveaus genest; vereenvoudig de structuur",
		       JSON_MAX_DEPTH);
	} else {
		return root;
	}
	json_decref(root);
	return NULL;
}

void jr_add_source(struct jctx *c, const char *shown, const char *data, size_t len)
{
	struct report *r = c->r;
	for (size_t i = 0; i < r->nsources; i++)
		if (strcmp(r->sources[i].path, shown) == 0)
			return;
	if (r->nsources == c->sources_cap) {
		size_t cap = c->sources_cap ? 2 * c->sources_cap : 8;
		struct source_file *grown = arena_alloc(c->a, cap * sizeof *grown);
		if (r->nsources > 0)
			memcpy(grown, r->sources, r->nsources * sizeof *grown);
		r->sources = grown;
		c->sources_cap = cap;
	}
	r->sources[r->nsources].path = arena_strdup(c->a, shown);
	sha256_hex(data, len, r->sources[r->nsources].sha256);
	r->nsources++;
}
