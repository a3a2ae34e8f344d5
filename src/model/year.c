/* The annual report's model: quarterly reports put in their quarters,
 * followed item by item through the year, and compared quarter with
 * quarter. See year.h for what the budget figures mean. */
#include "year.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/arena.h"
#include "keymap.h"
#include "money.h"

static int same_text(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static void add_problem(struct year *y, enum year_problem_kind kind, size_t input, size_t other, int quarter,
                        size_t cap)
{
	struct year_problem *p;
	if (y->problems == NULL)
		y->problems = arena_array(y->arena, cap, sizeof *y->problems);
	p = &y->problems[y->nproblems++];
	p->kind = kind;
	p->input = input;
	p->other = other;
	p->quarter = quarter;
}

/* The unit of a report's budget, or NULL when it has no posts. */
static const char *budget_unit(const struct report *r)
{
	return r->middelen.present && r->middelen.nposten > 0 ? (r->middelen.eenheid ? r->middelen.eenheid : "") : NULL;
}

/* The input whose opgave most inputs share (the first of them on a tie),
 * so that the odd input out is the one named as wrong. */
static size_t reference(const struct report *const *r, size_t n)
{
	size_t best = 0, most = 0;
	for (size_t i = 0; i < n; i++) {
		size_t c = 0;
		for (size_t k = 0; k < n; k++)
			c += same_text(r[k]->opgave.naam, r[i]->opgave.naam);
		if (c > most) {
			most = c;
			best = i;
		}
	}
	return best;
}

/* Places each input in its quarter; every input that cannot be placed is
 * a problem, and so is a quarter that no input gives (when nothing else is
 * wrong: a wrong year would otherwise also read as a missing quarter). */
static void place(struct year *y, const struct report *const *r, size_t n)
{
	size_t cap = 2 * n + YEAR_QUARTERS, from[YEAR_QUARTERS] = {0}, ref = reference(r, n);
	const char *unit = NULL;
	size_t unit_from = 0;
	for (size_t i = 0; i < n; i++) {
		const struct period *p = &r[i]->meta.periode;
		int qi = p->quarter - 1;
		if (!same_text(r[i]->opgave.naam, r[ref]->opgave.naam))
			add_problem(y, YP_OTHER_OPGAVE, i, ref, 0, cap);
		else if (p->quarter < 1 || p->quarter > YEAR_QUARTERS)
			add_problem(y, YP_NOT_QUARTER, i, 0, 0, cap);
		else if (p->year != y->jaar)
			add_problem(y, YP_OTHER_YEAR, i, 0, p->quarter, cap);
		else if (y->q[qi] != NULL)
			add_problem(y, YP_DUPLICATE, i, from[qi], p->quarter, cap);
		else {
			y->q[qi] = r[i];
			from[qi] = i;
		}
	}
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		const char *u = y->q[q] ? budget_unit(y->q[q]) : NULL;
		if (u == NULL)
			continue;
		if (unit == NULL) {
			unit = u;
			unit_from = from[q];
		} else if (strcmp(unit, u) != 0) {
			add_problem(y, YP_OTHER_UNIT, from[q], unit_from, q + 1, cap);
		}
	}
	for (int q = 0; q < YEAR_QUARTERS; q++)
		if (y->q[q] != NULL) {
			y->nquarters++;
			y->last = q;
		}
	if (year_errors(y) == 0)
		for (int q = 0; q < YEAR_QUARTERS; q++)
			if (y->q[q] == NULL)
				add_problem(y, YP_MISSING, ref, ref, q + 1, cap);
}

/* a + b for figures that may be unknown or absent: unknown wins, absent
 * adds nothing. Overflow makes the sum unknown. */
static void money_accumulate(struct money *acc, const struct money *v)
{
	if (v->kind == VAL_ABSENT || acc->kind == VAL_UNKNOWN)
		return;
	if (v->kind == VAL_UNKNOWN || acc->kind == VAL_ABSENT) {
		*acc = *v;
		return;
	}
	if (money_add(acc->q, v->q, &acc->q) != 0)
		acc->kind = VAL_UNKNOWN;
	if (v->decimals > acc->decimals)
		acc->decimals = v->decimals;
}

static int money_differs(const struct money *a, const struct money *b)
{
	return a->kind != b->kind || (a->kind == VAL_NUMBER && a->q != b->q);
}

