#include "report_json.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/report.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "files.h"
#include "markdown.h"

/* State while converting one document. */
/* Decimals of a number as written in the text, found by its node. */
struct written {
	const json_t *node; /* a real in the parsed tree */
	int decimals;       /* digits after the point as written, -1 unknown */
};

struct jctx {
	struct report *r;  /* destination */
	struct arena *a;   /* r's arena */
	const char *file;  /* input path for messages */
	struct buf path;   /* JSON path of the value being read */
	struct written *written; /* sorted by node, for bsearch */
	size_t nwritten;
	size_t md_bytes;         /* Markdown read from files so far */
};

/* Appends ".key" to the path; returns the old length for path_pop(). */
static size_t path_key(struct jctx *c, const char *key)
{
	size_t old = c->path.len;
	buf_printf(&c->path, ".%s", key);
	return old;
}

static size_t path_index(struct jctx *c, size_t i)
{
	size_t old = c->path.len;
	buf_printf(&c->path, "[%zu]", i);
	return old;
}

static void path_pop(struct jctx *c, size_t old)
{
	c->path.len = old;
	c->path.data[old] = '\0';
}

static const char *jp(struct jctx *c)
{
	return buf_str(&c->path);
}

static const char *type_name(const json_t *j)
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
static void check_keys(struct jctx *c, json_t *obj, const char *const *known)
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
			msg_path(D_JSON_UNKNOWN_KEY, c->file, jp(c),
			         "onbekend veld \"%s\" wordt genegeerd; bekende velden: %s", key, buf_str(&list));
			buf_free(&list);
		}
	}
}

/* Looks up key in obj with an expected type; NULL when absent or wrong (a
 * message is given for wrong types and for absent required keys). */
static json_t *get_typed(struct jctx *c, json_t *obj, const char *key, json_type want,
                         const char *want_name, int required)
{
	json_t *v = obj != NULL ? json_object_get(obj, key) : NULL;
	size_t old = path_key(c, key);
	int ok = v != NULL && (json_typeof(v) == want ||
	                       (want == JSON_REAL && json_typeof(v) == JSON_INTEGER));
	if (v == NULL && required)
		msg_path(D_JSON_MISSING, c->file, jp(c), "verplicht veld ontbreekt; voeg %s toe", want_name);
	else if (v != NULL && !ok && !(json_is_null(v) && !required))
		msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht %s, maar vond %s", want_name, type_name(v));
	path_pop(c, old);
	return ok ? v : NULL;
}

static json_t *get_object(struct jctx *c, json_t *obj, const char *key, int required)
{
	return get_typed(c, obj, key, JSON_OBJECT, "een object { ... }", required);
}

static json_t *get_array(struct jctx *c, json_t *obj, const char *key, int required)
{
	json_t *v = get_typed(c, obj, key, JSON_ARRAY, "een lijst [ ... ]", required);
	if (v != NULL && json_array_size(v) > JSON_MAX_ITEMS) {
		size_t old = path_key(c, key);
		msg_path(D_JSON_LIMIT, c->file, jp(c), "lijst heeft %zu elementen, de limiet is %u",
		         json_array_size(v), JSON_MAX_ITEMS);
		path_pop(c, old);
		return NULL;
	}
	return v;
}

/* A string value copied into the arena, or NULL. */
static const char *str_value(struct jctx *c, json_t *v)
{
	size_t len = json_string_length(v);
	if (len > JSON_MAX_STRING) {
		msg_path(D_JSON_LIMIT, c->file, jp(c), "tekst is %zu bytes, de limiet is %u", len,
		         JSON_MAX_STRING);
		return NULL;
	}
	if (memchr(json_string_value(v), '\0', len) != NULL) {
		msg_path(D_UTF8, c->file, jp(c), "tekst bevat een NUL-teken; verwijder het");
		return NULL;
	}
	return arena_strndup(c->a, json_string_value(v), len);
}

