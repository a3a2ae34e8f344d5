/* The bottom floor of format/: helpers every formatter uses. Printed
 * figures, texts in the layout's arena, numbered table and figure
 * captions, tables, and the sign for what the input does not give.
 * Knows the layout and the model, no document kind. */
#include <stdarg.h>
#include <stdio.h>

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
const char *fmt_printf(struct fmt *f, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return "";
	p = arena_alloc(layout_arena(f->L), (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
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
