#include "xlsx.h"

#include <ctype.h>
#include <libxml/tree.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../model/report.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "files.h"
#include "json_read.h"
#include "ooxml.h"
#include "zipread.h"

enum cell_kind { CELL_EMPTY, CELL_NUM, CELL_TEXT, CELL_BOOL, CELL_ERR };

/* One cell as Excel stored it. */
struct cell {
	unsigned row, col; /* 1-based */
	enum cell_kind kind;
	const char
	    *text;   /* text, the number as stored ("12.5"), TRUE/FALSE, or the error (#DIV/0!) */
	double num;  /* CELL_NUM, CELL_BOOL */
	int percent; /* shown as a percentage: Excel stores 8% as 0.08 */
};

/* A worksheet's cells in the order of the file (row by row). */
struct sheet {
	const char *name;
	struct cell *cells;
	size_t n, cap;
};

struct xl {
	struct arena *a;
	const char *shown;
	const char **strings; /* sharedStrings.xml */
	size_t nstrings;
	unsigned char *pct_xf; /* per cell style (xf): 1 when its number format is a percentage */
	size_t nxf;
	struct diag_origin *orig;
	size_t norig, corig;
	int errors;
	int suggestions; /* "bedoelt u" asked so far: each costs a search over every name */
};

/* ---- messages ---- */

static void cell_name(char *out, size_t sz, unsigned row, unsigned col)
{
	char letters[8];
	int n = 0;
	for (unsigned c = col; c > 0 && n < 7; c = (c - 1) / 26)
		letters[n++] = (char)('A' + (c - 1) % 26);
	for (int i = 0; i < n / 2; i++) {
		char t = letters[i];
		letters[i] = letters[n - 1 - i];
		letters[n - 1 - i] = t;
	}
	letters[n] = '\0';
	snprintf(out, sz, "%s%u", letters, row);
}

/* "blad Middelen, cel B7" in the arena. */
static const char *where(struct xl *x, const struct sheet *s, unsigned row, unsigned col)
{
	char ref[24];
	if (col == 0)
		return arena_printf(x->a, "blad %s, rij %u", s->name, row);
	cell_name(ref, sizeof ref, row, col);
	return arena_printf(x->a, "blad %s, cel %s", s->name, ref);
}

static void cell_error(struct xl *x, const struct sheet *s, const struct cell *c, const char *fmt,
                       const char *arg)
{
	char text[400];
	snprintf(text, sizeof text, fmt, arg);
	msg_path(D_XLSX, x->shown, where(x, s, c->row, c->col), "%s", text);
	x->errors++;
}

static void origin(struct xl *x, const char *path, const char *at)
{
	x->orig = xgrow(x->orig, &x->corig, x->norig + 1, sizeof *x->orig);
	x->orig[x->norig].path = arena_strdup(x->a, path);
	x->orig[x->norig].where = arena_printf(x->a, "%s, %s", x->shown, at);
	x->norig++;
}

/* ---- reading the parts ---- */

/* The text of a shared string or inline string: its <t> elements, also
 * inside rich-text runs, without the phonetic guides (rPh). */
static void gather_text(const xmlNode *n, struct buf *out, int depth)
{
	for (const xmlNode *c = n->children; c != NULL && depth < 8; c = c->next) {
		if (ooxml_is(c, "t")) {
			for (const xmlNode *t = c->children; t != NULL; t = t->next)
				if (t->type == XML_TEXT_NODE && t->content != NULL)
					buf_puts(out, (const char *)t->content);
		} else if (ooxml_is(c, "r")) {
			gather_text(c, out, depth + 1);
		}
	}
}

static void read_strings(struct xl *x, const xmlNode *sst)
{
	size_t n = 0, k = 0;
	for (const xmlNode *si = sst->children; si != NULL; si = si->next)
		n += ooxml_is(si, "si");
	x->strings = arena_array(x->a, n, sizeof(char *));
	for (const xmlNode *si = sst->children; si != NULL; si = si->next) {
		struct buf b = {0};
		if (!ooxml_is(si, "si"))
			continue;
		gather_text(si, &b, 0);
		x->strings[k++] = arena_strdup(x->a, buf_str(&b));
		buf_free(&b);
	}
	x->nstrings = k;
}

/* Number formats that show a percentage: the built-in 9 and 10, and any
 * own format with a % outside quotes. */
static int format_is_percent(const xmlNode *numfmts, int id)
{
	if (id == 9 || id == 10)
		return 1;
	for (const xmlNode *f = numfmts != NULL ? numfmts->children : NULL; f != NULL;
	     f = f->next) {
		const char *code = ooxml_attr(f, "formatCode"), *fid = ooxml_attr(f, "numFmtId");
		int quoted = 0;
		if (!ooxml_is(f, "numFmt") || code == NULL || fid == NULL || atoi(fid) != id)
			continue;
		for (const char *p = code; *p; p++) {
			quoted ^= *p == '"';
			if (*p == '%' && !quoted)
				return 1;
		}
	}
	return 0;
}

static void read_styles(struct xl *x, const xmlNode *root)
{
	const xmlNode *numfmts = ooxml_child(root, "numFmts"), *xfs = ooxml_child(root, "cellXfs");
	size_t n = 0, k = 0;
	for (const xmlNode *xf = xfs != NULL ? xfs->children : NULL; xf != NULL; xf = xf->next)
		n += ooxml_is(xf, "xf");
	x->pct_xf = arena_alloc(x->a, n + 1);
	for (const xmlNode *xf = xfs != NULL ? xfs->children : NULL; xf != NULL; xf = xf->next) {
		const char *id = ooxml_attr(xf, "numFmtId");
		if (!ooxml_is(xf, "xf"))
			continue;
		x->pct_xf[k++] = id != NULL && format_is_percent(numfmts, atoi(id));
	}
	x->nxf = k;
}