static const char *get_str(struct jctx *c, json_t *obj, const char *key, int required)
{
	json_t *v = get_typed(c, obj, key, JSON_STRING, "een tekst \"...\"", required);
	const char *s;
	size_t old;
	if (v == NULL)
		return NULL;
	old = path_key(c, key);
	s = str_value(c, v);
	if (s != NULL && s[strspn(s, " \t\r\n")] == '\0') {
		msg_path(required ? D_JSON_MISSING : D_EMPTY_TEXT, c->file, jp(c),
		         required ? "tekst is leeg; vul hem in" : "tekst is leeg; vul hem in of laat het veld weg");
		s = NULL;
	}
	path_pop(c, old);
	return s;
}

/* An enum from its printed names; returns -1 when absent or invalid. */
static int get_enum(struct jctx *c, json_t *obj, const char *key, const char *const *names,
                    int n, int first, int required)
{
	const char *s = get_str(c, obj, key, required);
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
	old = path_key(c, key);
	msg_path(D_JSON_ENUM, c->file, jp(c), "\"%s\" is geen geldige keuze; kies uit %s", s,
	         buf_str(&list));
	path_pop(c, old);
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
static void index_written(struct jctx *c, json_t *root, const char *data, size_t len)
{
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
static void read_value(struct jctx *c, json_t *v, struct value *out)
{
	out->kind = VAL_ABSENT;
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
		if (!isfinite(out->num)) {
			msg_path(D_JSON_NUMBER, c->file, jp(c), "getal is te groot; controleer de waarde");
			out->kind = VAL_UNKNOWN;
		}
	} else if (json_is_string(v)) {
		const char *s = json_string_value(v);
		if (strcmp(s, "n.t.b.") == 0 || strcmp(s, "ntb") == 0 || strcmp(s, "n.t.b") == 0) {
			out->kind = VAL_UNKNOWN;
		} else if (strspn(s, "0123456789.,- ") == strlen(s) && *s != '\0') {
			msg_path(D_JSON_NUMBER, c->file, jp(c),
			         "getal \"%s\" is als tekst geschreven; schrijf het als JSON-getal zonder "
			         "aanhalingstekens en met een punt als decimaalteken (1.040 wordt 1040, 12,5 wordt 12.5)",
			         s);
		} else {
			msg_path(D_JSON_TYPE, c->file, jp(c),
			         "verwacht een getal, null of \"n.t.b.\", maar vond de tekst \"%s\"", s);
		}
	} else {
		msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een getal, null of \"n.t.b.\", maar vond %s",
		         type_name(v));
	}
}

static void get_value(struct jctx *c, json_t *obj, const char *key, struct value *out)
{
	size_t old = path_key(c, key);
	read_value(c, obj != NULL ? json_object_get(obj, key) : NULL, out);
	path_pop(c, old);
}

/* A Markdown value: inline text, or a path to a .md file next to the JSON. */
static void get_md(struct jctx *c, json_t *obj, const char *key, struct doc *d)
{
	const char *s = get_str(c, obj, key, 0);
	size_t len, old;
	if (s == NULL)
		return;
	old = path_key(c, key);
	len = strlen(s);
	if (len > 3 && strcmp(s + len - 3, ".md") == 0 && strchr(s, '\n') == NULL) {
		char *path = files_resolve(c->file, s, jp(c));
		char *text = path != NULL ? files_read(path, path, &len) : NULL;
		if (text != NULL && (c->md_bytes += len) > FILES_MAX_INPUT)
			msg_path(D_FILE_SIZE, c->file, jp(c),
			         "de Markdown-bestanden van dit rapport zijn samen meer dan %u bytes; splits het rapport",
			         FILES_MAX_INPUT);
		else if (text != NULL)
			markdown_parse(c->a, text, len, arena_strdup(c->a, path), NULL, d);
		free(text);
		free(path);
	} else {
		markdown_parse(c->a, s, len, c->file, arena_strdup(c->a, jp(c)), d);
	}
	path_pop(c, old);
}