static int value_differs(const struct value *a, const struct value *b)
{
	return a->kind != b->kind || (a->kind == VAL_NUMBER && a->num != b->num);
}

/* The column of `jaar` in a budget, or -1. */
static long year_column(const struct middelen *m, int jaar)
{
	for (size_t j = 0; j < m->njaren; j++)
		if (m->jaren[j] == jaar)
			return (long)j;
	return -1;
}

static struct year_budget_row *budget_row(struct year *y, struct keymap *names, const char *naam, size_t cap)
{
	struct year_budget *b = &y->budget;
	size_t cur = 0, i = keymap_next(names, naam, &cur);
	if (i != (size_t)-1)
		return &b->rows[i];
	if (b->rows == NULL)
		b->rows = arena_array(y->arena, cap, sizeof *b->rows);
	keymap_add(names, naam, b->nrows);
	b->rows[b->nrows].naam = naam;
	b->rows[b->nrows].eenmalig = 1;
	return &b->rows[b->nrows++];
}

/* The year's column of every quarter's budget, summed per pijler (or per
 * post), and the totals per quarter. */
static void budget(struct year *y)
{
	struct year_budget *b = &y->budget;
	size_t cap = 0;
	struct keymap *names;
	b->last = -1;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		cap += y->q[q] ? y->q[q]->middelen.nposten : 0;
	names = keymap_new(y->arena, cap, 0);
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		const struct middelen *m = y->q[q] ? &y->q[q]->middelen : NULL;
		long j = m && m->present ? year_column(m, y->jaar) : -1;
		int dec;
		if (j < 0 || m->nposten == 0)
			continue;
		b->present = 1;
		b->last = q;
		b->eenheid = m->eenheid;
		b->by_pijler = budget_by_pijler(m);
		dec = budget_decimals(m);
		b->decimals = dec > b->decimals ? dec : b->decimals;
		for (size_t i = 0; i < m->nposten; i++) {
			const struct middelen_post *p = &m->posten[i];
			struct year_budget_row *row = budget_row(y, names, p->pijler ? p->pijler : p->naam, cap);
			money_accumulate(&row->begroot[q], &p->begroot[j]);
			if (p->besteed != NULL)
				money_accumulate(&row->besteed[q], &p->besteed[j]);
			row->eenmalig &= p->eenmalig;
		}
	}
	b->total.naam = "Totaal";
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		if (b->rows == NULL)
			break;
		if (money_sum(&b->rows[0].begroot[q], b->nrows, sizeof *b->rows, &b->total.begroot[q]) != 0)
			b->total.begroot[q].kind = VAL_UNKNOWN;
		if (money_sum(&b->rows[0].besteed[q], b->nrows, sizeof *b->rows, &b->total.besteed[q]) != 0)
			b->total.besteed[q].kind = VAL_UNKNOWN;
	}
}

static void partners(struct year *y)
{
	size_t cap = 0;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		cap += y->q[q] ? y->q[q]->npartners : 0;
	struct keymap *names = keymap_new(y->arena, cap, 0);
	y->partners = arena_array(y->arena, cap + 1, sizeof *y->partners);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		for (size_t i = 0; y->q[q] && i < y->q[q]->npartners; i++) {
			const struct netwerkpartner *p = &y->q[q]->partners[i];
			size_t cur = 0, k = p->naam ? keymap_next(names, p->naam, &cur) : (size_t)-1;
			if (k == (size_t)-1) {
				k = y->npartners++;
				y->partners[k].naam = p->naam;
				if (p->naam)
					keymap_add(names, p->naam, k);
			}
			if (y->partners[k].at[q] == NULL) /* a name given twice: the first counts */
				y->partners[k].at[q] = p;
		}
}

const char *year_prestatie_key(struct arena *a, const char *s)
{
	size_t n = s ? strlen(s) : 0, open;
	if (s == NULL)
		return "";
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n > 0 && s[n - 1] == ')') {
		int depth = 0;
		for (open = n; open-- > 0;) {
			depth += s[open] == ')' ? 1 : s[open] == '(' ? -1 : 0;
			if (depth == 0)
				break;
		}
		/* only a remark after the text: "(...)" alone stays the name */
		if (depth == 0 && open != (size_t)-1 && open > 0) {
			n = open;
			while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ','))
				n--;
		}
	}
	return arena_strndup(a, s, n);
}