/* "B7" into row 7, column 2; 0 when it is no cell reference. */
static int parse_ref(const char *r, unsigned *row, unsigned *col)
{
	unsigned long c = 0, w = 0;
	const char *p = r;
	for (; *p >= 'A' && *p <= 'Z' && c <= 16384; p++)
		c = c * 26 + (unsigned long)(*p - 'A' + 1);
	for (; *p >= '0' && *p <= '9' && w <= 1048576; p++)
		w = w * 10 + (unsigned long)(*p - '0');
	if (*p != '\0' || c == 0 || c > 16384 || w == 0 || w > 1048576)
		return 0;
	*row = (unsigned)w;
	*col = (unsigned)c;
	return 1;
}

static const char *node_text(const xmlNode *n)
{
	for (const xmlNode *t = n != NULL ? n->children : NULL; t != NULL; t = t->next)
		if (t->type == XML_TEXT_NODE && t->content != NULL)
			return (const char *)t->content;
	return NULL;
}

/* One <c> element into a cell; 0 when it holds nothing. */
static int read_cell(struct xl *x, const xmlNode *c, struct cell *out)
{
	const char *t = ooxml_attr(c, "t"), *v = node_text(ooxml_child(c, "v")),
	           *s = ooxml_attr(c, "s");
	out->kind = CELL_EMPTY;
	out->percent = s != NULL && (size_t)atoi(s) < x->nxf && x->pct_xf[atoi(s)];
	if (t != NULL && strcmp(t, "inlineStr") == 0) {
		struct buf b = {0};
		const xmlNode *is = ooxml_child(c, "is");
		if (is != NULL)
			gather_text(is, &b, 0);
		out->kind = CELL_TEXT;
		out->text = arena_strdup(x->a, buf_str(&b));
		buf_free(&b);
	} else if (v == NULL) {
		return 0;
	} else if (t != NULL && strcmp(t, "s") == 0) {
		char *end;
		unsigned long i = strtoul(v, &end, 10);
		if (*end != '\0' || i >= x->nstrings)
			return -1;
		out->kind = CELL_TEXT;
		out->text = x->strings[i];
	} else if (t != NULL && (strcmp(t, "str") == 0 || strcmp(t, "d") == 0)) {
		out->kind = CELL_TEXT;
		out->text = arena_strdup(x->a, v);
	} else if (t != NULL && strcmp(t, "b") == 0) {
		out->kind = CELL_BOOL;
		out->num = strcmp(v, "1") == 0;
		out->text = out->num ? "WAAR" : "ONWAAR";
	} else if (t != NULL && strcmp(t, "e") == 0) {
		out->kind = CELL_ERR;
		out->text = arena_strdup(x->a, v);
	} else {
		char *end;
		out->num = strtod(v, &end);
		if (*end != '\0' || end == v || !isfinite(out->num))
			return -1;
		out->kind = CELL_NUM;
		out->text = arena_strdup(x->a, v);
	}
	if (out->kind == CELL_TEXT) {
		const char *p = out->text;
		while (*p == ' ')
			p++;
		if (*p == '\0')
			out->kind = CELL_EMPTY;
	}
	return out->kind != CELL_EMPTY;
}

static int read_sheet(struct xl *x, struct sheet *s, const xmlNode *ws)
{
	const xmlNode *data = ooxml_child(ws, "sheetData");
	unsigned next_row = 1;
	for (const xmlNode *r = data != NULL ? data->children : NULL; r != NULL; r = r->next) {
		const char *rr = ooxml_attr(r, "r");
		unsigned row = rr != NULL ? (unsigned)strtoul(rr, NULL, 10) : next_row, col = 0;
		if (!ooxml_is(r, "row"))
			continue;
		if (row == 0 || row > XLSX_MAX_ROWS + 1) {
			msg_path(D_XLSX, x->shown, arena_printf(x->a, "blad %s", s->name),
			         "het blad heeft meer dan %d rijen onder de kopregel; splits de "
			         "gegevens",
			         XLSX_MAX_ROWS);
			return -1;
		}
		next_row = row + 1;
		for (const xmlNode *c = r->children; c != NULL; c = c->next) {
			const char *ref = ooxml_attr(c, "r");
			struct cell cell = {0};
			int rc;
			if (!ooxml_is(c, "c"))
				continue;
			col++;
			if (ref != NULL && (!parse_ref(ref, &cell.row, &col) || cell.row != row)) {
				msg_path(D_XLSX, x->shown,
				         arena_printf(x->a, "blad %s, rij %u", s->name, row),
				         "ongeldige celverwijzing \"%s\"; sla de werkmap opnieuw "
				         "op in Excel",
				         ref);
				return -1;
			}
			cell.row = row;
			cell.col = col;
			if (col > XLSX_MAX_COLS) {
				msg_path(D_XLSX, x->shown, where(x, s, row, col),
				         "het blad heeft meer dan %d kolommen; haal de lege of "
				         "overbodige kolommen weg",
				         XLSX_MAX_COLS);
				return -1;
			}
			rc = read_cell(x, c, &cell);
			if (rc < 0) {
				msg_path(D_XLSX, x->shown, where(x, s, row, col),
				         "de cel is beschadigd (onbekende tekst of geen getal); "
				         "sla de werkmap opnieuw op in Excel");
				return -1;
			}
			if (rc > 0) {
				s->cells = xgrow(s->cells, &s->cap, s->n + 1, sizeof *s->cells);
				s->cells[s->n++] = cell;
			}
		}
	}
	return 0;
}