static void get_strlist(struct jctx *c, json_t *obj, const char *key, struct strlist *out)
{
	json_t *arr = get_array(c, obj, key, 0), *v;
	size_t i, old;
	if (arr == NULL)
		return;
	old = path_key(c, key);
	out->items = arena_array(c->a, json_array_size(arr), sizeof(char *));
	json_array_foreach(arr, i, v) {
		size_t o2 = path_index(c, i);
		if (!json_is_string(v))
			msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een tekst, maar vond %s", type_name(v));
		else if ((out->items[out->n] = str_value(c, v)) != NULL)
			out->n++;
		path_pop(c, o2);
	}
	path_pop(c, old);
}

static void get_period(struct jctx *c, json_t *obj, const char *key, int required,
                       struct period *p)
{
	const char *s = get_str(c, obj, key, required);
	size_t old;
	if (s == NULL)
		return;
	if (nl_parse_period(s, p) != 0) {
		old = path_key(c, key);
		msg_path(D_DATE, c->file, jp(c),
		         "periode \"%s\" is ongeldig; schrijf een jaar (2022), kwartaal (2022-Q1) of maand (2022-03)",
		         s);
		path_pop(c, old);
		memset(p, 0, sizeof(*p));
	}
}

static void load_rapport(struct jctx *c, json_t *root)
{
	static const char *const keys[] = {"soort", "titel", "periode", "datum", "kenmerk",
	                                   "gemeente", "organisatie", "opgavemanager", NULL};
	json_t *o = get_object(c, root, "rapport", 1);
	struct report_meta *m = &c->r->meta;
	size_t old = path_key(c, "rapport");
	const char *datum;
	int kind;

	if (o != NULL) {
		check_keys(c, o, keys);
		kind = get_enum(c, o, "soort", report_kind_name, KIND_MAX, 0, 1);
		m->kind = kind < 0 ? KIND_VOORTGANGSRAPPORTAGE : (enum report_kind)kind;
		m->titel = get_str(c, o, "titel", 1);
		get_period(c, o, "periode", 1, &m->periode);
		datum = get_str(c, o, "datum", 1);
		if (datum != NULL && nl_parse_date(datum, &m->datum) != 0) {
			size_t o2 = path_key(c, "datum");
			msg_path(D_DATE, c->file, jp(c),
			         "datum \"%s\" is ongeldig; schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2022-02-16",
			         datum);
			path_pop(c, o2);
		}
		m->kenmerk = get_str(c, o, "kenmerk", 0);
		m->gemeente = get_str(c, o, "gemeente", 0);
		m->organisatie = get_str(c, o, "organisatie", 0);
		m->opgavemanager = get_str(c, o, "opgavemanager", 0);
	}
	path_pop(c, old);
}

static void load_opgave(struct jctx *c, json_t *root)
{
	static const char *const keys[] = {"naam", "strategische_doelstelling", "ambitie", "fase",
	                                   NULL};
	json_t *o = get_object(c, root, "opgave", 1);
	size_t old = path_key(c, "opgave");
	int fase;
	if (o != NULL) {
		check_keys(c, o, keys);
		c->r->opgave.naam = get_str(c, o, "naam", 1);
		c->r->opgave.strategische_doelstelling = get_str(c, o, "strategische_doelstelling", 0);
		get_md(c, o, "ambitie", &c->r->opgave.ambitie);
		fase = get_enum(c, o, "fase", phase_name, PHASE_MAX, 1, 0);
		c->r->opgave.fase = fase < 0 ? PHASE_NONE : (enum phase)fase;
	}
	path_pop(c, old);
}

/* Reads an array of figures into n values; reports a length mismatch. */
static struct value *get_value_row(struct jctx *c, json_t *obj, const char *key, size_t n,
                                   int required)
{
	json_t *arr = get_array(c, obj, key, required), *v;
	struct value *row;
	size_t i, old;
	if (arr == NULL)
		return NULL;
	old = path_key(c, key);
	if (json_array_size(arr) != n) {
		msg_path(D_JSON_TYPE, c->file, jp(c),
		         "lijst heeft %zu waarden, maar er zijn %zu jaren; geef per jaar precies een waarde (null als onbekend)",
		         json_array_size(arr), n);
		path_pop(c, old);
		return NULL;
	}
	row = arena_array(c->a, n, sizeof(*row));
	json_array_foreach(arr, i, v) {
		size_t o2 = path_index(c, i);
		read_value(c, v, &row[i]);
		path_pop(c, o2);
	}
	path_pop(c, old);
	return row;
}

