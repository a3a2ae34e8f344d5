#include "csv_import.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../model/money.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "csv.h"
#include "files.h"
#include "json_read.h"

/* Reads and parses the CSV file `rel`; the path for messages is *shown. */
static int load(struct jctx *c, const char *rel, struct csv *out, const char **shown)
{
	size_t len;
	char *display = NULL, *data = files_read_ref(c->file, rel, jr_jp(c), &display, &len);
	int rc = -1;
	if (display == NULL)
		return -1;
	*shown = arena_strdup(c->a, display);
	free(display);
	if (data != NULL) {
		jr_add_source(c, *shown, data, len);
		rc = csv_parse(c->a, *shown, data, len, out);
		free(data);
	}
	if (rc == 0 && out->nrows < 2) {
		msg_at(D_CSV, *shown, 1, 1, "het bestand heeft geen kopregel met gegevens eronder");
		rc = -1;
	}
	return rc;
}

/* A cell as an amount: empty is absent, "n.t.b." unknown. */
static int cell_money(struct jctx *c, const char *file, const struct csv_field *f, struct money *m)
{
	int rc;
	(void)c;
	memset(m, 0, sizeof(*m));
	if (f->len == 0)
		return 0;
	if (strcasecmp(f->text, "n.t.b.") == 0 || strcasecmp(f->text, "n.t.b") == 0 || strcasecmp(f->text, "ntb") == 0) {
		m->kind = VAL_UNKNOWN;
		return 0;
	}
	if (strcmp(f->text, "-") == 0 || strcmp(f->text, "\xE2\x80\x93") == 0)
		return 0; /* no figure, as an empty cell */
	rc = money_parse_nl(f->text, f->len, &m->q, &m->decimals);
	if (rc == -2) {
		msg_at(D_CSV, file, f->line, f->col, "bedrag \"%s\" is te groot (meer dan 100 miljard); controleer de cel", f->text);
		return -1;
	}
	if (rc != 0) {
		msg_at(D_CSV, file, f->line, f->col,
		       "\"%s\" is geen bedrag; schrijf bijvoorbeeld 1.040 of -1.040,50, laat de cel leeg of schrijf n.t.b.",
		       f->text);
		return -1;
	}
	m->kind = VAL_NUMBER;
	return 0;
}

/* "ja", "x", "1", "waar" or "true": a ticked column in Excel. */
static int yes(const char *s)
{
	return strcasecmp(s, "ja") == 0 || strcasecmp(s, "x") == 0 || strcmp(s, "1") == 0 ||
	       strcasecmp(s, "waar") == 0 || strcasecmp(s, "true") == 0;
}

/* Columns of a budget CSV, and what the rows so far have given. */
struct budget_cols {
	int post, soort, eenmalig, correctie; /* column index, -1 when absent */
	int *year_col;             /* per year: its column */
	size_t ncols;              /* columns named in the header */
	unsigned char *seen;       /* per post: 1 begroot row, 2 besteed row */
	int *besteed_line;         /* per post: line of its besteed row */
	int totaal_line;           /* line of the Totaal row, 0 when none */
	size_t *slot;              /* hash table of post names: index + 1, 0 empty */
	size_t nslot;              /* a power of two, at least twice the rows */
};

/* FNV-1a: the posts are found by name in constant time, so a file of n
 * rows costs n lookups, not n^2/2 comparisons. */
