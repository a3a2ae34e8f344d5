/* The evidence the audit computes for one opgave beyond the rules'
 * verdicts (seed 004, ch. 4: "inzicht in de begrote en bestede middelen;
 * keuze voor instrumenten"): begroot against besteed per year, the
 * instruments the report names, and what it starts, strengthens and stops
 * with the budget posts those lines name. Sums are exact (money.h); a year whose
 * spending is not known says so and is never nihil. */
#include <stdio.h>
#include <string.h>

#include "../model/money.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "audit_evidence.h"
#include "audit_trace.h"
#include "fmt_base.h"

#define MIDDELEN "$.kaders_en_randvoorwaarden.middelen"

struct money audit_in_thousands(const struct middelen *m, size_t year, int besteed)
{
	struct money s = budget_year_sum(m, year, besteed);
	long long factor = 1; /* euros per table unit */
	if (s.kind != VAL_NUMBER)
		return s;
	if (m->eenheid != NULL && strstr(m->eenheid, "mln") != NULL)
		factor = 1000000;
	else if (m->eenheid != NULL && strstr(m->eenheid, "1.000") != NULL)
		factor = 1000;
	/* from table units to thousands of euros, half away from zero */
	if (factor >= 1000)
		s.q = s.q * (factor / 1000);
	else
		s.q = (s.q >= 0 ? s.q + 500 : s.q - 500) / 1000;
	return s;
}

static int any_spending(const struct middelen *m)
{
	for (size_t i = 0; i < m->nposten; i++)
		if (m->posten[i].besteed != NULL)
			return 1;
	return 0;
}

void audit_money_per_year(struct fmt *f, struct audit_trace *tr)
{
	const struct middelen *m = &f->r->middelen;
	size_t first = tr->n;
	struct table *t;
	char a[64];
	int dec = budget_decimals(m);
	layout_heading(f->L, "Begroot en besteed per jaar", 2, AUDIT_H2);
	if (m->nposten == 0 || m->njaren == 0) {
		fmt_missing(f, "Geen geoormerkt budget: begroot en besteed zijn voor deze opgave "
		               "niet te bepalen.");
		return;
	}
	t = fmt_table(f, 4, m->njaren);
	t->caption = fmt_caption(f, fmt_printf(f, "Begroot en besteed per jaar%s%s%s",
	                                       m->eenheid ? " (" : "", m->eenheid ? m->eenheid : "",
	                                       m->eenheid ? ")" : ""));
	fmt_columns(t, (const char *const[]){"Jaar", "Begroot", "Besteed", "Besteed van begroot"},
	            "LRRR");
	for (size_t j = 0; j < m->njaren; j++) {
		struct money b = budget_year_sum(m, j, 0), s = budget_year_sum(m, j, 1);
		t->rows[j].cells[0] = fmt_printf(f, "%d", m->jaren[j]);
		t->rows[j].cells[1] = fmt_printf(f, "%s", nl_money_value(a, sizeof a, &b, dec));
		/* spending not given or not known is missing data, never nihil */
		t->rows[j].cells[2] =
		    s.kind == VAL_NUMBER ? fmt_printf(f, "%s", nl_money_value(a, sizeof a, &s, dec))
		                         : NL_MISSING;
		t->rows[j].cells[3] =
		    b.kind == VAL_NUMBER && s.kind == VAL_NUMBER && b.q > 0
		        ? fmt_printf(f, "%s",
		                     nl_percent(a, sizeof a,
		                                100.0 * money_to_double(s.q) / money_to_double(b.q),
		                                0))
		    : b.kind == VAL_UNKNOWN ? NL_UNKNOWN
		    : s.kind == VAL_NUMBER  ? NL_NA
		                            : NL_MISSING;
	}
	audit_trace_add(f, tr, "begroot per jaar: som van de posten", f->r,
	                MIDDELEN ".posten[*].begroot[j]");
	if (any_spending(m))
		audit_trace_add(f, tr, "besteed per jaar: som van de posten", f->r,
		                MIDDELEN ".posten[*].besteed[j]");
	t->note = fmt_printf(f,
	                     "De som van de posten per jaar; besteed van begroot is besteed "
	                     "gedeeld door begroot.%s%s%s",
	                     any_spending(m) ? "" : " De rapportage geeft geen besteding.",
	                     audit_trace_note(f, tr, first) ? " " : "",
	                     audit_trace_note(f, tr, first) ? audit_trace_note(f, tr, first) : "");
	fmt_layout_table(f, t);
}

/* An agreement that is an instrument: given, and not "geen". */
static int is_agreement(const struct netwerkpartner *p)
{
	return p->afspraak != NULL && strcmp(p->afspraak, "geen") != 0;
}