static void load_middelen(struct jctx *c, json_t *kaders)
{
	static const char *const keys[] = {"eenheid", "jaren", "posten", "totaal", "toelichting",
	                                   NULL};
	static const char *const post_keys[] = {"naam", "begroot", "besteed", "eenmalig", NULL};
	struct middelen *m = &c->r->middelen;
	json_t *o = get_object(c, kaders, "middelen", 0), *jaren, *posten, *v;
	size_t old, i;

	if (o == NULL)
		return;
	old = path_key(c, "middelen");
	m->present = 1;
	check_keys(c, o, keys);
	m->eenheid = get_str(c, o, "eenheid", 0);
	get_md(c, o, "toelichting", &m->toelichting);
	jaren = get_array(c, o, "jaren", 0);
	if (jaren != NULL && json_array_size(jaren) > 50) {
		msg_path(D_JSON_LIMIT, c->file, jp(c), "meer dan 50 jaren; splits de tabel");
		jaren = NULL;
	}
	if (jaren != NULL) {
		size_t o2 = path_key(c, "jaren");
		m->jaren = arena_array(c->a, json_array_size(jaren), sizeof(int));
		json_array_foreach(jaren, i, v) {
			size_t o3 = path_index(c, i);
			if (!json_is_integer(v) || json_integer_value(v) < 1900 || json_integer_value(v) > 2999)
				msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een jaartal zoals 2022");
			else
				m->jaren[m->njaren++] = (int)json_integer_value(v);
			path_pop(c, o3);
		}
		path_pop(c, o2);
	}
	m->totaal = get_value_row(c, o, "totaal", m->njaren, 0);
	if (m->njaren == 0 && json_array_size(json_object_get(o, "posten")) > 0) {
		msg_path(D_JSON_MISSING, c->file, jp(c),
		         "er zijn posten maar geen jaren; geef \"jaren\", bijvoorbeeld [2021, 2022]");
		path_pop(c, old);
		return;
	}
	posten = get_array(c, o, "posten", 0);
	if (posten != NULL) {
		size_t o2 = path_key(c, "posten");
		m->posten = arena_array(c->a, json_array_size(posten), sizeof(*m->posten));
		json_array_foreach(posten, i, v) {
			size_t o3 = path_index(c, i);
			struct middelen_post *p = &m->posten[m->nposten];
			if (!json_is_object(v)) {
				msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een object, maar vond %s", type_name(v));
			} else {
				json_t *e = json_object_get(v, "eenmalig");
				check_keys(c, v, post_keys);
				p->naam = get_str(c, v, "naam", 1);
				p->begroot = get_value_row(c, v, "begroot", m->njaren, 1);
				p->besteed = get_value_row(c, v, "besteed", m->njaren, 0);
				p->eenmalig = json_is_true(e);
				if (e != NULL && !json_is_boolean(e)) {
					size_t o4 = path_key(c, "eenmalig");
					msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht true of false");
					path_pop(c, o4);
				}
				if (p->naam != NULL && p->begroot != NULL)
					m->nposten++;
			}
			path_pop(c, o3);
		}
		path_pop(c, o2);
	}
	path_pop(c, old);
}

