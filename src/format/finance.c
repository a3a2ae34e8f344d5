/* The financial tables of "Kaders en randvoorwaarden": budget per post and
 * year, budgeted against spent, network partners with their agreements, and
 * prestaties with the cost per unit. All sums are exact (struct money). */
#include <stdio.h>
#include <string.h>

#include "../chart/chart.h"
#include "../model/money.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "finance.h"
#include "fmt_base.h"

#define H2_FLAGS (HEADING_TOC | HEADING_NUMBERED)

/* " (x € 1.000)" after a caption, or nothing without a unit. */
static const char *unit_suffix(struct fmt *f, const struct middelen *m)
{
	return m->eenheid ? fmt_printf(f, " (%s)", m->eenheid) : "";
}

static const char *amount(struct fmt *f, const struct money *v, int dec)
{
	char tmp[64];
	return fmt_printf(f, "%s", nl_money_value(tmp, sizeof tmp, v, dec));
}


/* Sum of a row over the years. */
static struct money row_sum(const struct money *row, size_t n)
{
	struct money s;
	if (money_sum(row, n, sizeof(*row), &s) != 0)
		s.kind = VAL_UNKNOWN;
	return s;
}

/* True when the displayed (rounded) figures of a column do not add up to
 * the displayed total: the reader needs the rounding footnote. */
static int rounding_shows(const struct money *cells, size_t n, size_t stride, const struct money *total,
                          int dec)
{
	const char *p = (const char *)cells;
	int64_t shown = 0;
	if (total->kind != VAL_NUMBER)
		return 0;
	for (size_t i = 0; i < n; i++, p += stride) {
		const struct money *m = (const struct money *)p;
		if (m->kind == VAL_UNKNOWN)
			return 0;
		if (m->kind == VAL_NUMBER)
			shown += money_round(m->q, dec);
	}
	return shown != money_round(total->q, dec);
}

/* Budget per post and year, with a total column and a total row. A
 * supplied total that differs from the sum is printed as supplied and
 * marked; the note says what the posts add up to. */
static void budget_table(struct fmt *f)
{
	const struct middelen *m = &f->r->middelen;
	size_t ny = m->njaren, nc = ny + 2;
	struct table *t = fmt_table(f, nc, m->nposten + 1);
	struct money *totals = arena_array(layout_arena(f->L), ny + 1, sizeof(struct money));
	struct money *rowtotals = arena_array(layout_arena(f->L), m->nposten, sizeof(struct money));
	struct money *column = arena_array(layout_arena(f->L), m->nposten, sizeof(struct money));
	int dec = budget_decimals(m), rounding = 0, mismatch = 0;
	struct buf note = {0};
	char a[64];

	t->caption = fmt_caption(f, fmt_printf(f, "Begroting per post%s", unit_suffix(f, m)));
	t->cols[0].header = "Post";
	for (size_t j = 0; j <= ny; j++) {
		t->cols[j + 1].header = j < ny ? fmt_printf(f, "%d", m->jaren[j]) : "Totaal";
		t->cols[j + 1].align = CELL_RIGHT;
		t->cols[j + 1].min_width = ny <= 6 ? 44 : 0; /* even columns when there is room */
	}
	for (size_t i = 0; i < m->nposten; i++) {
		const struct middelen_post *p = &m->posten[i];
		t->rows[i].cells[0] = p->eenmalig ? fmt_printf(f, "%s (eenmalig)", p->naam) : p->naam;
		for (size_t j = 0; j < ny; j++)
			t->rows[i].cells[j + 1] = amount(f, &p->begroot[j], dec);
		rowtotals[i] = row_sum(p->begroot, ny);
		t->rows[i].cells[ny + 1] = amount(f, &rowtotals[i], dec);
		if (p->eenmalig)
			t->rows[i].flags |= ROW_MUTED;
	}
	t->rows[m->nposten].cells[0] = "Totaal";
	t->rows[m->nposten].flags = ROW_TOTAL;
	for (size_t j = 0; j < ny; j++) {
		struct money sum = budget_year_sum(m, j, 0);
		totals[j] = sum;
		if (m->totaal != NULL && m->totaal[j].kind != VAL_ABSENT) {
			totals[j] = m->totaal[j];
			if (m->totaal[j].kind == VAL_NUMBER && sum.kind == VAL_NUMBER && sum.q != m->totaal[j].q) {
				/* exact figures in the note, so it never reads "1.040 ... tot 1.040" */
				int ndec = sum.decimals > m->totaal[j].decimals ? sum.decimals : m->totaal[j].decimals;
				t->rows[m->nposten].cells[j + 1] = fmt_printf(f, "%s*", amount(f, &m->totaal[j], dec));
				buf_printf(&note, "%s%d: de posten tellen op tot %s", note.len ? "; " : "* Opgegeven totaal. ",
				           m->jaren[j], nl_amount(a, sizeof a, sum.q, ndec > dec ? ndec : dec));
				mismatch = 1;
				continue;
			}
		}
		t->rows[m->nposten].cells[j + 1] = amount(f, &totals[j], dec);
		for (size_t i = 0; i < m->nposten; i++)
			column[i] = m->posten[i].begroot[j];
		rounding |= rounding_shows(column, m->nposten, sizeof(struct money), &sum, dec);
	}
	totals[ny] = row_sum(totals, ny);
	t->rows[m->nposten].cells[ny + 1] = mismatch ? fmt_printf(f, "%s*", amount(f, &totals[ny], dec))
	                                             : amount(f, &totals[ny], dec);
	for (size_t i = 0; i < m->nposten; i++)
		rounding |= rounding_shows(m->posten[i].begroot, ny, sizeof(struct money), &rowtotals[i], dec);
	rounding |= rounding_shows(totals, ny, sizeof(struct money), &totals[ny], dec);
	if (note.len)
		buf_puts(&note, ".");
	if (rounding)
		buf_printf(&note, "%sDoor afronding kunnen totalen afwijken.", note.len ? " " : "");
	t->note = note.len ? fmt_printf(f, "%s", buf_str(&note)) : NULL;
	t->first_col_max = 0.4;
	fmt_layout_table(f, t);
	buf_free(&note);
}