/* ---- cells as JSON values ---- */

/* True when text looks like a figure typed as text: digits with Dutch
 * separators, a euro sign, a percent sign. */
static int looks_numeric(const char *t)
{
	int digit = 0;
	for (const char *p = t; *p; p++) {
		if (isdigit((unsigned char)*p))
			digit = 1;
		else if (!strchr(" .,-+%\xE2\x82\xAC\xC2\xA0", *p))
			return 0;
	}
	return digit;
}

/* A figure: a number, "n.t.b." (unknown) or empty/"-" (NULL: absent). */
static json_t *cell_value(struct xl *x, const struct sheet *s, const struct cell *c)
{
	if (c == NULL || c->kind == CELL_EMPTY)
		return NULL;
	if (c->kind == CELL_NUM) {
		if (c->percent) {
			char shown[64];
			snprintf(shown, sizeof shown, "%g", c->num * 100);
			cell_error(x, s, c,
			           "de cel is opgemaakt als percentage, dus bewaart Excel %s%% als "
			           "een honderdste; zet de cel op "
			           "opmaak Getal en typ het getal zelf (de eenheid %% staat bij de "
			           "indicator)",
			           shown);
			return NULL;
		}
		if (c->num == floor(c->num) && fabs(c->num) < 9e15 && !strpbrk(c->text, ".eE"))
			return json_integer((json_int_t)c->num);
		return json_real(c->num);
	}
	if (c->kind == CELL_TEXT) {
		if (strcasecmp(c->text, "n.t.b.") == 0 || strcasecmp(c->text, "n.t.b") == 0 ||
		    strcasecmp(c->text, "ntb") == 0)
			return json_string("n.t.b.");
		if (strcmp(c->text, "-") == 0 || strcmp(c->text, "\xE2\x80\x93") == 0)
			return NULL;
		if (looks_numeric(c->text))
			cell_error(
			    x, s, c,
			    "\"%s\" staat als tekst in de cel; typ alleen het getal (1040 of 12,5, "
			    "zonder \xE2\x82\xAC, "
			    "%%-teken of punt voor de duizendtallen) in een cel met opmaak Getal",
			    c->text);
		else
			cell_error(x, s, c,
			           "verwacht een getal, \"n.t.b.\" of een lege cel, maar vond de "
			           "tekst \"%s\"",
			           c->text);
		return NULL;
	}
	if (c->kind == CELL_ERR)
		cell_error(x, s, c,
		           "de cel bevat de Excel-fout %s; verbeter de formule of typ de waarde",
		           c->text);
	else
		cell_error(x, s, c, "verwacht een getal, maar vond %s", c->text);
	return NULL;
}

/* Text: a text cell, or a number as Excel stored it (a year, an id). */
static json_t *cell_text(struct xl *x, const struct sheet *s, const struct cell *c)
{
	if (c == NULL || c->kind == CELL_EMPTY)
		return NULL;
	if (c->kind == CELL_TEXT || c->kind == CELL_NUM)
		return json_string(c->text);
	if (c->kind == CELL_ERR)
		cell_error(x, s, c, "de cel bevat de Excel-fout %s; typ de tekst zelf", c->text);
	else
		cell_error(x, s, c, "verwacht een tekst, maar vond %s", c->text);
	return NULL;
}

static json_t *cell_bool(struct xl *x, const struct sheet *s, const struct cell *c)
{
	static const char *const yes[] = {"ja", "j", "waar", "true", "x"}, *const no[] = {
	                                                                       "nee", "n", "onwaar",
	                                                                       "false"};
	if (c == NULL || c->kind == CELL_EMPTY)
		return NULL;
	if (c->kind == CELL_BOOL || (c->kind == CELL_NUM && (c->num == 0 || c->num == 1)))
		return json_boolean(c->num != 0);
	for (size_t i = 0; c->kind == CELL_TEXT && i < 5; i++)
		if (strcasecmp(c->text, yes[i]) == 0)
			return json_true();
	for (size_t i = 0; c->kind == CELL_TEXT && i < 4; i++)
		if (strcasecmp(c->text, no[i]) == 0)
			return json_false();
	cell_error(x, s, c, "verwacht ja of nee, maar vond \"%s\"", c->text);
	return NULL;
}

static json_t *cell_int(struct xl *x, const struct sheet *s, const struct cell *c)
{
	if (c == NULL || c->kind == CELL_EMPTY)
		return NULL;
	if (c->kind == CELL_NUM && c->num == floor(c->num) && fabs(c->num) < 1e9 && !c->percent)
		return json_integer((json_int_t)c->num);
	if (c->kind == CELL_TEXT && strlen(c->text) == 4 && strspn(c->text, "0123456789") == 4)
		return json_integer(atoi(c->text)); /* a year typed in a text cell */
	cell_error(x, s, c, "verwacht een jaartal zoals 2030, maar vond \"%s\"", c->text);
	return NULL;
}

/* A choice as the JSON spells it: lower case, spaces as underscores
 * ("Hoger is beter" is hoger_is_beter). The loader checks the list. */
static json_t *cell_choice(struct xl *x, const struct sheet *s, const struct cell *c)
{
	char *t;
	if (c == NULL || c->kind == CELL_EMPTY)
		return NULL;
	if (c->kind != CELL_TEXT) {
		cell_error(x, s, c, "verwacht een keuze als tekst, maar vond \"%s\"", c->text);
		return NULL;
	}
	t = arena_strdup(x->a, c->text);
	for (char *p = t; *p; p++)
		*p = *p == ' ' ? '_' : (char)tolower((unsigned char)*p);
	return json_string(t);
}