static void load_partners(struct jctx *c, json_t *kaders)
{
	static const char *const keys[] = {"naam", "rol", "afspraak", "bedrag", NULL};
	json_t *arr = get_array(c, kaders, "netwerkpartners", 0), *v;
	size_t i, old;
	if (arr == NULL)
		return;
	old = path_key(c, "netwerkpartners");
	c->r->partners = arena_array(c->a, json_array_size(arr), sizeof(struct netwerkpartner));
	json_array_foreach(arr, i, v) {
		size_t o2 = path_index(c, i);
		struct netwerkpartner *p = &c->r->partners[c->r->npartners];
		static const char *const kinds[] = {"subsidiebeschikking", "contract", "convenant", "geen"};
		int k;
		if (!json_is_object(v)) {
			msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een object, maar vond %s", type_name(v));
		} else {
			check_keys(c, v, keys);
			p->naam = get_str(c, v, "naam", 1);
			p->rol = get_str(c, v, "rol", 0);
			k = get_enum(c, v, "afspraak", kinds, 4, 0, 0);
			p->afspraak = k >= 0 ? kinds[k] : NULL;
			get_value(c, v, "bedrag", &p->bedrag);
			if (p->naam != NULL)
				c->r->npartners++;
		}
		path_pop(c, o2);
	}
	path_pop(c, old);
}

static void load_prestaties(struct jctx *c, json_t *kaders)
{
	static const char *const keys[] = {"omschrijving", "eenheid", "afgesproken", "gerealiseerd",
	                                   NULL};
	json_t *arr = get_array(c, kaders, "prestaties", 0), *v;
	size_t i, old;
	if (arr == NULL)
		return;
	old = path_key(c, "prestaties");
	c->r->prestaties = arena_array(c->a, json_array_size(arr), sizeof(struct prestatie));
	json_array_foreach(arr, i, v) {
		size_t o2 = path_index(c, i);
		struct prestatie *p = &c->r->prestaties[c->r->nprestaties];
		if (!json_is_object(v)) {
			msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een object, maar vond %s", type_name(v));
		} else {
			check_keys(c, v, keys);
			p->omschrijving = get_str(c, v, "omschrijving", 1);
			p->eenheid = get_str(c, v, "eenheid", 0);
			get_value(c, v, "afgesproken", &p->afgesproken);
			get_value(c, v, "gerealiseerd", &p->gerealiseerd);
			if (p->omschrijving != NULL)
				c->r->nprestaties++;
		}
		path_pop(c, o2);
	}
	path_pop(c, old);
}

static void load_datapoint(struct jctx *c, json_t *v, struct datapoint *d)
{
	static const char *const keys[] = {"periode", "waarde", NULL};
	if (!json_is_object(v)) {
		msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een object {\"periode\": ..., \"waarde\": ...}");
		return;
	}
	check_keys(c, v, keys);
	get_period(c, v, "periode", 1, &d->periode);
	get_value(c, v, "waarde", &d->waarde);
	if (d->waarde.kind == VAL_ABSENT) {
		size_t old = path_key(c, "waarde");
		msg_path(D_JSON_MISSING, c->file, jp(c),
		         "waarde ontbreekt; geef een getal, of null als de waarde onbekend is");
		path_pop(c, old);
	}
}

static void load_indicator(struct jctx *c, json_t *v, struct indicator *ind)
{
	static const char *const keys[] = {"naam", "eenheid", "bron", "definitie", "richting", "reeks",
	                                   "basis", "streefwaarde", "streefjaar", "streefband", NULL};
	json_t *reeks, *basis, *band, *jaar, *p;
	size_t i;
	int dir;

	check_keys(c, v, keys);
	ind->naam = get_str(c, v, "naam", 1);
	ind->eenheid = get_str(c, v, "eenheid", 0);
	ind->bron = get_str(c, v, "bron", 0);
	ind->definitie = get_str(c, v, "definitie", 0);
	dir = get_enum(c, v, "richting", direction_key, DIR_MAX, 1, 0);
	ind->richting = dir < 0 ? DIR_NONE : (enum direction)dir;
	reeks = get_array(c, v, "reeks", 0);
	if (reeks != NULL) {
		size_t old = path_key(c, "reeks");
		ind->reeks = arena_array(c->a, json_array_size(reeks), sizeof(struct datapoint));
		json_array_foreach(reeks, i, p) {
			size_t o2 = path_index(c, i);
			load_datapoint(c, p, &ind->reeks[ind->nreeks++]);
			path_pop(c, o2);
		}
		path_pop(c, old);
	}
	basis = get_object(c, v, "basis", 0);
	if (basis != NULL) {
		size_t old = path_key(c, "basis");
		load_datapoint(c, basis, &ind->basis);
		path_pop(c, old);
	}
	get_value(c, v, "streefwaarde", &ind->streefwaarde);
	jaar = get_typed(c, v, "streefjaar", JSON_INTEGER, "een jaartal zoals 2030", 0);
	if (jaar != NULL)
		ind->streefjaar = (int)json_integer_value(jaar);
	band = get_array(c, v, "streefband", 0);
	if (band != NULL) {
		size_t old = path_key(c, "streefband");
		if (json_array_size(band) != 2) {
			msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht twee getallen [ondergrens, bovengrens]");
		} else {
			read_value(c, json_array_get(band, 0), &ind->band_laag);
			read_value(c, json_array_get(band, 1), &ind->band_hoog);
		}
		path_pop(c, old);
	}
}