static size_t name_hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int budget_header(struct jctx *c, const char *file, const struct csv_row *h, struct budget_cols *bc,
                         struct middelen *m)
{
	bc->post = bc->soort = bc->eenmalig = bc->correctie = -1;
	bc->ncols = h->n;
	bc->totaal_line = 0;
	bc->year_col = arena_array(c->a, h->n, sizeof(int));
	m->jaren = arena_array(c->a, h->n, sizeof(int));
	for (size_t j = 0; j < h->n; j++) {
		const struct csv_field *f = &h->f[j];
		char *end;
		long y = strtol(f->text, &end, 10);
		int *named = strcasecmp(f->text, "post") == 0 || strcasecmp(f->text, "pijler") == 0 ? &bc->post
		             : strcasecmp(f->text, "soort") == 0                                     ? &bc->soort
		             : strcasecmp(f->text, "eenmalig") == 0                                  ? &bc->eenmalig
		             : strcasecmp(f->text, "correctie") == 0                                 ? &bc->correctie
		                                                                                     : NULL;
		if (f->len == 0 && j + 1 == h->n) { /* a trailing ';' */
			bc->ncols--;
		} else if (named != NULL) {
			if (*named >= 0) {
				msg_at(D_CSV, file, f->line, f->col, "kolom \"%s\" staat twee keer in de kopregel", f->text);
				return -1;
			}
			*named = (int)j;
		} else if (f->len == 4 && *end == '\0' && y >= 1900 && y <= 2999) {
			for (size_t k = 0; k < m->njaren; k++)
				if (m->jaren[k] == (int)y) {
					msg_at(D_CSV, file, f->line, f->col, "jaar %ld staat twee keer in de kopregel", y);
					return -1;
				}
			if (m->njaren == 50) {
				msg_at(D_CSV, file, f->line, f->col, "meer dan 50 jaren; splits de tabel");
				return -1;
			}
			bc->year_col[m->njaren] = (int)j;
			m->jaren[m->njaren++] = (int)y;
		} else {
			msg_at(D_CSV, file, f->line, f->col,
			       "onbekende kolom \"%s\"; gebruik post, soort, eenmalig, correctie en jaartallen zoals 2022", f->text);
			return -1;
		}
	}
	if (bc->post < 0 || m->njaren == 0) {
		msg_at(D_CSV, file, h->line, 1, "de kopregel mist de kolom post of een jaartal; bijvoorbeeld: post;2021;2022");
		return -1;
	}
	return 0;
}

/* The post with this name, created when new. */
static struct middelen_post *post_named(struct jctx *c, struct budget_cols *bc, struct middelen *m, const char *name,
                                        size_t max)
{
	size_t i = name_hash(name) & (bc->nslot - 1);
	for (; bc->slot[i] != 0; i = (i + 1) & (bc->nslot - 1))
		if (strcmp(m->posten[bc->slot[i] - 1].naam, name) == 0)
			return &m->posten[bc->slot[i] - 1];
	if (m->nposten == max)
		return NULL;
	bc->slot[i] = m->nposten + 1;
	m->posten[m->nposten].naam = name;
	m->posten[m->nposten].begroot = arena_array(c->a, m->njaren, sizeof(struct money));
	return &m->posten[m->nposten++];
}

/* A row with fewer fields than the header: its amounts would be lost. A
 * row of one field with commas or tabs was exported with another
 * separator. -1 after a message. */
static int too_few_fields(const char *file, const struct csv_row *r, size_t ncols)
{
	if (r->n >= ncols)
		return 0;
	if (r->n == 1 && strpbrk(r->f[0].text, ",\t") != NULL)
		msg_at(D_CSV, file, r->line, 1,
		       "de regel is gescheiden door komma's of tabs, niet door puntkomma's; exporteer met ; als "
		       "scheidingsteken");
	else
		msg_at(D_CSV, file, r->line, 1,
		       "de regel heeft %zu %s, de kopregel %zu; vul de ontbrekende velden in (leeg laten kan: ;;)", r->n,
		       r->n == 1 ? "veld" : "velden", ncols);
	return -1;
}

static int budget_row(struct jctx *c, const char *file, const struct csv_row *r, struct budget_cols *bc,
                      struct middelen *m, size_t max)
{
	const struct csv_field *name = (size_t)bc->post < r->n ? &r->f[bc->post] : NULL;
	const char *soort = bc->soort >= 0 && (size_t)bc->soort < r->n ? r->f[bc->soort].text : "begroot";
	struct money *row;
	struct middelen_post *p;
	int besteed, rc = 0;
	size_t k;