/* ---- sheets ---- */

enum col_type {
	T_TEXT,
	T_VALUE,
	T_BOOL,
	T_INT,
	T_CHOICE,
	T_BASIS_PERIOD,
	T_BASIS_VALUE,
	T_BAND_LOW,
	T_BAND_HIGH
};

struct colspec {
	const char *header; /* as typed in row 1, compared without case */
	const char *key;    /* the JSON key */
	enum col_type type;
};

static const struct colspec partner_cols[] = {{"naam", "naam", T_TEXT},
                                              {"rol", "rol", T_TEXT},
                                              {"afspraak", "afspraak", T_CHOICE},
                                              {"bedrag", "bedrag", T_VALUE},
                                              {NULL, NULL, T_TEXT}};
static const struct colspec prestatie_cols[] = {{"id", "id", T_TEXT},
                                                {"omschrijving", "omschrijving", T_TEXT},
                                                {"eenheid", "eenheid", T_TEXT},
                                                {"afgesproken", "afgesproken", T_VALUE},
                                                {"gerealiseerd", "gerealiseerd", T_VALUE},
                                                {"kosten", "kosten", T_VALUE},
                                                {NULL, NULL, T_TEXT}};
static const struct colspec indicator_cols[] = {{"id", "id", T_TEXT},
                                                {"naam", "naam", T_TEXT},
                                                {"eenheid", "eenheid", T_TEXT},
                                                {"bron", "bron", T_TEXT},
                                                {"definitie", "definitie", T_TEXT},
                                                {"richting", "richting", T_CHOICE},
                                                {"grafiek", "grafiek", T_CHOICE},
                                                {"basisperiode", "basis", T_BASIS_PERIOD},
                                                {"basiswaarde", "basis", T_BASIS_VALUE},
                                                {"streefwaarde", "streefwaarde", T_VALUE},
                                                {"streefjaar", "streefjaar", T_INT},
                                                {"streefband van", "streefband", T_BAND_LOW},
                                                {"streefband tot", "streefband", T_BAND_HIGH},
                                                {NULL, NULL, T_TEXT}};

/* A header as compared: lower case, single spaces, trimmed. */
static void norm(char *out, size_t sz, const char *in)
{
	size_t o = 0;
	int space = 0;
	for (const char *p = in; *p && o + 1 < sz; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n') {
			space = o > 0;
			continue;
		}
		if (space && o + 2 < sz)
			out[o++] = ' ';
		space = 0;
		out[o++] = (char)tolower((unsigned char)*p);
	}
	out[o] = '\0';
}

/* The header row: the first row with a cell. Fills col_of[column] with
 * the index into `specs` (or -1); unknown headers warn. Returns the
 * header's row, 0 when the sheet is empty. */
static unsigned header(struct xl *x, const struct sheet *s, const struct colspec *specs,
                       int *col_of)
{
	unsigned row = s->n ? s->cells[0].row : 0;
	for (size_t i = 0; i <= XLSX_MAX_COLS; i++)
		col_of[i] = -1;
	for (size_t i = 0; i < s->n && s->cells[i].row == row; i++) {
		const struct cell *c = &s->cells[i];
		char h[64];
		int k;
		norm(h, sizeof h, c->kind == CELL_TEXT || c->kind == CELL_NUM ? c->text : "");
		for (k = 0; specs[k].header != NULL && strcmp(specs[k].header, h) != 0; k++)
			;
		if (specs[k].header != NULL) {
			col_of[c->col] = k;
		} else {
			struct buf known = {0};
			const char *names[24], *near;
			int j;
			for (j = 0; specs[j].header != NULL && j < 23; j++) {
				buf_printf(&known, "%s%c%s", j ? ", " : "", toupper((unsigned char)specs[j].header[0]),
				           specs[j].header + 1); /* as typed in the header row: Naam */
				names[j] = specs[j].header;
			}
			names[j] = NULL;
			near = jr_nearest(h, names);
			if (near != NULL)
				buf_printf(&known, "; bedoelt u \"%c%s\"?", toupper((unsigned char)near[0]), near + 1);
			msg_path(
			    D_JSON_UNKNOWN_KEY, x->shown, where(x, s, c->row, c->col),
			    "kolom \"%s\" is onbekend en wordt niet gelezen; bekende kolommen: %s",
			    c->text, buf_str(&known));
			buf_free(&known);
		}
	}
	return row;
}

/* Sets obj[key] = v (taking v) and records where it came from. */
static void put(struct xl *x, json_t *obj, const char *key, json_t *v, const char *path,
                const char *at)
{
	if (v == NULL)
		return;
	json_object_set_new(obj, key, v);
	origin(x, arena_printf(x->a, "%s.%s", path, key), at);
}