/* Budgeted against spent in one year: difference and realisation; spending
 * above the budget is marked. */
static void spent_table(struct fmt *f, size_t year)
{
	const struct middelen *m = &f->r->middelen;
	struct table *t = fmt_table(f, 5, m->nposten + 1);

	struct money tb, ts, *bcol = arena_array(layout_arena(f->L), m->nposten, sizeof(struct money));
	struct money *scol = arena_array(layout_arena(f->L), m->nposten, sizeof(struct money));
	struct money *dcol = arena_array(layout_arena(f->L), m->nposten + 1, sizeof(struct money));
	int dec = budget_decimals(m), over = 0, rounding = 0;
	char pct[32];

	t->caption = fmt_caption(f, fmt_printf(f, "Begroot en besteed %d%s", m->jaren[year], unit_suffix(f, m)));
	fmt_columns(t, (const char *const[]){"Post", "Begroot", "Besteed", "Verschil", "Realisatie"}, "LRRRR");
	for (size_t i = 0; i <= m->nposten; i++) {
		const struct money *b, *s;
		struct money none = {VAL_ABSENT, 0, 0}, diff = {VAL_ABSENT, 0, 0};
		if (i < m->nposten) {
			b = &m->posten[i].begroot[year];
			s = m->posten[i].besteed ? &m->posten[i].besteed[year] : &none;
			bcol[i] = *b;
			scol[i] = *s;
			t->rows[i].cells[0] = m->posten[i].naam;
		} else {
			tb = budget_year_sum(m, year, 0);
			ts = budget_year_sum(m, year, 1);
			b = &tb;
			s = &ts;
			t->rows[i].cells[0] = "Totaal";
			t->rows[i].flags = ROW_TOTAL;
		}
		t->rows[i].cells[1] = amount(f, b, dec);
		/* spending not given or not known is missing data, never nihil */
		t->rows[i].cells[2] = s->kind == VAL_NUMBER ? amount(f, s, dec) : NL_MISSING;
		if (b->kind == VAL_NUMBER && s->kind == VAL_NUMBER) {
			diff.kind = VAL_NUMBER;
			diff.q = b->q - s->q;
		} else if (b->kind == VAL_UNKNOWN || s->kind == VAL_UNKNOWN) {
			diff.kind = VAL_UNKNOWN;
		}
		t->rows[i].cells[3] = diff.kind == VAL_NUMBER    ? amount(f, &diff, dec)
		                      : b->kind == VAL_UNKNOWN ? NL_UNKNOWN
		                                               : NL_MISSING;
		dcol[i] = diff;
		/* a difference that does not follow from the two figures as printed */
		if (diff.kind == VAL_NUMBER &&
		    money_round(b->q, dec) - money_round(s->q, dec) != money_round(diff.q, dec))
			rounding = 1;
		if (diff.kind == VAL_NUMBER && b->q != 0) {
			nl_percent(pct, sizeof pct, 100.0 * money_to_double(s->q) / money_to_double(b->q), 0);
			t->rows[i].cells[4] = fmt_printf(f, "%s%s", pct, diff.q < 0 ? "*" : "");
			over |= diff.q < 0;
		} else if (diff.kind == VAL_NUMBER && diff.q < 0) { /* spent without a budget */
			t->rows[i].cells[4] = fmt_printf(f, "%s*", NL_NA);
			over = 1;
		} else {
			t->rows[i].cells[4] = diff.kind == VAL_NUMBER ? NL_NA : t->rows[i].cells[3];
		}
	}
	rounding |= rounding_shows(bcol, m->nposten, sizeof(struct money), &tb, dec) ||
	            rounding_shows(scol, m->nposten, sizeof(struct money), &ts, dec) ||
	            rounding_shows(dcol, m->nposten, sizeof(struct money), &dcol[m->nposten], dec);
	t->note = over && rounding ? "Verschil: begroot min besteed. * Meer besteed dan begroot. Door afronding kunnen totalen "
	                             "en verschillen afwijken."
	          : over          ? "Verschil: begroot min besteed. * Meer besteed dan begroot."
	          : rounding      ? "Verschil: begroot min besteed. Door afronding kunnen totalen en verschillen afwijken."
	                          : "Verschil: begroot min besteed.";
	t->first_col_max = 0.4;
	fmt_layout_table(f, t);
}

