/* Where the audit's computed figures come from (issue 21, part 2): every
 * table of figures the audit computes records here which opgave, input
 * file and JSON path each figure is made of, and its note points to the
 * appendix that lists them, so a reviewer can redo a sum by hand. */
#include <string.h>

#include "../util/arena.h"
#include "audit_trace.h"
#include "fmt_base.h"

const char *audit_name(const struct report *r)
{
	return r->opgave.naam ? r->opgave.naam : r->source;
}

static int same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

const char *audit_trace_add(struct fmt *f, struct audit_trace *t, const char *figure,
                            const struct report *r, const char *path)
{
	const char *opgave = r ? audit_name(r) : "alle opgaven";
	const char *file =
	    r ? (r->nsources ? r->sources[0].path : r->source) : "alle invoerbestanden";
	for (size_t i = 0; i < t->n; i++)
		if (same(t->v[i].figure, figure) && same(t->v[i].file, file) &&
		    same(t->v[i].path, path))
			return t->v[i].label;
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 32;
		struct trace_row *grown = arena_array(layout_arena(f->L), cap, sizeof *grown);
		if (t->n)
			memcpy(grown, t->v, t->n * sizeof *grown);
		t->v = grown;
		t->cap = cap;
	}
	t->v[t->n] =
	    (struct trace_row){fmt_printf(f, "H%zu", t->n + 1), figure, opgave, file, path};
	return t->v[t->n++].label;
}

const char *audit_trace_note(struct fmt *f, const struct audit_trace *t, size_t first)
{
	if (first >= t->n)
		return NULL;
	if (first + 1 == t->n)
		return fmt_printf(f, "Herkomst: %s in de bijlage Herkomst van de cijfers.",
		                  t->v[first].label);
	if (first + 2 == t->n)
		return fmt_printf(f, "Herkomst: %s en %s in de bijlage Herkomst van de cijfers.",
		                  t->v[first].label, t->v[first + 1].label);
	return fmt_printf(f, "Herkomst: %s tot en met %s in de bijlage Herkomst van de cijfers.",
	                  t->v[first].label, t->v[t->n - 1].label);
}

void audit_trace_appendix(struct fmt *f, const struct audit_trace *t)
{
	struct table *tb;
	layout_heading(f->L, "Bijlage: herkomst van de cijfers", 1, AUDIT_H1);
	layout_text(
	    f->L,
	    "Elk cijfer dat dit onderzoek berekent, met de opgave, het invoerbestand en het "
	    "JSON-pad "
	    "waaruit het komt. [*] staat voor elk element van een lijst; [j] voor het jaar in "
	    "middelen.jaren. Zo is elk cijfer met de hand na te rekenen.",
	    ROLE_BODY, FONT_REGULAR);
	if (t->n == 0) {
		fmt_missing(f, "Dit onderzoek berekent geen cijfers uit de invoer.");
		return;
	}
	tb = fmt_table(f, 3, t->n);
	tb->caption = fmt_caption(f, "Herkomst van de berekende cijfers");
	fmt_columns(tb, (const char *const[]){"Nr.", "Opgave en cijfer", "Bestand en JSON-pad"},
	            "LLL");
	for (size_t i = 0; i < t->n; i++) {
		tb->rows[i].cells[0] = t->v[i].label;
		tb->rows[i].cells[1] = fmt_printf(f, "%s: %s", t->v[i].opgave, t->v[i].figure);
		tb->rows[i].cells[2] = fmt_printf(f, "%s %s", t->v[i].file, t->v[i].path);
	}
	tb->first_col_max = 0.08;
	fmt_layout_table(f, tb);
}
