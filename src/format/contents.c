/* What a report holds, at a glance: the table of the quadrants and the
 * paragraph with a line on each one's contents, and the small multiples
 * of every indicator's trend. The quarterly report's summary, the
 * overview and the annual report use them. */
#include <string.h>

#include "../chart/chart.h"
#include "../check/rules.h"
#include "../model/money.h"
#include "../model/status.h"
#include "../text/goal.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
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
			with_target += indicator_has_target(&r->indicatoren[i]);
		if (r->nindicatoren)
			buf_printf(&b, "%s%s, %s met streefwaarde", b.len ? "; " : "",
			           count(f, r->nindicatoren, "indicator", "indicatoren"),
			           with_target == 0 ? "geen"
			           : with_target == r->nindicatoren && with_target > 1 ? "alle"
			                                                               : fmt_printf(f, "%zu", with_target));
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
	s = fmt_printf(f, "%s", b.len ? buf_str(&b) : NL_MISSING);
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
	if (steps == STEP_MAX)
		buf_printf(&b, "; alle %d stappen beschreven", STEP_MAX);
	else if (steps == 0)
		buf_printf(&b, "; geen van de %d stappen beschreven", STEP_MAX);
	else
		buf_printf(&b, "; %d van de %d stappen beschreven", steps, STEP_MAX);
	s = fmt_printf(f, "%s", buf_str(&b));
	buf_free(&b);
	return s;
}

void fmt_draw_multiples(struct canvas *cv, const void *data, double w, double h)
{
	chart_multiples(cv, data, w, h);
}

/* How completely a part is filled in, in the words of the audit's
 * verdict on it (K1 per quadrant, S4 for the paragraph), so the summary
 * and the audit never disagree. */
static const char *invulling(const struct findings *fd, const char *rule, const char *subject)
{
	for (size_t i = 0; i < fd->n; i++)
		if (strcmp(fd->v[i].rule, rule) == 0 && (subject == NULL || strcmp(fd->v[i].subject, subject) == 0))
			return fd->v[i].verdict == V_VOLDOET ? "volledig" : fd->v[i].verdict == V_DEELS ? "deels" : "niet ingevuld";
	return "niet ingevuld";
}

/* Progress where the report measures it: the indicators' statuses, and
 * the share of the reporting year's budget spent. */
static const char *voortgang(struct fmt *f, enum quadrant q)
{
	const struct report *r = f->r;
	if (q == Q_DATA && r->nindicatoren) {
		size_t n[STATUS_MAX] = {0};
		char counts[256];
		for (size_t i = 0; i < r->nindicatoren; i++)
			n[indicator_status(&r->indicatoren[i]).kind]++;
		return fmt_printf(f, "%s", nl_status_counts(counts, sizeof counts, n));
	}
	if (q == Q_KADERS && r->middelen.nposten) {
		const struct middelen *m = &r->middelen;
		for (size_t j = m->njaren; j-- > 0;) {
			struct money b = budget_year_sum(m, j, 0), s = budget_year_sum(m, j, 1);
			char pct[32];
			if (m->jaren[j] > r->meta.periode.year || s.kind != VAL_NUMBER)
				continue;
			if (b.kind != VAL_NUMBER || b.q <= 0)
				break;
			return fmt_printf(f, "%s van het budget %d besteed",
			                  nl_percent(pct, sizeof pct, 100.0 * money_to_double(s.q) / money_to_double(b.q), 0),
			                  m->jaren[j]);
		}
	}
	return "";
}

void fmt_quadrant_table(struct fmt *f, const char *caption, const char *contents_header)
{
	const struct report *r = f->r;
	struct table *t = fmt_table(f, 4, QUADRANT_MAX + 1);
	struct arena *a = arena_new();
	struct findings fd = {0};
	rules_run(r, a, &fd);
	t->caption = caption;
	fmt_columns(t, (const char *const[]){"Kwadrant", "Invulling", contents_header, "Voortgang"}, "LLLL");
	t->first_col_max = 0.3;
	for (int q = 0; q < QUADRANT_MAX; q++) {
		t->rows[q].cells[0] = quadrant_title[q];
		t->rows[q].cells[1] = r->q[q].present ? invulling(&fd, "K1", quadrant_title[q]) : "niet ingevuld";
		t->rows[q].cells[2] = r->q[q].present ? fmt_quadrant_contents(f, (enum quadrant)q) : "";
		t->rows[q].cells[3] = r->q[q].present ? voortgang(f, (enum quadrant)q) : "";
	}
	t->rows[QUADRANT_MAX].cells[0] = "Ongelijk investeren voor gelijke kansen";
	t->rows[QUADRANT_MAX].cells[1] = r->ongelijk.present ? invulling(&fd, "S4", NULL) : "niet ingevuld";
	t->rows[QUADRANT_MAX].cells[2] = fmt_ongelijk_contents(f);
	t->rows[QUADRANT_MAX].cells[3] = "";
	findings_free(&fd);
	arena_free(a);
	fmt_layout_table(f, t);
}