/* One row of a plain sheet into an object. */
static void row_object(struct xl *x, const struct sheet *s, size_t *i, const struct colspec *specs,
                       const int *col_of, json_t *obj, const char *path)
{
	unsigned row = s->cells[*i].row;
	json_t *band = NULL, *basis = NULL;
	for (; *i < s->n && s->cells[*i].row == row; (*i)++) {
		const struct cell *c = &s->cells[*i];
		int k = col_of[c->col];
		const char *at = where(x, s, c->row, c->col);
		char sub[512];
		if (k < 0)
			continue;
		switch (specs[k].type) {
		case T_TEXT:
			put(x, obj, specs[k].key, cell_text(x, s, c), path, at);
			break;
		case T_VALUE:
			put(x, obj, specs[k].key, cell_value(x, s, c), path, at);
			break;
		case T_BOOL:
			put(x, obj, specs[k].key, cell_bool(x, s, c), path, at);
			break;
		case T_INT:
			put(x, obj, specs[k].key, cell_int(x, s, c), path, at);
			break;
		case T_CHOICE:
			put(x, obj, specs[k].key, cell_choice(x, s, c), path, at);
			break;
		case T_BASIS_PERIOD:
		case T_BASIS_VALUE:
			if (basis == NULL)
				basis = json_object();
			snprintf(sub, sizeof sub, "%s.basis", path);
			put(x, basis, specs[k].type == T_BASIS_PERIOD ? "periode" : "waarde",
			    specs[k].type == T_BASIS_PERIOD ? cell_text(x, s, c)
			                                    : cell_value(x, s, c),
			    sub, at);
			break;
		case T_BAND_LOW:
		case T_BAND_HIGH: {
			json_t *v = cell_value(x, s, c);
			if (band == NULL)
				band = json_pack("[nn]");
			json_array_set_new(band, specs[k].type == T_BAND_LOW ? 0 : 1,
			                   v != NULL ? v : json_null());
			snprintf(sub, sizeof sub, "%s.streefband[%d]", path,
			         specs[k].type == T_BAND_LOW ? 0 : 1);
			origin(x, sub, at);
			break;
		}
		}
	}
	if (basis != NULL)
		json_object_set_new(obj, "basis", basis);
	if (band != NULL)
		json_object_set_new(obj, "streefband", band);
}

/* A sheet of rows, each an object, as a JSON list; NULL when empty. */
static json_t *plain_sheet(struct xl *x, const struct sheet *s, const struct colspec *specs,
                           const char *path)
{
	int col_of[XLSX_MAX_COLS + 1];
	unsigned hrow = header(x, s, specs, col_of);
	json_t *arr = json_array();
	size_t i = 0;
	while (i < s->n && s->cells[i].row == hrow)
		i++;
	while (i < s->n) {
		char p[256];
		json_t *obj = json_object();
		unsigned row = s->cells[i].row;
		snprintf(p, sizeof p, "%s[%zu]", path, json_array_size(arr));
		origin(x, p, where(x, s, row, 0));
		row_object(x, s, &i, specs, col_of, obj, p);
		if (json_object_size(obj) > 0)
			json_array_append(arr, obj);
		json_decref(obj);
	}
	return arr;
}

/* The sheet Middelen: Post, Pijler, Eenmalig, Correctie and a column per
 * year "Begroot 2022", "Besteed 2022"; a row named Totaal is the total. */
static json_t *budget_sheet(struct xl *x, const struct sheet *s)
{
	static const char *const base = "$.kaders_en_randvoorwaarden.middelen";
	int kind[XLSX_MAX_COLS + 1],
	    year_ix[XLSX_MAX_COLS +
	            1]; /* 1 post, 2 pijler, 3 eenmalig, 4 correctie, 5 begroot, 6 besteed */
	int years[XLSX_MAX_COLS];
	size_t nyears = 0, i = 0;
	unsigned hrow = s->n ? s->cells[0].row : 0;
	int has_besteed = 0;
	json_t *m = json_object(), *jaren = json_array(), *posten = json_array(), *totaal = NULL;

	for (size_t k = 0; k <= XLSX_MAX_COLS; k++)
		kind[k] = year_ix[k] = 0;
	for (; i < s->n && s->cells[i].row == hrow; i++) {
		const struct cell *c = &s->cells[i];
		char h[64];
		int y = 0;
		norm(h, sizeof h, c->kind == CELL_TEXT ? c->text : "");
		if (strcmp(h, "post") == 0)
			kind[c->col] = 1;
		else if (strcmp(h, "pijler") == 0)
			kind[c->col] = 2;
		else if (strcmp(h, "eenmalig") == 0)
			kind[c->col] = 3;
		else if (strcmp(h, "correctie") == 0)
			kind[c->col] = 4;
		else if ((sscanf(h, "begroot %d", &y) == 1 || sscanf(h, "besteed %d", &y) == 1) &&
		         y >= 1900 && y <= 2999) {
			size_t k;
			for (k = 0; k < nyears && years[k] != y; k++)
				;
			if (k == nyears) {
				years[nyears++] = y;
				json_array_append_new(jaren, json_integer(y));
			}
			kind[c->col] = h[1] == 'e' && h[2] == 'g' ? 5 : 6;
			has_besteed |= kind[c->col] == 6;
			year_ix[c->col] = (int)k;
		} else {
			msg_path(
			    D_JSON_UNKNOWN_KEY, x->shown, where(x, s, c->row, c->col),
			    "kolom \"%s\" is onbekend en wordt niet gelezen; bekende kolommen: "
			    "Post, Pijler, Eenmalig, "
			    "Correctie, Begroot JJJJ en Besteed JJJJ (bijvoorbeeld Begroot 2022)",
			    c->kind == CELL_TEXT ? c->text
			    : c->text            ? c->text
			                         : "");
		}
	}
	json_object_set_new(m, "jaren", jaren);
	origin(x, "$.kaders_en_randvoorwaarden.middelen.jaren", where(x, s, hrow, 0));
	while (i < s->n) {
		unsigned row = s->cells[i].row;
		json_t *post = json_object(), *beg = json_array(), *bes = json_array();
		const char *naam = NULL;
		char p[256];
		for (size_t k = 0; k < nyears; k++) {
			json_array_append_new(beg, json_null());
			json_array_append_new(bes, json_null());
		}
		for (size_t k = i; k < s->n && s->cells[k].row == row; k++)
			if (kind[s->cells[k].col] == 1 && s->cells[k].kind == CELL_TEXT)
				naam = s->cells[k].text;
		if (naam != NULL && strcasecmp(naam, "totaal") == 0)
			snprintf(p, sizeof p, "%s", base);
		else
			snprintf(p, sizeof p, "%s.posten[%zu]", base, json_array_size(posten));
		origin(x, p, where(x, s, row, 0));
		for (; i < s->n && s->cells[i].row == row; i++) {
			const struct cell *c = &s->cells[i];
			const char *at = where(x, s, c->row, c->col);
			char sub[600];
			json_t *v;
			switch (kind[c->col]) {
			case 1:
				put(x, post, "naam", cell_text(x, s, c), p, at);
				break;
			case 2:
				put(x, post, "pijler", cell_text(x, s, c), p, at);
				break;
			case 3:
				put(x, post, "eenmalig", cell_bool(x, s, c), p, at);
				break;
			case 4:
				put(x, post, "correctie", cell_bool(x, s, c), p, at);
				break;
			case 5:
			case 6:
				v = cell_value(x, s, c);
				if (v == NULL)
					break;
				json_array_set_new(kind[c->col] == 5 ? beg : bes,
				                   (size_t)year_ix[c->col], v);
				snprintf(sub, sizeof sub, "%s.%s[%d]", p,
				         naam != NULL && strcasecmp(naam, "totaal") == 0 ? "totaal"
				         : kind[c->col] == 5                             ? "begroot"
				                             : "besteed",
				         year_ix[c->col]);
				origin(x, sub, at);
				break;
			default:
				break;
			}
		}
		if (naam != NULL && strcasecmp(naam, "totaal") == 0) {
			json_decref(totaal);
			totaal = json_incref(beg);
		} else if (json_object_size(post) > 0) {
			json_object_set(post, "begroot", beg);
			if (has_besteed)
				json_object_set(post, "besteed", bes);
			json_array_append(posten, post);
		}
		json_decref(post);
		json_decref(beg);
		json_decref(bes);
	}
	json_object_set_new(m, "posten", posten);
	if (totaal != NULL)
		json_object_set_new(m, "totaal", totaal);
	return m;
}

