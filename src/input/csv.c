#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/utf8.h"
#include "../util/xalloc.h"

/* Parser state. */
struct cp {
	struct arena *a;
	const char *file;
	const char *s;
	size_t len, i;
	int line, col;
};

static void advance(struct cp *p)
{
	if (p->s[p->i] == '\n') {
		p->line++;
		p->col = 1;
	} else if ((p->s[p->i] & 0xC0) != 0x80) {
		p->col++; /* columns count characters, not bytes */
	}
	p->i++;
}

/* Reads one field at p->i into f; returns 0 or -1 (message given). */
static int field(struct cp *p, struct csv_field *f)
{
	struct buf b = {0};
	f->line = p->line;
	f->col = p->col;
	if (p->i < p->len && p->s[p->i] == '"') {
		advance(p);
		for (;;) {
			if (p->i >= p->len) {
				msg_at(D_CSV, p->file, f->line, f->col, "aanhalingsteken wordt niet gesloten; sluit het veld met \"");
				buf_free(&b);
				return -1;
			}
			if (p->s[p->i] == '"') {
				if (p->i + 1 < p->len && p->s[p->i + 1] == '"') {
					buf_putc(&b, '"');
					advance(p);
					advance(p);
					continue;
				}
				advance(p);
				break;
			}
			if (p->s[p->i] != '\r')
				buf_putc(&b, p->s[p->i]);
			advance(p);
		}
		if (p->i < p->len && p->s[p->i] != ';' && p->s[p->i] != '\n' && p->s[p->i] != '\r') {
			msg_at(D_CSV, p->file, p->line, p->col,
			       "tekst na een afsluitend aanhalingsteken; zet het hele veld tussen aanhalingstekens");
			buf_free(&b);
			return -1;
		}
	} else {
		size_t start = p->i;
		while (p->i < p->len && p->s[p->i] != ';' && p->s[p->i] != '\n' && p->s[p->i] != '\r')
			advance(p);
		buf_append(&b, p->s + start, p->i - start);
	}
	f->len = b.len;
	f->text = arena_strndup(p->a, buf_str(&b), b.len);
	buf_free(&b);
	/* trim spaces and no-break spaces around values as Excel users type them */
	for (;;) {
		if (f->len > 0 && f->text[f->len - 1] == ' ')
			((char *)f->text)[--f->len] = '\0';
		else if (f->len > 1 && memcmp(f->text + f->len - 2, "\xC2\xA0", 2) == 0)
			((char *)f->text)[f->len -= 2] = '\0';
		else
			break;
	}
	for (;;) {
		if (f->len > 0 && f->text[0] == ' ') {
			f->text++;
			f->len--;
		} else if (f->len > 1 && memcmp(f->text, "\xC2\xA0", 2) == 0) {
			f->text += 2;
			f->len -= 2;
		} else {
			break;
		}
	}
	return 0;
}

static int row(struct cp *p, struct csv_row *r)
{
	struct csv_field tmp[CSV_MAX_FIELDS];
	r->n = 0;
	r->line = p->line;
	for (;;) {
		if (r->n == CSV_MAX_FIELDS) {
			msg_at(D_CSV, p->file, p->line, p->col, "meer dan %d velden op een regel", CSV_MAX_FIELDS);
			return -1;
		}
		if (field(p, &tmp[r->n++]) != 0)
			return -1;
		if (p->i < p->len && p->s[p->i] == ';') {
			advance(p);
			continue;
		}
		break;
	}
	if (p->i < p->len && p->s[p->i] == '\r')
		advance(p);
	if (p->i < p->len && p->s[p->i] == '\n')
		advance(p);
	r->f = arena_array(p->a, r->n, sizeof(struct csv_field));
	memcpy(r->f, tmp, r->n * sizeof(struct csv_field));
	return 0;
}

int csv_parse(struct arena *a, const char *file, const char *data, size_t len, struct csv *out)
{
	struct cp p = {a, file, data, len, 0, 1, 1};
	struct csv_row *rows = NULL;
	size_t cap = 0, bad = utf8_invalid_at(data, len);
	out->rows = NULL;
	out->nrows = 0;
	if (bad != (size_t)-1 || memchr(data, '\0', len) != NULL) {
		int line = 1;
		size_t at = bad != (size_t)-1 ? bad : (size_t)((const char *)memchr(data, '\0', len) - data);
		for (size_t i = 0; i < at; i++)
			line += data[i] == '\n';
		msg_at(D_CSV, file, line, 0, "geen geldige UTF-8-tekst; sla het bestand op als \"CSV UTF-8\"");
		return -1;
	}
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		p.i = 3; /* Excel's byte order mark */
	while (p.i < p.len) {
		struct csv_row r;
		if (p.s[p.i] == '\n' || p.s[p.i] == '\r') { /* empty line */
			advance(&p);
			continue;
		}
		if (row(&p, &r) != 0) {
			free(rows);
			return -1;
		}
		if (out->nrows == 0 && r.n == 1 && strpbrk(r.f[0].text, ",\t") != NULL) {
			msg_at(D_CSV, file, r.line, 1,
			       "de kopregel bevat %s maar geen puntkomma's; exporteer met ; als scheidingsteken",
			       strchr(r.f[0].text, ',') != NULL ? "komma's" : "tabs");
			free(rows);
			return -1;
		}
		if (out->nrows == CSV_MAX_ROWS) {
			msg_at(D_CSV, file, r.line, 1, "meer dan %d regels onder de kopregel; splits het bestand", CSV_MAX_ROWS - 1);
			free(rows);
			return -1;
		}
		rows = xgrow(rows, &cap, out->nrows + 1, sizeof(*rows));
		rows[out->nrows++] = r;
	}
	out->rows = arena_array(a, out->nrows, sizeof(struct csv_row));
	if (out->nrows)
		memcpy(out->rows, rows, out->nrows * sizeof(struct csv_row));
	free(rows);
	return 0;
}