/* Whether the word w (n bytes) is a year 1900-2099: four digits. */
static int is_year(const char *w, size_t n)
{
	return n == 4 && strspn(w, "0123456789") >= 4 && (strncmp(w, "19", 2) == 0 || strncmp(w, "20", 2) == 0);
}

/* Whether the word w (n bytes, lower case compared) belongs to a period. */
static int period_word(const char *w, size_t n)
{
	static const char *const words[] = {
	    "t/m", "tm", "tot", "en", "met", "stand", "eind", "einde", "begin", "jaar", "kwartaal", "eerste", "tweede",
	    "derde", "vierde", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
	    "oktober", "november", "december", "\xE2\x80\x93", "-", "/", NULL};
	if (is_year(w, n))
		return 1;
	if (n == 2 && (w[0] == 'Q' || w[0] == 'q') && w[1] >= '1' && w[1] <= '4')
		return 1;
	if (n == 7 && is_year(w, 4) && w[4] == '-' && (w[5] == 'Q' || w[5] == 'q') && w[6] >= '1' && w[6] <= '4')
		return 1; /* 2022-Q3 */
	for (size_t k = 0; words[k]; k++)
		if (strlen(words[k]) == n && strncasecmp(w, words[k], n) == 0)
			return 1;
	return 0;
}

/* Does the text from s to e name a period and nothing else: every word a
 * year (1900-2099), a quarter (Q2, 2022-Q2), a month or a word such as
 * "t/m", "kwartaal", "eind", with at least one year or quarter? "2000
 * adressen" is no period. */
static int names_period(const char *s, const char *e)
{
	int anchor = 0;
	for (const char *p = s; p < e;) {
		size_t n;
		while (p < e && (*p == ' ' || *p == ','))
			p++;
		if (p >= e)
			break;
		n = strcspn(p, " ,");
		if (n > (size_t)(e - p))
			n = (size_t)(e - p);
		if (!period_word(p, n))
			return 0;
		anchor |= is_year(p, n) || (n >= 2 && (p[n - 2] == 'Q' || p[n - 2] == 'q')) ||
		          (n == 8 && strncasecmp(p, "kwartaal", 8) == 0);
		p += n;
	}
	return anchor;
}