/* A name (or id) and the index of its indicator. */
struct named {
	const char *key;
	size_t idx;
};

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct named *)a)->key, ((const struct named *)b)->key);
}

/* By name, then by position: the first indicator of a name wins, as a
 * linear search would have it. */
static int by_name(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c != 0 ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

/* The sheet Reeksen: Indicator (its naam or id), Periode, Waarde; each
 * row is added to the indicator's series, in the order of the rows. */
static void series_sheet(struct xl *x, const struct sheet *s, json_t *inds)
{
	static const struct colspec cols[] = {{"indicator", "indicator", T_TEXT},
	                                      {"periode", "periode", T_TEXT},
	                                      {"waarde", "waarde", T_VALUE},
	                                      {NULL, NULL, T_TEXT}};
	int col_of[XLSX_MAX_COLS + 1];
	unsigned hrow = header(x, s, cols, col_of);
	size_t i = 0, nind = 0, k0;
	struct named *index = xcalloc(2 * json_array_size(inds) + 1, sizeof *index);
	json_t *it;
	/* the indicators by naam and by id, for a search per row */
	json_array_foreach(inds, k0, it)
	{
		const char *keys[2] = {json_string_value(json_object_get(it, "naam")),
		                       json_string_value(json_object_get(it, "id"))};
		for (int j = 0; j < 2; j++)
			if (keys[j] != NULL)
				index[nind++] = (struct named){keys[j], k0};
	}
	if (nind > 0)
		qsort(index, nind, sizeof *index, by_name);
	while (i < s->n && s->cells[i].row == hrow)
		i++;
	while (i < s->n) {
		unsigned row = s->cells[i].row;
		const struct cell *name = NULL, *per = NULL, *val = NULL;
		size_t k, idx;
		json_t *ind = NULL, *point, *reeks;
		for (; i < s->n && s->cells[i].row == row; i++) {
			int c = col_of[s->cells[i].col];
			if (c == 0)
				name = &s->cells[i];
			else if (c == 1)
				per = &s->cells[i];
			else if (c == 2)
				val = &s->cells[i];
		}
		if (name == NULL) {
			msg_path(D_XLSX, x->shown, where(x, s, row, 0),
			         "de kolom Indicator is leeg; typ de naam (of het id) van de "
			         "indicator zoals op het blad Indicatoren");
			x->errors++;
			continue;
		}
		{
			struct named key = {name->text, 0},
			             *hit = nind > 0
			                        ? bsearch(&key, index, nind, sizeof key, by_key)
			                        : NULL;
			while (hit != NULL && hit > index && strcmp(hit[-1].key, name->text) == 0)
				hit--; /* the first of equal names */
			idx = hit != NULL ? hit->idx : json_array_size(inds);
			ind = hit != NULL ? json_array_get(inds, idx) : NULL;
		}
		if (idx == json_array_size(inds)) {
			const char **names = xcalloc(json_array_size(inds) + 1, sizeof(char *)),
			           *near;
			size_t n = 0;
			json_array_foreach(inds, idx,
			                   ind) if (json_is_string(json_object_get(ind, "naam")))
			    names[n++] = json_string_value(json_object_get(ind, "naam"));
			near = x->suggestions++ < 20 && n <= 2000 ? jr_nearest(name->text, names)
			                                          : NULL;
			if (near != NULL)
				msg_path(D_XLSX, x->shown, where(x, s, name->row, name->col),
				         "indicator \"%s\" staat niet op het blad Indicatoren; "
				         "bedoelt u \"%s\"?",
				         name->text, near);
			else
				cell_error(x, s, name,
				           "indicator \"%s\" staat niet op het blad Indicatoren; "
				           "typ de naam of het id zoals daar",
				           name->text);
			x->errors += near != NULL;
			free(names);
			continue;
		}
		reeks = json_object_get(ind, "reeks");
		if (reeks == NULL) {
			reeks = json_array();
			json_object_set_new(ind, "reeks", reeks);
		}
		k = json_array_size(reeks);
		{
			char p[300];
			snprintf(p, sizeof p, "$.data_en_informatie.indicatoren[%zu].reeks[%zu]",
			         idx, k);
			origin(x, p, where(x, s, row, 0));
			point = json_object();
			put(x, point, "periode", per != NULL ? cell_text(x, s, per) : NULL, p,
			    per ? where(x, s, row, per->col) : "");
			if (val != NULL) {
				json_t *v = cell_value(x, s, val);
				put(x, point, "waarde", v != NULL ? v : json_null(), p,
				    where(x, s, row, val->col));
			} else {
				json_object_set_new(point, "waarde", json_null());
			}
			json_array_append_new(reeks, point);
		}
	}
	free(index);
}

/* ---- the workbook ---- */

static const char *const sheet_names[] = {"Middelen", "Netwerkpartners", "Prestaties",
                                          "Indicatoren", "Reeksen"};
#define NSHEETS 5

/* The part a sheet's relationship points to ("worksheets/sheet1.xml" is
 * "xl/worksheets/sheet1.xml"). */
static char *sheet_part(const xmlNode *rels, const char *rid)
{
	for (const xmlNode *r = rels != NULL ? rels->children : NULL; r != NULL; r = r->next) {
		const char *id = ooxml_attr(r, "Id"), *t = ooxml_attr(r, "Target");
		char *out;
		if (!ooxml_is(r, "Relationship") || id == NULL || t == NULL || strcmp(id, rid) != 0)
			continue;
		out = xmalloc(strlen(t) + 4);
		if (t[0] == '/')
			strcpy(out, t + 1);
		else
			sprintf(out, "xl/%s", t);
		return out;
	}
	return NULL;
}

/* Reads the five known sheets (those present) into sheets[]. */
static int read_sheets(struct xl *x, struct zipread *z, struct sheet *sheets)
{
	int broken = 0, rc = -1;
	xmlDocPtr wb = ooxml_read_part(z, "xl/workbook.xml", 1, x->shown, &broken);
	xmlDocPtr rels =
	    broken ? NULL : ooxml_read_part(z, "xl/_rels/workbook.xml.rels", 1, x->shown, &broken);
	xmlDocPtr sst = broken ? NULL : ooxml_read_part(z, "xl/sharedStrings.xml", 0, x->shown, &broken);
	xmlDocPtr sty = broken ? NULL : ooxml_read_part(z, "xl/styles.xml", 0, x->shown, &broken);
	const xmlNode *list;
	if (broken)
		goto out;
	if (sst != NULL)
		read_strings(x, xmlDocGetRootElement(sst));
	if (sty != NULL)
		read_styles(x, xmlDocGetRootElement(sty));
	list = ooxml_child(xmlDocGetRootElement(wb), "sheets");
	for (const xmlNode *s = list != NULL ? list->children : NULL; s != NULL && !broken;
	     s = s->next) {
		const char *name = ooxml_attr(s, "name"), *rid = ooxml_attr(s, "id");
		int k;
		char *part;
		xmlDocPtr ws;
		if (!ooxml_is(s, "sheet") || name == NULL || rid == NULL)
			continue;
		for (k = 0; k < NSHEETS && strcasecmp(sheet_names[k], name) != 0; k++)
			;
		if (k == NSHEETS) {
			static const char *const known[] = {"Middelen",   "Netwerkpartners",
			                                    "Prestaties", "Indicatoren",
			                                    "Reeksen",    NULL};
			const char *near = jr_nearest(name, known);
			msg_path(D_JSON_UNKNOWN_KEY, x->shown, arena_printf(x->a, "blad %s", name),
			         "blad \"%s\" is onbekend en wordt niet gelezen; %s%s%sde bladen "
			         "heten Middelen, "
			         "Netwerkpartners, Prestaties, Indicatoren en Reeksen",
			         name, near ? "bedoelt u \"" : "", near ? near : "",
			         near ? "\"? " : "");
			continue;
		}
		if ((part = sheet_part(xmlDocGetRootElement(rels), rid)) == NULL) {
			msg_path(D_OFFICE, x->shown, arena_printf(x->a, "blad %s", name),
			         "het blad is niet te vinden in de werkmap; sla de werkmap opnieuw "
			         "op in Excel");
			broken = 1;
			break;
		}
		ws = ooxml_read_part(z, part, 1, x->shown, &broken);
		free(part);
		sheets[k].name = sheet_names[k];
		if (ws != NULL && read_sheet(x, &sheets[k], xmlDocGetRootElement(ws)) != 0)
			broken = 1;
		xmlFreeDoc(ws);
	}
	rc = broken ? -1 : 0;
out:
	xmlFreeDoc(wb);
	xmlFreeDoc(rels);
	xmlFreeDoc(sst);
	xmlFreeDoc(sty);
	return rc;
}

json_t *xlsx_read(struct arena *a, const char *data, size_t len, const char *shown,
                  struct diag_origin **origins, size_t *norigins)
{
	struct xl x = {0};
	struct sheet sheets[NSHEETS] = {{0}};
	struct zipread *z;
	json_t *out = NULL;

	*origins = NULL;
	*norigins = 0;
	x.a = a;
	x.shown = shown;
	if ((z = zipread_open(data, len, shown)) == NULL)
		return NULL;
	if (!zipread_has(z, "xl/workbook.xml") && zipread_has(z, "word/document.xml")) {
		msg_at(
		    D_OFFICE, shown, 0, 0,
		    "dit is een Word-document, geen Excel-werkmap; geef een .xlsx voor de cijfers");
		zipread_close(z);
		return NULL;
	}
	if (read_sheets(&x, z, sheets) == 0) {
		out = json_object();
		if (sheets[0].n > 0)
			json_object_set_new(out, "middelen", budget_sheet(&x, &sheets[0]));
		if (sheets[1].n > 0)
			json_object_set_new(
			    out, "netwerkpartners",
			    plain_sheet(&x, &sheets[1], partner_cols,
			                "$.kaders_en_randvoorwaarden.netwerkpartners"));
		if (sheets[2].n > 0)
			json_object_set_new(out, "prestaties",
			                    plain_sheet(&x, &sheets[2], prestatie_cols,
			                                "$.kaders_en_randvoorwaarden.prestaties"));
		if (sheets[3].n > 0)
			json_object_set_new(out, "indicatoren",
			                    plain_sheet(&x, &sheets[3], indicator_cols,
			                                "$.data_en_informatie.indicatoren"));
		if (sheets[4].n > 0) {
			if (json_object_get(out, "indicatoren") == NULL) {
				msg_path(D_XLSX, shown, "blad Reeksen",
				         "er zijn reeksen maar geen blad Indicatoren; zet de "
				         "indicatoren "
				         "op een blad Indicatoren");
				x.errors++;
			} else {
				series_sheet(&x, &sheets[4], json_object_get(out, "indicatoren"));
			}
		}
	}
	zipread_close(z);
	for (size_t k = 0; k < NSHEETS; k++)
		free(sheets[k].cells);
	/* after errors in cells the rest still goes to the loader, so one run
	 * reports every problem; the errors keep the report from rendering */
	if (out == NULL) {
		free(x.orig);
		return NULL;
	}
	*origins = x.orig;
	*norigins = x.norig;
	return out;
}

/* Puts `v` (taken) at obj[key], unless the JSON already has that key. */
static void merge_key(struct jctx *c, json_t *obj, const char *key, json_t *v, const char *jpath,
                      const char *sheet)
{
	if (json_object_get(obj, key) != NULL) {
		msg_path(D_JSON_TYPE, c->file, arena_printf(c->a, "%s.%s", jpath, key),
		         "staat ook in de werkmap (blad %s); geef het op een plek: haal het hier "
		         "weg of maak het blad leeg",
		         sheet);
		json_decref(v);
		return;
	}
	json_object_set_new(obj, key, v);
}

/* obj[key] as an object, made when absent; NULL when it is something else
 * (the loader reports that). */
static json_t *object_at(json_t *obj, const char *key)
{
	json_t *o = json_object_get(obj, key);
	if (o == NULL) {
		o = json_object();
		json_object_set_new(obj, key, o);
	}
	return json_is_object(o) ? o : NULL;
}

void xlsx_merge(struct jctx *c, json_t *root, const char *rel)
{
	size_t len, norig = 0;
	char *shown = NULL, *data = files_read_ref(c->file, rel, jr_jp(c), &shown, &len);
	struct diag_origin *orig = NULL;
	json_t *frag, *v, *kaders, *di;
	const char *sh;

	if (data == NULL) {
		free(shown);
		return;
	}
	sh = arena_strdup(c->a, shown);
	free(shown);
	jr_add_source(c, sh, data, len);
	frag = xlsx_read(c->a, data, len, sh, &orig, &norig);
	free(data);
	if (frag == NULL)
		return;
	kaders = json_object_size(frag) > 0 && (json_object_get(frag, "middelen") ||
	                                        json_object_get(frag, "netwerkpartners") ||
	                                        json_object_get(frag, "prestaties"))
	             ? object_at(root, "kaders_en_randvoorwaarden")
	             : NULL;
	if ((v = json_object_get(frag, "middelen")) != NULL && kaders != NULL) {
		json_t *m = object_at(kaders, "middelen");
		static const char *const keys[] = {"jaren", "posten", "totaal"};
		if (m != NULL && json_object_get(m, "csv") != NULL)
			msg_path(D_JSON_TYPE, c->file, "$.kaders_en_randvoorwaarden.middelen.csv",
			         "de begroting staat ook in de werkmap (blad Middelen); geef haar "
			         "op een plek");
		for (size_t i = 0; m != NULL && i < 3; i++)
			if (json_object_get(v, keys[i]) != NULL)
				merge_key(c, m, keys[i], json_incref(json_object_get(v, keys[i])),
				          "$.kaders_en_randvoorwaarden.middelen", "Middelen");
	}
	if ((v = json_object_get(frag, "netwerkpartners")) != NULL && kaders != NULL)
		merge_key(c, kaders, "netwerkpartners", json_incref(v),
		          "$.kaders_en_randvoorwaarden", "Netwerkpartners");
	if ((v = json_object_get(frag, "prestaties")) != NULL && kaders != NULL)
		merge_key(c, kaders, "prestaties", json_incref(v), "$.kaders_en_randvoorwaarden",
		          "Prestaties");
	if ((v = json_object_get(frag, "indicatoren")) != NULL &&
	    (di = object_at(root, "data_en_informatie")) != NULL)
		merge_key(c, di, "indicatoren", json_incref(v), "$.data_en_informatie",
		          "Indicatoren");
	json_decref(frag);
	jr_add_origins(c, orig, norig);
	free(orig);
}