static void load_indicatoren(struct jctx *c, json_t *data)
{
	json_t *arr = get_array(c, data, "indicatoren", 0), *v;
	size_t i, old;
	if (arr == NULL)
		return;
	old = path_key(c, "indicatoren");
	c->r->indicatoren = arena_array(c->a, json_array_size(arr), sizeof(struct indicator));
	json_array_foreach(arr, i, v) {
		size_t o2 = path_index(c, i);
		if (!json_is_object(v))
			msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een object, maar vond %s", type_name(v));
		else
			load_indicator(c, v, &c->r->indicatoren[c->r->nindicatoren++]);
		path_pop(c, o2);
	}
	path_pop(c, old);
}

/* Opens a quadrant object; returns it (NULL when absent) with the path set. */
static json_t *open_quadrant(struct jctx *c, json_t *root, enum quadrant q,
                             const char *const *keys, size_t *old)
{
	json_t *o = get_object(c, root, quadrant_key[q], 0);
	*old = path_key(c, quadrant_key[q]);
	if (o != NULL) {
		c->r->q[q].present = 1;
		check_keys(c, o, keys);
		get_md(c, o, "tekst", &c->r->q[q].tekst);
	}
	return o;
}

static void load_quadrants(struct jctx *c, json_t *root)
{
	static const char *const k_gw[] = {"leidende_principes", "tekst", NULL};
	static const char *const k_kr[] = {"middelen", "netwerkpartners", "prestaties", "tekst", NULL};
	static const char *const k_di[] = {"indicatoren", "monitoring", "tekst", NULL};
	static const char *const k_lv[] = {"tekst", "bijsturing", NULL};
	static const char *const k_bs[] = {"inzetten", "versterken", "afbouwen", NULL};
	json_t *o, *b;
	size_t old;

	if ((o = open_quadrant(c, root, Q_GEDEELDE_WAARDEN, k_gw, &old)) != NULL)
		get_strlist(c, o, "leidende_principes", &c->r->leidende_principes);
	path_pop(c, old);
	if ((o = open_quadrant(c, root, Q_KADERS, k_kr, &old)) != NULL) {
		load_middelen(c, o);
		load_partners(c, o);
		load_prestaties(c, o);
	}
	path_pop(c, old);
	if ((o = open_quadrant(c, root, Q_DATA, k_di, &old)) != NULL) {
		load_indicatoren(c, o);
		get_md(c, o, "monitoring", &c->r->monitoring);
	}
	path_pop(c, old);
	if ((o = open_quadrant(c, root, Q_LEREN, k_lv, &old)) != NULL &&
	    (b = get_object(c, o, "bijsturing", 0)) != NULL) {
		size_t o2 = path_key(c, "bijsturing");
		check_keys(c, b, k_bs);
		get_strlist(c, b, "inzetten", &c->r->bijsturing.inzetten);
		get_strlist(c, b, "versterken", &c->r->bijsturing.versterken);
		get_strlist(c, b, "afbouwen", &c->r->bijsturing.afbouwen);
		path_pop(c, o2);
	}
	path_pop(c, old);
}

