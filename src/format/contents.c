/* What a report holds, at a glance: the table of the quadrants and the
 * paragraph with a line on each one's contents, and the small multiples
 * of every indicator's trend. The quarterly report's summary, the
 * overview and the annual report use them. */
#include "../chart/chart.h"
#include "../text/nlformat.h"
#include "../util/buf.h"
#include "contents.h"
#include "fmt_base.h"

/* "1 indicator", "3 indicatoren". */
static const char *count(struct fmt *f, size_t n, const char *one, const char *more)
{
	return fmt_printf(f, "%zu %s", n, n == 1 ? one : more);
}

/* One line of the summary's quadrant table. */
const char *fmt_quadrant_contents(struct fmt *f, enum quadrant q)
{
	const struct report *r = f->r;
	struct buf b = {0};
	const char *s;
	size_t with_target = 0;
	if (!doc_is_empty(&r->q[q].tekst))
		buf_puts(&b, "toelichting");
	switch (q) {
	case Q_GEDEELDE_WAARDEN:
		if (r->leidende_principes.n)
			buf_printf(&b, "%s%s", b.len ? "; " : "", count(f, r->leidende_principes.n, "leidend principe", "leidende principes"));
		break;
	case Q_KADERS:
		if (r->middelen.nposten && r->middelen.njaren == 1)
			buf_printf(&b, "%smiddelen %d", b.len ? "; " : "", r->middelen.jaren[0]);
		else if (r->middelen.nposten && r->middelen.njaren)
			buf_printf(&b, "%smiddelen %d\xE2\x80\x93%d", b.len ? "; " : "", r->middelen.jaren[0],
			           r->middelen.jaren[r->middelen.njaren - 1]);
		else if (r->middelen.present)
			buf_printf(&b, "%sgeen geoormerkt budget", b.len ? "; " : "");
		if (r->npartners)
			buf_printf(&b, "%s%s", b.len ? "; " : "", count(f, r->npartners, "netwerkpartner", "netwerkpartners"));
		if (r->nprestaties)
			buf_printf(&b, "%s%s", b.len ? "; " : "", count(f, r->nprestaties, "prestatie", "prestaties"));
		break;
	case Q_DATA:
		for (size_t i = 0; i < r->nindicatoren; i++)
			with_target += r->indicatoren[i].streefwaarde.kind == VAL_NUMBER ||
			               r->indicatoren[i].band_laag.kind == VAL_NUMBER;
		if (r->nindicatoren)
			buf_printf(&b, "%s%s, %zu met streefwaarde", b.len ? "; " : "",
			           count(f, r->nindicatoren, "indicator", "indicatoren"), with_target);
		if (!doc_is_empty(&r->monitoring))
			buf_printf(&b, "%smonitoringplan", b.len ? "; " : "");
		break;
	case Q_LEREN:
		if (r->bijsturing.inzetten.n + r->bijsturing.versterken.n + r->bijsturing.afbouwen.n)
			buf_printf(&b, "%sbijsturing: %zu inzetten, %zu versterken, %zu afbouwen", b.len ? "; " : "",
			           r->bijsturing.inzetten.n, r->bijsturing.versterken.n, r->bijsturing.afbouwen.n);
		break;
	default:
		break;
	}
	s = fmt_printf(f, "%s", b.len ? buf_str(&b) : NL_ABSENT);
	buf_free(&b);
	return s;
}

const char *fmt_ongelijk_contents(struct fmt *f)
{
	const struct ongelijk *og = &f->r->ongelijk;
	struct buf b = {0};
	const char *s;
	int steps = 0, first = 1;
	if (!og->present)
		return "ontbreekt";
	buf_puts(&b, "perspectief ");
	for (int p = 0; p < PERSP_MAX; p++)
		if (og->perspectief[p]) {
			buf_printf(&b, "%s%c", first ? "" : ", ", 'A' + p);
			first = 0;
		}
	if (first)
		buf_puts(&b, "niet gekozen");
	for (int i = 0; i < STEP_MAX; i++)
		steps += !doc_is_empty(&og->stap[i]);
	buf_printf(&b, "; %d van de %d stappen uitgewerkt", steps, STEP_MAX);
	s = fmt_printf(f, "%s", buf_str(&b));
	buf_free(&b);
	return s;
}

void fmt_draw_multiples(struct canvas *cv, const void *data, double w, double h)
{
	chart_multiples(cv, data, w, h);
}

void fmt_quadrant_table(struct fmt *f, const char *caption, const char *contents_header)
{
	const struct report *r = f->r;
	struct table *t = fmt_table(f, 3, QUADRANT_MAX + 1);
	t->caption = caption;
	fmt_columns(t, (const char *const[]){"Kwadrant", "Stand", contents_header}, "LLL");
	t->first_col_max = 0.42;
	for (int q = 0; q < QUADRANT_MAX; q++) {
		t->rows[q].cells[0] = quadrant_title[q];
		t->rows[q].cells[1] = r->q[q].present ? "ingevuld" : "niet ingevuld";
		t->rows[q].cells[2] = r->q[q].present ? fmt_quadrant_contents(f, (enum quadrant)q) : NL_ABSENT;
	}
	t->rows[QUADRANT_MAX].cells[0] = "Ongelijk investeren voor gelijke kansen";
	t->rows[QUADRANT_MAX].cells[1] = r->ongelijk.present ? "ingevuld" : "niet ingevuld";
	t->rows[QUADRANT_MAX].cells[2] = fmt_ongelijk_contents(f);
	layout_table(f->L, t);
}