static void draw_stack(struct canvas *cv, const void *data, double w, double h)
{
	chart_budget_stack(cv, data, w, h);
}

static void draw_spent(struct canvas *cv, const void *data, double w, double h)
{
	chart_budget_spent(cv, data, w, h);
}

static void middelen(struct fmt *f)
{
	const struct middelen *m = &f->r->middelen;
	struct chart_style st;
	layout_heading(f->L, "Middelen", 2, H2_FLAGS);
	if (m->nposten == 0 || m->njaren == 0) {
		fmt_missing(f, "Voor deze opgave is geen geoormerkt budget opgegeven: begroot en besteed zijn "
		               "niet per jaar zichtbaar.");
		layout_blocks(f->L, &m->toelichting, 3);
		return;
	}
	budget_table(f);
	chart_style_init(&st, f->t);
	fmt_figure(f, fmt_printf(f, "Begroting per %s en jaar%s", budget_by_pijler(m) ? "pijler" : "post", unit_suffix(f, m)),
	           150, chart_budget_stack_alt(layout_arena(f->L), m, &st), draw_stack, m);
	for (size_t j = 0; j < m->njaren; j++) {
		int any = 0;
		for (size_t i = 0; i < m->nposten; i++)
			any |= m->posten[i].besteed != NULL && m->posten[i].besteed[j].kind != VAL_ABSENT;
		if (any)
			spent_table(f, j);
	}
	if (chart_budget_has_spent(m))
		fmt_figure(f, fmt_printf(f, "Begroot en besteed per jaar%s", unit_suffix(f, m)), 150,
		           chart_budget_spent_alt(layout_arena(f->L), m), draw_spent, m);
	layout_blocks(f->L, &m->toelichting, 3);
}

/* An amount of euros with `dec` decimals (0 or 2): one column of money
 * shows one number of decimals. */
static const char *euros(struct fmt *f, const struct money *m, int dec)
{
	char tmp[64];
	if (m->kind != VAL_NUMBER) /* an amount still to be agreed, or not given */
		return m->kind == VAL_UNKNOWN ? NL_UNKNOWN : NL_MISSING;
	return fmt_printf(f, "%s", nl_euros(tmp, sizeof tmp, m->q, dec));
}

/* 2 when some amount of a column has cents, else 0. */
static int column_cents(const struct money *first, size_t n, size_t stride)
{
	const char *p = (const char *)first;
	for (size_t i = 0; i < n; i++, p += stride) {
		const struct money *m = (const struct money *)p;
		if (m->kind == VAL_NUMBER && m->q % MONEY_SCALE != 0)
			return 2;
	}
	return 0;
}