static void load_ongelijk(struct jctx *c, json_t *root)
{
	static const char *const keys[] = {"perspectieven", "waar", "wie", "tekst", "analyse", "doel",
	                                   "beleidstheorie", "monitoring", NULL};
	struct ongelijk *og = &c->r->ongelijk;
	json_t *o = get_object(c, root, "ongelijk_investeren", 0), *arr, *v;
	size_t old = path_key(c, "ongelijk_investeren"), i;
	int s;

	if (o != NULL) {
		og->present = 1;
		check_keys(c, o, keys);
		arr = get_array(c, o, "perspectieven", 0);
		if (arr != NULL) {
			size_t o2 = path_key(c, "perspectieven");
			json_array_foreach(arr, i, v) {
				size_t o3 = path_index(c, i);
				int p, found = 0;
				for (p = 0; p < PERSP_MAX; p++)
					if (json_is_string(v) && strcmp(json_string_value(v), perspective_key[p]) == 0)
						og->perspectief[p] = found = 1;
				if (!found)
					msg_path(D_JSON_ENUM, c->file, jp(c),
					         "onbekend perspectief; kies uit \"basis\", \"herverdelen\", \"eerlijke_kans\"");
				path_pop(c, o3);
			}
			path_pop(c, o2);
		}
		get_strlist(c, o, "waar", &og->waar);
		get_strlist(c, o, "wie", &og->wie);
		get_md(c, o, "tekst", &og->tekst);
		for (s = 0; s < STEP_MAX; s++)
			get_md(c, o, step_key[s], &og->stap[s]);
	}
	path_pop(c, old);
}

static void load_bijlagen(struct jctx *c, json_t *root)
{
	static const char *const keys[] = {"titel", "tekst", NULL};
	json_t *arr = get_array(c, root, "bijlagen", 0), *v;
	size_t i, old;
	if (arr == NULL)
		return;
	old = path_key(c, "bijlagen");
	c->r->bijlagen = arena_array(c->a, json_array_size(arr), sizeof(struct bijlage));
	json_array_foreach(arr, i, v) {
		size_t o2 = path_index(c, i);
		struct bijlage *b = &c->r->bijlagen[c->r->nbijlagen];
		if (!json_is_object(v)) {
			msg_path(D_JSON_TYPE, c->file, jp(c), "verwacht een object, maar vond %s", type_name(v));
		} else {
			check_keys(c, v, keys);
			b->titel = get_str(c, v, "titel", 1);
			get_md(c, v, "tekst", &b->tekst);
			if (b->titel != NULL)
				c->r->nbijlagen++;
		}
		path_pop(c, o2);
	}
	path_pop(c, old);
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
static json_t *parse_json(const char *path, const char *data, size_t len)
{
	json_error_t err;
	json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &err);
	const char *nl;

	if (root == NULL) {
		nl = json_error_nl(&err);
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

struct report *report_load(const char *path)
{
	size_t len;
	char *data = files_read(path, path, &len);
	struct report *r;
	if (data == NULL)
		return NULL;
	r = report_load_buffer(path, data, len);
	free(data);
	return r;
}

struct report *report_load_buffer(const char *path, const char *data, size_t len)
{
	json_set_alloc_funcs(xmalloc, free); /* one allocation-failure path for all */
	static const char *const keys[] = {"rapport", "opgave", "samenvatting", "gedeelde_waarden",
	                                   "kaders_en_randvoorwaarden", "data_en_informatie",
	                                   "leren_en_verbeteren", "ongelijk_investeren", "bijlagen",
	                                   "$schema", NULL};
	json_t *root = parse_json(path, data, len);
	struct jctx c;

	if (root == NULL)
		return NULL;
	memset(&c, 0, sizeof c);
	c.r = report_new(path);
	c.a = c.r->arena;
	c.file = c.r->source;
	index_written(&c, root, data, len);
	buf_puts(&c.path, "$");
	check_keys(&c, root, keys);
	load_rapport(&c, root);
	load_opgave(&c, root);
	get_md(&c, root, "samenvatting", &c.r->samenvatting);
	load_quadrants(&c, root);
	load_ongelijk(&c, root);
	load_bijlagen(&c, root);
	buf_free(&c.path);
	free(c.written);
	json_decref(root);
	return c.r;
}
