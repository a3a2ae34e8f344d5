/* The bottom floor of format/: helpers every formatter uses. Printed
 * figures, texts in the layout's arena, numbered table and figure
 * captions, tables, and the sign for what the input does not give.
 * Knows the layout and the model, no document kind. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../text/goal.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "fmt_base.h"

const char *fmt_value(struct fmt *f, const struct value *v)
{
	char tmp[64];
	return arena_strdup(layout_arena(f->L), nl_value(tmp, sizeof tmp, v));
}

/* Any length: a text is never cut (a fixed buffer once cut long names). */
const char *fmt_measured(struct fmt *f, const struct value *v)
{
	char tmp[64];
	return fmt_printf(f, "%s", nl_measured(tmp, sizeof tmp, v));
}

/* The signs and what they mean, in the order a legend lists them. */
static const struct {
	const char *sign, *meaning;
} signs[] = {
    {NL_MISSING, "gegevens ontbreken (niet gemeten, niet geregistreerd of nog niet bekend)"},
    {NL_UNKNOWN, "nog te bepalen"},
    {NL_NA, "niet van toepassing"},
    {NL_NOT_REPORTED, "niet gerapporteerd in dat kwartaal"},
    {NL_NIHIL, "nihil"},
};

/* Whether a cell is the sign s, alone or with a footnote mark after it;
 * a sign of letters may also open a cell ("n.t.b. in 2030"). */
static int is_sign(const char *cell, const char *s)
{
	size_t n = strlen(s);
	if (cell == NULL || strncmp(cell, s, n) != 0)
		return 0;
	return cell[n] == '\0' || (cell[n] == '*' && cell[n + 1] == '\0') || (n > 1 && s[0] == 'n' && cell[n] == ' ');
}

/* A figure's hyphen-minus as the minus sign U+2212, which has the width
 * of a digit's neighbour "+" and reads as minus, not as a dash: "-11" and
 * "€ -1.040" become "−11" and "€ −1.040". Other text stays as it is. */
static const char *minus_sign(struct fmt *f, const char *cell)
{
	struct buf b = {0};
	const char *s;
	int changed = 0;
	for (const char *p = cell; *p; p++) {
		int start = p == cell || p[-1] == ' ' || (unsigned char)p[-1] == 0xA0 || p[-1] == '(';
		if (*p == '-' && start && p[1] >= '0' && p[1] <= '9') {
			buf_puts(&b, "\xE2\x88\x92");
			changed = 1;
		} else {
			buf_putc(&b, *p);
		}
	}
	s = changed ? fmt_printf(f, "%s", buf_str(&b)) : cell;
	buf_free(&b);
	return s;
}

void fmt_layout_table(struct fmt *f, struct table *t)
{
	struct buf b = {0};
	for (size_t j = 0; j < t->ncols; j++)
		for (size_t i = 0; t->cols[j].align == CELL_RIGHT && i < t->nrows; i++)
			if (t->rows[i].cells[j] != NULL && strchr(t->rows[i].cells[j], '-') != NULL)
				t->rows[i].cells[j] = minus_sign(f, t->rows[i].cells[j]);
	for (size_t k = 0; k < sizeof signs / sizeof *signs; k++) {
		int used = 0;
		for (size_t i = 0; i < t->nrows && !used; i++)
			for (size_t j = 0; j < t->ncols && !used; j++)
				used = is_sign(t->rows[i].cells[j], signs[k].sign);
		if (used)
			buf_printf(&b, "%s%s %s", b.len ? "; " : "Tekens: ", signs[k].sign, signs[k].meaning);
	}
	if (b.len)
		t->note = t->note ? fmt_printf(f, "%s %s.", t->note, buf_str(&b)) : fmt_printf(f, "%s.", buf_str(&b));
	buf_free(&b);
	layout_table(f->L, t);
}

const char *fmt_printf(struct fmt *f, const char *fmt, ...)
{
	va_list ap;
	const char *p;
	va_start(ap, fmt);
	p = arena_vprintf(layout_arena(f->L), fmt, ap);
	va_end(ap);
	return p;
}

const char *fmt_caption(struct fmt *f, const char *text)
{
	return fmt_printf(f, "Tabel %d\xE2\x80\x82%s", ++f->ntables, text);
}

void fmt_figure(struct fmt *f, const char *text, double h, const char *alt, layout_draw_fn draw,
                const void *data)
{
	layout_figure(f->L, fmt_printf(f, "Figuur %d\xE2\x80\x82%s", ++f->nfigures, text), h, alt, draw, data);
}

struct table *fmt_table(struct fmt *f, size_t ncols, size_t nrows)
{
	struct arena *a = layout_arena(f->L);
	struct table *t = arena_alloc(a, sizeof(*t));
	t->ncols = ncols;
	t->nrows = nrows;
	t->cols = arena_array(a, ncols, sizeof(struct table_col));
	t->rows = arena_array(a, nrows, sizeof(struct table_row));
	for (size_t i = 0; i < nrows; i++)
		t->rows[i].cells = arena_array(a, ncols, sizeof(char *));
	return t;
}

void fmt_columns(struct table *t, const char *const *headers, const char *aligns)
{
	for (size_t j = 0; j < t->ncols && aligns[j] != '\0'; j++) {
		t->cols[j].header = headers[j];
		t->cols[j].align = aligns[j] == 'R' ? CELL_RIGHT : aligns[j] == 'C' ? CELL_CENTER : CELL_LEFT;
	}
}

void fmt_missing(struct fmt *f, const char *text)
{
	layout_text(f->L, text, ROLE_MUTED, FONT_ITALIC);
}

const char *fmt_target(struct fmt *f, const struct indicator *ind)
{
	char g[192];
	nl_goal(g, sizeof g, ind);
	return g[0] ? fmt_printf(f, "%s", g) : NULL;
}

const char *fmt_joined(struct fmt *f, const struct strlist *l)
{
	struct buf b = {0};
	const char *s;
	for (size_t i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s", i == 0 ? "" : (i + 1 == l->n ? " en " : ", "), l->items[i]);
	s = fmt_printf(f, "%s", l->n ? buf_str(&b) : "niet opgegeven");
	buf_free(&b);
	return s;
}