static void partners(struct fmt *f)
{
	const struct report *r = f->r;
	struct table *t;
	int dec;
	if (r->npartners == 0)
		return;
	layout_heading(f->L, "Netwerkpartners", 2, H2_FLAGS);
	dec = column_cents(&r->partners[0].bedrag, r->npartners, sizeof *r->partners);
	t = fmt_table(f, 4, r->npartners);
	t->caption = fmt_caption(f, "Netwerkpartners en afspraken");
	fmt_columns(t, (const char *const[]){"Partner", "Rol", "Soort afspraak", "Bedrag"}, "LLLR");
	for (size_t i = 0; i < r->npartners; i++) {
		const struct netwerkpartner *p = &r->partners[i];
		t->rows[i].cells[0] = p->naam;
		t->rows[i].cells[1] = p->rol ? p->rol : NL_MISSING;
		t->rows[i].cells[2] = p->afspraak ? p->afspraak : NL_MISSING;
		/* no agreement, no amount: not applicable rather than missing */
		t->rows[i].cells[3] = p->bedrag.kind == VAL_ABSENT && p->afspraak && strcmp(p->afspraak, "geen") == 0
		                          ? NL_NA
		                          : euros(f, &p->bedrag, dec);
	}
	fmt_layout_table(f, t);
}

/* Cost per unit (money.h): what the audit found missing, money linked to
 * output. The sign for why there is none, or NULL with *per set. */
static const char *cost_per_unit(const struct prestatie *p, struct money *per)
{
	enum unit_cost u = prestatie_unit_cost(p, per);
	return u == UNIT_COST_KNOWN ? NULL : u == UNIT_COST_MISSING ? NL_MISSING : NL_NA;
}

static void prestaties(struct fmt *f)
{
	if (f->r->nprestaties == 0)
		return;
	layout_heading(f->L, "Prestaties", 2, H2_FLAGS);
	fmt_prestaties_table(f);
}

void fmt_prestaties_table(struct fmt *f)
{
	const struct report *r = f->r;
	int costs = 0, kdec, pdec = 0;
	size_t nc;
	struct table *t;
	struct money *per = arena_array(layout_arena(f->L), r->nprestaties + 1, sizeof *per);
	const char **why = arena_array(layout_arena(f->L), r->nprestaties + 1, sizeof *why);
	for (size_t i = 0; i < r->nprestaties; i++) {
		costs |= r->prestaties[i].kosten.kind != VAL_ABSENT;
		why[i] = cost_per_unit(&r->prestaties[i], &per[i]);
	}
	/* one number of decimals per column: cents in all when one has them */
	kdec = r->nprestaties ? column_cents(&r->prestaties[0].kosten, r->nprestaties, sizeof *r->prestaties) : 0;
	pdec = column_cents(per, r->nprestaties, sizeof *per);
	nc = costs ? 7 : 5;
	t = fmt_table(f, nc, r->nprestaties);
	t->caption = fmt_caption(f, "Afgesproken en gerealiseerde prestaties");
	fmt_columns(t, (const char *const[]){"Prestatie", "Eenheid", "Afgesproken", "Gerealiseerd", "Realisatie",
	                                     "Kosten", "Per eenheid"},
	            "LLRRRRR");
	for (size_t i = 0; i < r->nprestaties; i++) {
		const struct prestatie *p = &r->prestaties[i];
		char tmp[64];
		t->rows[i].cells[0] = p->omschrijving;
		t->rows[i].cells[1] = p->eenheid ? p->eenheid : NL_MISSING;
		t->rows[i].cells[2] = fmt_value(f, &p->afgesproken);
		t->rows[i].cells[3] = fmt_measured(f, &p->gerealiseerd);
		if (p->afgesproken.kind == VAL_NUMBER && p->gerealiseerd.kind == VAL_NUMBER && p->afgesproken.num != 0)
			t->rows[i].cells[4] = fmt_printf(f, "%s", nl_percent(tmp, sizeof tmp,
			                                                    100 * p->gerealiseerd.num / p->afgesproken.num, 0));
		else
			t->rows[i].cells[4] = p->afgesproken.kind == VAL_UNKNOWN ? NL_UNKNOWN
			                      : p->afgesproken.kind == VAL_NUMBER && p->gerealiseerd.kind == VAL_NUMBER
			                          ? NL_NA /* nothing agreed */
			                          : NL_MISSING;
		if (costs) {
			t->rows[i].cells[5] = euros(f, &p->kosten, kdec);
			t->rows[i].cells[6] = why[i] ? why[i] : euros(f, &per[i], pdec);
		}
	}
	t->first_col_max = 0.4;
	fmt_layout_table(f, t);
}

void fmt_finance(struct fmt *f)
{
	if (f->r->middelen.present)
		middelen(f);
	partners(f);
	prestaties(f);
}