/* The year (1900-2099) named from s to e, or 0. */
static int year_in(const char *s, const char *e)
{
	for (const char *p = s; p + 4 <= e; p++)
		if ((p[0] == '1' || p[0] == '2') && strspn(p, "0123456789") == 4 && (p == s || !(p[-1] >= '0' && p[-1] <= '9')))
			return (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	return 0;
}

const char *year_match_key(struct arena *a, const char *omschrijving, int jaar)
{
	const char *s = year_prestatie_key(a, omschrijving);
	size_t n = strlen(s);
	/* the last part after ", " or " – " when it names a period: dropped,
	 * but its year kept, so that last year's prestatie stays apart */
	for (size_t i = n; i-- > 1;) {
		size_t cut = 0;
		if (s[i] == ',')
			cut = i;
		else if (i >= 4 && strncmp(s + i - 4, " \xE2\x80\x93", 4) == 0)
			cut = i - 4;
		if (cut == 0)
			continue;
		if (names_period(s + i, s + n)) {
			int y = year_in(s + i, s + n);
			while (cut > 0 && s[cut - 1] == ' ')
				cut--;
			if (cut > 0)
				return arena_printf(a, "%.*s|%d", (int)cut, s, y ? y : jaar);
		}
		break;
	}
	return arena_printf(a, "%s|%d", s, jaar);
}

/* Rows followed by id and by key. */
struct rows {
	struct keymap *by_id, *by_key;
	const char **ids; /* the id of each row, NULL while it has none */
};

static void rows_init(struct rows *rs, struct arena *a, size_t cap)
{
	rs->by_id = keymap_new(a, cap, 0);
	rs->by_key = keymap_new(a, cap, 1);
	rs->ids = arena_array(a, cap + 1, sizeof *rs->ids);
}

/* Which row an item with this id and key belongs to: the row with the
 * same id, else one with the same key where one of the two has no id;
 * a new row n when none. Records the new row and a row's first id. */
static size_t match_row(struct rows *rs, size_t *n, const char *id, const char *key)
{
	size_t cur = 0, k = (size_t)-1;
	if (id != NULL)
		k = keymap_next(rs->by_id, id, &cur);
	for (cur = 0; k == (size_t)-1 && key != NULL;) {
		size_t c = keymap_next(rs->by_key, key, &cur);
		if (c == (size_t)-1)
			break;
		if (rs->ids[c] == NULL || id == NULL)
			k = c;
	}
	if (k == (size_t)-1) {
		k = (*n)++;
		if (key != NULL)
			keymap_add(rs->by_key, key, k);
	}
	if (rs->ids[k] == NULL && id != NULL) {
		rs->ids[k] = id;
		keymap_add(rs->by_id, id, k);
	}
	return k;
}

static void prestaties(struct year *y)
{
	size_t cap = 0;
	struct rows rs;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		cap += y->q[q] ? y->q[q]->nprestaties : 0;
	y->prestaties = arena_array(y->arena, cap + 1, sizeof *y->prestaties);
	rows_init(&rs, y->arena, cap);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		for (size_t i = 0; y->q[q] && i < y->q[q]->nprestaties; i++) {
			const struct prestatie *p = &y->q[q]->prestaties[i];
			size_t k = match_row(&rs, &y->nprestaties, p->id, year_match_key(y->arena, p->omschrijving, y->jaar));
			/* the name as the latest quarter writes it, without a closing remark */
			y->prestaties[k].naam = year_prestatie_key(y->arena, p->omschrijving);
			if (y->prestaties[k].at[q] == NULL)
				y->prestaties[k].at[q] = p;
		}
}

/* Sort key of a period: years before their quarters and months. */
static long period_key(const struct period *p)
{
	return p->year * 100L + (p->quarter ? p->quarter * 3 : p->month);
}

/* A point of some quarter's series, with its place, for sorting. */
struct placed {
	const struct datapoint *d;
	size_t order; /* quarter, then place in that quarter's series */
};

static int placed_cmp(const void *pa, const void *pb)
{
	const struct placed *a = pa, *b = pb;
	long ka = period_key(&a->d->periode), kb = period_key(&b->d->periode);
	if (ka != kb)
		return ka < kb ? -1 : 1;
	if (a->d->periode.quarter != b->d->periode.quarter)
		return a->d->periode.quarter < b->d->periode.quarter ? -1 : 1;
	if (a->d->periode.month != b->d->periode.month)
		return a->d->periode.month < b->d->periode.month ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* The series of every quarter in one, ordered by period; a later
 * quarter's value for a period replaces an earlier one. Sorted, not
 * searched: long series stay cheap. */
static void merge_series(struct year *y, struct year_indicator *yi)
{
	size_t cap = 0, n = 0, m = 0;
	struct datapoint *s;
	struct placed *all;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		if (yi->at[q] != NULL) {
			cap += yi->at[q]->nreeks;
			yi->merged = *yi->at[q]; /* the latest definition and target */
		}
	s = arena_array(y->arena, cap + 1, sizeof *s);
	all = arena_array(y->arena, cap + 1, sizeof *all);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		for (size_t i = 0; yi->at[q] && i < yi->at[q]->nreeks; i++)
			all[m++] = (struct placed){&yi->at[q]->reeks[i], (size_t)q * (cap + 1) + i};
	qsort(all, m, sizeof *all, placed_cmp);
	for (size_t i = 0; i < m; i++) /* the last of a run of one period wins */
		if (i + 1 == m || !period_same(&all[i].d->periode, &all[i + 1].d->periode))
			s[n++] = *all[i].d;
	yi->merged.reeks = s;
	yi->merged.nreeks = n;
}

static void indicators(struct year *y)
{
	size_t cap = 0;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		cap += y->q[q] ? y->q[q]->nindicatoren : 0;
	y->indicatoren = arena_array(y->arena, cap + 1, sizeof *y->indicatoren);
	struct rows rs;
	rows_init(&rs, y->arena, cap);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		for (size_t i = 0; y->q[q] && i < y->q[q]->nindicatoren; i++) {
			const struct indicator *ind = &y->q[q]->indicatoren[i];
			size_t k = match_row(&rs, &y->nindicatoren, ind->id, ind->naam);
			y->indicatoren[k].naam = ind->naam; /* as the latest quarter names it */
			if (y->indicatoren[k].at[q] == NULL)
				y->indicatoren[k].at[q] = ind;
		}
	for (size_t k = 0; k < y->nindicatoren; k++)
		merge_series(y, &y->indicatoren[k]);
}

static const struct strlist *list_of(const struct report *r, enum year_list l)
{
	switch (l) {
	case YL_PRINCIPES: return &r->leidende_principes;
	case YL_INZETTEN: return &r->bijsturing.inzetten;
	case YL_VERSTERKEN: return &r->bijsturing.versterken;
	default: return &r->bijsturing.afbouwen;
	}
}

static void lines(struct year *y, enum year_list l)
{
	struct year_lines *yl = &y->lines[l];
	size_t cap = 0;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		cap += y->q[q] ? list_of(y->q[q], l)->n : 0;
	struct keymap *texts = keymap_new(y->arena, cap, 0);
	yl->v = arena_array(y->arena, cap + 1, sizeof *yl->v);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		for (size_t i = 0; y->q[q] && i < list_of(y->q[q], l)->n; i++) {
			const char *t = list_of(y->q[q], l)->items[i];
			size_t cur = 0, k = keymap_next(texts, t, &cur);
			if (k == (size_t)-1) {
				k = yl->n++;
				yl->v[k].text = t;
				keymap_add(texts, t, k);
			}
			yl->v[k].in[q] = 1;
		}
}

/* Room for changes, grown in the arena (the old block stays until the
 * year is freed; the lists are short). */
static void add_change(struct year *y, size_t *cap, enum year_change_kind kind, int from, int to,
                       enum year_list list, size_t item)
{
	struct year_change *c;
	if (y->nchanges == *cap) {
		struct year_change *grown = arena_array(y->arena, *cap ? 2 * *cap : 32, sizeof *grown);
		if (y->nchanges)
			memcpy(grown, y->changes, y->nchanges * sizeof *grown);
		y->changes = grown;
		*cap = *cap ? 2 * *cap : 32;
	}
	c = &y->changes[y->nchanges++];
	c->kind = kind;
	c->from = from;
	c->to = to;
	c->list = list;
	c->item = item;
}

static void line_changes(struct year *y, size_t *cap, int a, int b, enum year_list l)
{
	const struct year_lines *yl = &y->lines[l];
	for (size_t i = 0; i < yl->n; i++)
		if (yl->v[i].in[b] && !yl->v[i].in[a])
			add_change(y, cap, YC_LINE_ADDED, a, b, l, i);
	for (size_t i = 0; i < yl->n; i++)
		if (yl->v[i].in[a] && !yl->v[i].in[b])
			add_change(y, cap, YC_LINE_REMOVED, a, b, l, i);
}

static int point_differs(const struct datapoint *x, const struct datapoint *z)
{
	if (x == NULL || z == NULL)
		return x != z;
	return !period_same(&x->periode, &z->periode) || value_differs(&x->waarde, &z->waarde);
}

static int target_differs(const struct indicator *x, const struct indicator *z)
{
	return value_differs(&x->streefwaarde, &z->streefwaarde) || x->streefjaar != z->streefjaar ||
	       value_differs(&x->band_laag, &z->band_laag) || value_differs(&x->band_hoog, &z->band_hoog);
}

/* Quarter b against the quarter given before it, a, in the order of the
 * quadrants: principles; budget, partners, prestaties; indicators;
 * bijsturing. */
static void compare(struct year *y, size_t *cap, int a, int b)
{
	const struct year_budget *bu = &y->budget;
	line_changes(y, cap, a, b, YL_PRINCIPES);
	if (bu->total.begroot[a].kind != VAL_ABSENT && bu->total.begroot[b].kind != VAL_ABSENT)
		for (size_t i = 0; i < bu->nrows; i++)
			if (money_differs(&bu->rows[i].begroot[a], &bu->rows[i].begroot[b]))
				add_change(y, cap, YC_BUDGET, a, b, 0, i);
	for (size_t i = 0; i < y->npartners; i++) {
		const struct netwerkpartner *x = y->partners[i].at[a], *z = y->partners[i].at[b];
		if (x == NULL && z != NULL)
			add_change(y, cap, YC_PARTNER_ADDED, a, b, 0, i);
		else if (x != NULL && z == NULL)
			add_change(y, cap, YC_PARTNER_REMOVED, a, b, 0, i);
		else if (x != NULL && (!same_text(x->afspraak, z->afspraak) || money_differs(&x->bedrag, &z->bedrag)))
			add_change(y, cap, YC_PARTNER_CHANGED, a, b, 0, i);
	}
	for (size_t i = 0; i < y->nprestaties; i++) {
		const struct prestatie *x = y->prestaties[i].at[a], *z = y->prestaties[i].at[b];
		if (x == NULL && z != NULL)
			add_change(y, cap, YC_PRESTATIE_ADDED, a, b, 0, i);
		else if (x != NULL && z == NULL)
			add_change(y, cap, YC_PRESTATIE_REMOVED, a, b, 0, i);
		if (x == NULL || z == NULL)
			continue;
		if (value_differs(&x->afgesproken, &z->afgesproken))
			add_change(y, cap, YC_PRESTATIE_TARGET, a, b, 0, i);
		if (value_differs(&x->gerealiseerd, &z->gerealiseerd))
			add_change(y, cap, YC_PRESTATIE_PROGRESS, a, b, 0, i);
	}
	for (size_t i = 0; i < y->nindicatoren; i++) {
		const struct indicator *x = y->indicatoren[i].at[a], *z = y->indicatoren[i].at[b];
		if (x == NULL && z != NULL)
			add_change(y, cap, YC_INDICATOR_ADDED, a, b, 0, i);
		else if (x != NULL && z == NULL)
			add_change(y, cap, YC_INDICATOR_REMOVED, a, b, 0, i);
		if (x == NULL || z == NULL)
			continue;
		if (point_differs(indicator_last(x), indicator_last(z)))
			add_change(y, cap, YC_INDICATOR_MEASURED, a, b, 0, i);
		if (target_differs(x, z))
			add_change(y, cap, YC_INDICATOR_TARGET, a, b, 0, i);
	}
	for (int l = YL_INZETTEN; l < YL_MAX; l++)
		line_changes(y, cap, a, b, (enum year_list)l);
}

static void add_warning(struct year *y, size_t *cap, struct year_warning w)
{
	if (y->nwarnings == *cap) {
		struct year_warning *grown = arena_array(y->arena, *cap ? 2 * *cap : 16, sizeof *grown);
		if (y->nwarnings)
			memcpy(grown, y->warnings, y->nwarnings * sizeof *grown);
		y->warnings = grown;
		*cap = *cap ? 2 * *cap : 16;
	}
	y->warnings[y->nwarnings++] = w;
}

/* A period as a key: "2022-1-0" for 2022-Q1; in the arena. */
static const char *period_name(struct arena *ar, const struct period *p)
{
	return arena_printf(ar, "%d-%d-%d", p->year, p->quarter, p->month);
}

/* Measured values of quarter a that quarter b gives otherwise. */
static void revisions(struct year *y, size_t *cap, int a, int b, size_t item, const struct indicator *x,
                      const struct indicator *z)
{
	struct keymap *at = keymap_new(y->arena, x->nreeks, 0);
	for (size_t j = 0; j < x->nreeks; j++)
		if (x->reeks[j].waarde.kind == VAL_NUMBER)
			keymap_add(at, period_name(y->arena, &x->reeks[j].periode), j);
	for (size_t k = 0; k < z->nreeks; k++) {
		size_t cur = 0, j = keymap_next(at, period_name(y->arena, &z->reeks[k].periode), &cur);
		if (j != (size_t)-1 && value_differs(&x->reeks[j].waarde, &z->reeks[k].waarde))
			add_warning(y, cap, (struct year_warning){YW_REVISED, a, b, item, z->reeks[k].periode,
			                                          x->reeks[j].waarde, z->reeks[k].waarde});
	}
}

/* Quarter b against the quarter given before it, a: units that change,
 * spending that goes down, measurements that were revised. */
static void contradictions(struct year *y, size_t *cap, int a, int b)
{
	const struct year_budget *bu = &y->budget;
	for (size_t i = 0; i < bu->nrows; i++) {
		const struct money *x = &bu->rows[i].besteed[a], *z = &bu->rows[i].besteed[b];
		if (x->kind == VAL_NUMBER && z->kind == VAL_NUMBER && z->q < x->q)
			add_warning(y, cap, (struct year_warning){YW_SPENDING_DOWN, a, b, i, {0}, {0}, {0}});
	}
	for (size_t i = 0; i < y->nindicatoren; i++) {
		const struct indicator *x = y->indicatoren[i].at[a], *z = y->indicatoren[i].at[b];
		if (x == NULL || z == NULL)
			continue;
		if (!same_text(x->eenheid, z->eenheid))
			add_warning(y, cap, (struct year_warning){YW_UNIT, a, b, i, {0}, {0}, {0}});
		revisions(y, cap, a, b, i, x, z);
	}
}

/* The year as a report: the latest quarter under the year's title. */
static void year_report(struct year *y)
{
	struct report *r = &y->report;
	if (y->last < 0)
		return;
	*r = *y->q[y->last];
	r->meta.kind = KIND_JAARRAPPORTAGE;
	r->meta.titel = arena_printf(y->arena, "Jaarrapportage %s %d", r->opgave.naam ? r->opgave.naam : "", y->jaar);
	r->meta.periode.year = y->jaar;
	r->meta.periode.quarter = 0;
	r->meta.periode.month = 0;
	r->meta.periode.text = arena_printf(y->arena, "%d", y->jaar);
	r->meta.kenmerk = NULL;
	r->meta.onderwerp = NULL;
	r->sources = NULL; /* each quarter brings its own */
	r->nsources = 0;
}

struct year *year_new(const struct report *const *reports, size_t n, int jaar)
{
	struct arena *a = arena_new();
	struct year *y = arena_alloc(a, sizeof *y);
	size_t cap = 0, wcap = 0;
	y->arena = a;
	y->jaar = jaar;
	y->last = -1;
	if (n == 0)
		return y;
	place(y, reports, n);
	year_report(y);
	budget(y);
	partners(y);
	prestaties(y);
	indicators(y);
	for (int l = 0; l < YL_MAX; l++)
		lines(y, (enum year_list)l);
	for (int q = 0; q < YEAR_QUARTERS; q++) {
		int p = year_prev(y, q);
		if (y->q[q] != NULL && p >= 0) {
			compare(y, &cap, p, q);
			contradictions(y, &wcap, p, q);
		}
	}
	return y;
}

void year_free(struct year *y)
{
	if (y != NULL)
		arena_free(y->arena);
}

size_t year_errors(const struct year *y)
{
	size_t n = 0;
	for (size_t i = 0; i < y->nproblems; i++)
		n += y->problems[i].kind != YP_MISSING;
	return n;
}

int year_prev(const struct year *y, int q)
{
	while (--q >= 0)
		if (y->q[q] != NULL)
			return q;
	return -1;
}

struct money year_row_begroot(const struct year *y, const struct year_budget_row *row)
{
	struct money none = {VAL_ABSENT, 0, 0};
	return y->budget.last >= 0 ? row->begroot[y->budget.last] : none;
}

struct money year_row_besteed(const struct year *y, const struct year_budget_row *row)
{
	struct money none = {VAL_ABSENT, 0, 0};
	return y->budget.last >= 0 ? row->besteed[y->budget.last] : none;
}

size_t year_changes_to(const struct year *y, int to)
{
	size_t n = 0;
	for (size_t i = 0; i < y->nchanges; i++)
		n += y->changes[i].to == to;
	return n;
}

static int rich_same(const struct rich *a, const struct rich *b)
{
	if (a->nspans != b->nspans)
		return 0;
	for (size_t i = 0; i < a->nspans; i++)
		if (a->spans[i].style != b->spans[i].style || !same_text(a->spans[i].text, b->spans[i].text) ||
		    !same_text(a->spans[i].link, b->spans[i].link))
			return 0;
	return 1;
}

/* Blocks compared recursively; Markdown nesting is limited (16). */
static int blocks_same(const struct block *a, const struct block *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i].kind != b[i].kind || a[i].level != b[i].level || a[i].ordered != b[i].ordered ||
		    a[i].start != b[i].start || a[i].nchildren != b[i].nchildren || !rich_same(&a[i].text, &b[i].text) ||
		    !blocks_same(a[i].children, b[i].children, a[i].nchildren))
			return 0;
	return 1;
}

int year_doc_same(const struct doc *a, const struct doc *b)
{
	return a->nblocks == b->nblocks && blocks_same(a->blocks, b->blocks, a->nblocks);
}