	if (too_few_fields(file, r, bc->ncols) != 0)
		return -1;
	if (name == NULL || name->len == 0) {
		msg_at(D_CSV, file, r->line, name ? name->col : 1, "regel zonder naam van de post; vul de kolom post in");
		return -1;
	}
	for (k = bc->ncols; k < r->n; k++)
		if (r->f[k].len > 0) {
			msg_at(D_CSV, file, r->line, r->f[k].col, "meer velden dan kolommen in de kopregel; verwijder \"%s\" of geef de kolom een naam",
			       r->f[k].text);
			return -1;
		}
	besteed = strcasecmp(soort, "besteed") == 0;
	if (!besteed && strcasecmp(soort, "begroot") != 0 && *soort != '\0') {
		msg_at(D_CSV, file, r->line, r->f[bc->soort].col, "soort \"%s\" is onbekend; schrijf begroot of besteed", soort);
		return -1;
	}
	if (strcasecmp(name->text, "totaal") == 0) {
		if (besteed || bc->totaal_line) {
			msg_at(D_CSV, file, r->line, name->col,
			       besteed ? "een totaalregel voor besteed wordt berekend; laat deze regel weg"
			               : "tweede regel Totaal (de eerste staat op regel %d); houd er een over",
			       bc->totaal_line);
			return -1;
		}
		bc->totaal_line = r->line;
		m->totaal = row = arena_array(c->a, m->njaren, sizeof(struct money));
	} else {
		if ((p = post_named(c, bc, m, name->text, max)) == NULL)
			return -1;
		k = (size_t)(p - m->posten);
		if (bc->seen[k] & (besteed ? 2 : 1)) {
			msg_at(D_CSV, file, r->line, name->col, "post \"%s\" heeft al een regel %s; voeg de bedragen samen in een regel",
			       name->text, besteed ? "besteed" : "begroot");
			return -1;
		}
		bc->seen[k] |= besteed ? 2 : 1;
		if (besteed) {
			bc->besteed_line[k] = r->line;
			p->besteed = arena_array(c->a, m->njaren, sizeof(struct money));
		}
		row = besteed ? p->besteed : p->begroot;
		if (bc->eenmalig >= 0 && (size_t)bc->eenmalig < r->n)
			p->eenmalig |= yes(r->f[bc->eenmalig].text);
		if (bc->correctie >= 0 && (size_t)bc->correctie < r->n)
			p->correctie |= yes(r->f[bc->correctie].text);
	}
	for (size_t j = 0; j < m->njaren; j++) {
		size_t col = (size_t)bc->year_col[j];
		if (col < r->n && cell_money(c, file, &r->f[col], &row[j]) != 0)
			rc = -1;
	}
	return rc;
}

int csv_import_budget(struct jctx *c, const char *rel, struct middelen *m)
{
	struct csv csv;
	struct budget_cols bc;
	const char *file = rel;
	int rc = 0;
	if (load(c, rel, &csv, &file) != 0 || budget_header(c, file, &csv.rows[0], &bc, m) != 0)
		return -1;
	m->posten = arena_array(c->a, csv.nrows, sizeof(struct middelen_post));
	bc.seen = arena_array(c->a, csv.nrows, 1);
	bc.besteed_line = arena_array(c->a, csv.nrows, sizeof(int));
	for (bc.nslot = 16; bc.nslot < 2 * csv.nrows; bc.nslot *= 2)
		;
	bc.slot = arena_array(c->a, bc.nslot, sizeof(size_t));
	for (size_t i = 1; i < csv.nrows; i++)
		if (budget_row(c, file, &csv.rows[i], &bc, m, csv.nrows) != 0)
			rc = -1;
	/* spending for a post the file never budgets */
	for (size_t i = 0; i < m->nposten; i++)
		if (!(bc.seen[i] & 1)) {
			msg_at(D_CSV, file, bc.besteed_line[i], 1,
			       "post \"%s\" heeft een regel besteed maar geen regel begroot; voeg die toe (n.t.b. als onbekend)",
			       m->posten[i].naam);
			rc = -1;
		}
	return rc;
}

int csv_import_series(struct jctx *c, const char *rel, struct indicator *ind)
{
	struct csv csv;
	const char *file = rel;
	int rc = 0;
	if (load(c, rel, &csv, &file) != 0)
		return -1;
	if (csv.rows[0].n < 2 || strcasecmp(csv.rows[0].f[0].text, "periode") != 0 ||
	    strcasecmp(csv.rows[0].f[1].text, "waarde") != 0) {
		msg_at(D_CSV, file, csv.rows[0].line, 1, "de kopregel moet periode;waarde zijn");
		return -1;
	}
	ind->reeks = arena_array(c->a, csv.nrows - 1, sizeof(struct datapoint));
	for (size_t i = 1; i < csv.nrows; i++) {
		const struct csv_row *r = &csv.rows[i];
		struct datapoint *d = &ind->reeks[ind->nreeks];
		struct money m;
		if (too_few_fields(file, r, 2) != 0) {
			rc = -1;
			continue;
		}
		if (nl_parse_period(r->f[0].text, &d->periode) != 0) {
			msg_at(D_CSV, file, r->line, 1, "\"%s\" is geen periode; schrijf 2022, 2022-Q1 of 2022-03",
			       r->n ? r->f[0].text : "");
			rc = -1;
			continue;
		}
		if (cell_money(c, file, &r->f[1], &m) != 0) {
			rc = -1;
			continue;
		}
		d->waarde.kind = m.kind == VAL_ABSENT ? VAL_UNKNOWN : m.kind;
		d->waarde.num = money_to_double(m.q);
		d->waarde.decimals = m.decimals;
		ind->nreeks++;
	}
	return rc;
}