void audit_instruments(struct fmt *f, struct audit_trace *tr)
{
	const struct report *r = f->r;
	size_t n = r->middelen.nposten, row = 0, first = tr->n;
	struct table *t;
	for (size_t i = 0; i < r->npartners; i++)
		n += is_agreement(&r->partners[i]);
	layout_heading(f->L, "Instrumenten", 2, AUDIT_H2);
	if (n == 0) {
		fmt_missing(
		    f, "De rapportage noemt geen budgetposten en geen afspraken met partners.");
		return;
	}
	t = fmt_table(f, 3, n);
	t->caption =
	    fmt_caption(f, "Ingezette instrumenten: budgetposten en afspraken met partners");
	fmt_columns(t, (const char *const[]){"Instrument", "Soort", "Pijler of partner"}, "LLL");
	for (size_t i = 0; i < r->middelen.nposten; i++, row++) {
		const struct middelen_post *p = &r->middelen.posten[i];
		t->rows[row].cells[0] = p->naam;
		t->rows[row].cells[1] = p->eenmalig ? "eenmalige budgetpost" : "budgetpost";
		/* a budget not set out by pijler: not applicable, not missing */
		t->rows[row].cells[2] = p->pijler                        ? p->pijler
		                        : budget_by_pijler(&r->middelen) ? NL_MISSING
		                                                         : NL_NA;
	}
	for (size_t i = 0; i < r->npartners; i++)
		if (is_agreement(&r->partners[i])) {
			t->rows[row].cells[0] = r->partners[i].afspraak;
			t->rows[row].cells[1] = "afspraak met een partner";
			t->rows[row].cells[2] = r->partners[i].naam;
			row++;
		}
	if (r->middelen.nposten)
		audit_trace_add(f, tr, "budgetposten", r,
		                MIDDELEN ".posten[*].naam, pijler, eenmalig");
	if (n > r->middelen.nposten)
		audit_trace_add(f, tr, "afspraken met partners", r,
		                "$.kaders_en_randvoorwaarden.netwerkpartners[*].afspraak");
	t->note = audit_trace_note(f, tr, first);
	fmt_layout_table(f, t);
}

/* True when `text` names `name` (ASCII letters compared without case). */
static int names(const char *text, const char *name)
{
	size_t n = strlen(name);
	if (n < 3)
		return 0;
	for (; *text; text++) {
		size_t i = 0;
		while (i < n && text[i] &&
		       (text[i] == name[i] ||
		        ((unsigned char)text[i] < 128 && (unsigned char)name[i] < 128 &&
		         (text[i] | 0x20) == (name[i] | 0x20) &&
		         ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z'))))
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* The start/strengthen/stop lines that name a budget post, with what the
 * post budgets in its last year: the choice tied to the money it moves. */
static void steering_posts(struct fmt *f, const struct strlist *const *l, struct audit_trace *tr)
{
	static const char *const kind[3] = {"inzetten", "versterken", "afbouwen"};
	const struct middelen *m = &f->r->middelen;
	size_t n = 0, row = 0, last;
	struct table *t;
	char a[64];
	if (m->nposten == 0 || m->njaren == 0)
		return;
	last = m->njaren - 1;
	for (int i = 0; i < 3; i++)
		for (size_t k = 0; k < l[i]->n; k++)
			for (size_t p = 0; p < m->nposten; p++)
				n += names(l[i]->items[k], m->posten[p].naam);
	if (n == 0) {
		layout_text(f->L,
		            "Geen van deze punten noemt een budgetpost; welke middelen erbij "
		            "horen, staat er niet bij.",
		            ROLE_SMALL, FONT_ITALIC);
		return;
	}
	t = fmt_table(f, 3, n);
	t->caption = fmt_caption(
	    f, fmt_printf(
	           f, "Bijsturing die een budgetpost noemt, met het budget van die post in %d%s",
	           m->jaren[last], m->eenheid ? fmt_printf(f, " (%s)", m->eenheid) : ""));
	fmt_columns(t,
	            (const char *const[]){"Bijsturing", "Budgetpost",
	                                  fmt_printf(f, "Begroot %d", m->jaren[last])},
	            "LLR");
	for (int i = 0; i < 3; i++)
		for (size_t k = 0; k < l[i]->n; k++)
			for (size_t p = 0; p < m->nposten; p++)
				if (names(l[i]->items[k], m->posten[p].naam)) {
					t->rows[row].cells[0] =
					    fmt_printf(f, "%s: %s", kind[i], l[i]->items[k]);
					t->rows[row].cells[1] = m->posten[p].naam;
					t->rows[row].cells[2] = fmt_printf(
					    f, "%s",
					    nl_money_value(a, sizeof a, &m->posten[p].begroot[last],
					                   budget_decimals(m)));
					row++;
				}
	t->note = fmt_printf(
	    f, "Herkomst: %s in de bijlage Herkomst van de cijfers.",
	    audit_trace_add(
	        f, tr, "bijsturing die een budgetpost bij naam noemt, met haar begroting", f->r,
	        "$.leren_en_verbeteren.bijsturing, "
	        "$.kaders_en_randvoorwaarden.middelen.posten[*].naam, begroot"));
	fmt_layout_table(f, t);
}

void audit_steering(struct fmt *f, struct audit_trace *tr)
{
	static const char *const title[3] = {"Inzetten", "Versterken", "Afbouwen"};
	const struct strlist *l[3] = {&f->r->bijsturing.inzetten, &f->r->bijsturing.versterken,
	                              &f->r->bijsturing.afbouwen};
	if (l[0]->n + l[1]->n + l[2]->n == 0)
		return;
	layout_heading(f->L, "Inzetten, versterken, afbouwen", 2, AUDIT_H2);
	for (int i = 0; i < 3; i++) {
		layout_heading(f->L, title[i], 3, 0);
		if (l[i]->n)
			layout_list(f->L, l[i]->items, l[i]->n, 0);
		else
			fmt_missing(f, "Niets benoemd.");
	}
	steering_posts(f, l, tr);
}
