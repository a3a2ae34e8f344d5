#include "check.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/report.h"
#include "../model/money.h"
#include "../model/status.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "rules.h"

static void check_quadrants(const struct report *r)
{
	for (int q = 0; q < QUADRANT_MAX; q++) {
		char path[64];
		snprintf(path, sizeof path, "$.%s", quadrant_key[q]);
		if (!r->q[q].present)
			msg_path(D_QUADRANT_MISSING, r->source, path,
			         "kwadrant \"%s\" ontbreekt; vul het in, ook als er nog weinig te melden is "
			         "(het sturingsmodel vraagt alle vier kwadranten)",
			         quadrant_title[q]);
	}
}

static void check_ongelijk(const struct report *r)
{
	const struct ongelijk *og = &r->ongelijk;
	int any = 0;
	if (!og->present) {
		msg_path(D_ONGELIJK_MISSING, r->source, "$.ongelijk_investeren",
		         "de paragraaf \"Ongelijk investeren voor gelijke kansen\" ontbreekt; elk raadsdocument "
		         "moet hem bevatten (raadsvoorstel, beslispunt 3): voeg \"ongelijk_investeren\" toe");
		return;
	}
	for (int p = 0; p < PERSP_MAX; p++)
		any |= og->perspectief[p];
	if (!any)
		msg_path(D_ONGELIJK_PERSPECTIEF, r->source, "$.ongelijk_investeren.perspectieven",
		         "geen perspectief gekozen; kies er minstens een: \"basis\", \"herverdelen\" of \"eerlijke_kans\"");
	if (og->waar.n == 0)
		msg_path(D_ONGELIJK_STAP, r->source, "$.ongelijk_investeren.waar",
		         "niet aangegeven in welke wijken of buurten wordt ingezet (WAAR); vul \"waar\" in");
	if (og->wie.n == 0)
		msg_path(D_ONGELIJK_STAP, r->source, "$.ongelijk_investeren.wie",
		         "niet aangegeven voor welke groepen wordt ingezet (WIE); vul \"wie\" in");
	for (int s = 0; s < STEP_MAX; s++)
		if (doc_is_empty(&og->stap[s])) {
			char path[80];
			snprintf(path, sizeof path, "$.ongelijk_investeren.%s", step_key[s]);
			msg_path(D_ONGELIJK_STAP, r->source, path,
			         "stap %d \"%s\" is niet uitgewerkt; beschrijf hem (handreiking, vier stappen)", s + 1,
			         step_title[s]);
		}
	/* the guide's step 3: be explicit about what stops and who loses */
	if (doc_is_empty(&og->niet_meer_doen) && r->bijsturing.afbouwen.n == 0)
		msg_path(D_ONGELIJK_STAP, r->source, "$.ongelijk_investeren.niet_meer_doen",
		         "stap 3: maak expliciet wat u niet meer gaat doen; vul \"niet_meer_doen\" in, of noem het onder "
		         "leren_en_verbeteren.bijsturing.afbouwen");
	if (doc_is_empty(&og->nadeel))
		msg_path(D_ONGELIJK_STAP, r->source, "$.ongelijk_investeren.nadeel",
		         "stap 3: benoem de risico's van de keuze: wie hebben er nadeel van? vul \"nadeel\" in");
}

/* Same period twice in a series, or periods out of order. */
static void check_series(const struct report *r, size_t i, const struct indicator *ind)
{
	char path[96];
	for (size_t k = 1; k < ind->nreeks; k++) {
		const struct period *a = &ind->reeks[k - 1].periode, *b = &ind->reeks[k].periode;
		long ka = a->year * 100L + a->quarter * 3 + a->month, kb = b->year * 100L + b->quarter * 3 + b->month;
		snprintf(path, sizeof path, "$.data_en_informatie.indicatoren[%zu].reeks[%zu]", i, k);
		if (a->year == 0 || b->year == 0)
			continue;
		if (ka == kb && a->quarter == b->quarter && a->month == b->month)
			msg_path(D_DUPLICATE, r->source, path, "periode \"%s\" komt twee keer voor; houd er een over",
			         b->text ? b->text : "?");
		else if (kb < ka)
			msg_path(D_DUPLICATE, r->source, path,
			         "periode \"%s\" staat na \"%s\"; zet de reeks in volgorde van tijd", b->text ? b->text : "?",
			         a->text ? a->text : "?");
	}
	/* the status is judged at the end of the report's period */
	for (size_t k = 0; r->meta.periode.year && k < ind->nreeks; k++)
		if (ind->reeks[k].periode.year && ind->reeks[k].waarde.kind == VAL_NUMBER &&
		    period_end(&ind->reeks[k].periode) > period_end(&r->meta.periode) + 1e-9) {
			snprintf(path, sizeof path, "$.data_en_informatie.indicatoren[%zu].reeks[%zu]", i, k);
			msg_path(D_DUPLICATE, r->source, path,
			         "meting over \"%s\" ligt na de rapportageperiode (%s); zij telt niet mee voor de stand: "
			         "controleer de periode",
			         ind->reeks[k].periode.text ? ind->reeks[k].periode.text : "?",
			         r->meta.periode.text ? r->meta.periode.text : "?");
		}
}

/* The charts an indicator asks for must be possible; names in a
 * comparison are unique. */
static void check_charts(const struct report *r, size_t i, const struct indicator *ind)
{
	const struct comparison *c = &ind->vergelijking;
	char path[112];
	int want_trend = ind->grafiek == CHART_TREND || ind->grafiek == CHART_BOTH;
	int want_cmp = ind->grafiek == CHART_COMPARISON || ind->grafiek == CHART_BOTH;
	size_t known = 0;
	snprintf(path, sizeof path, "$.data_en_informatie.indicatoren[%zu].grafiek", i);
	for (size_t k = 0; k < ind->nreeks; k++)
		known += ind->reeks[k].waarde.kind == VAL_NUMBER;
	if (want_trend && known < 2)
		msg_path(D_CHART, r->source, path,
		         "een trendgrafiek van \"%s\" vraagt minstens twee bekende meetwaarden; er %s %zu", ind->naam,
		         known == 1 ? "is er" : "zijn er", known);
	if (want_cmp && !c->present)
		msg_path(D_CHART, r->source, path,
		         "een vergelijking van \"%s\" vraagt \"vergelijking\" met waarden per wijk of groep", ind->naam);
	for (size_t a = 0; a < c->n; a++)
		for (size_t b = a + 1; b < c->n; b++)
			if (strcmp(c->items[a].naam, c->items[b].naam) == 0) {
				snprintf(path, sizeof path, "$.data_en_informatie.indicatoren[%zu].vergelijking.waarden[%zu]", i, b);
				msg_path(D_DUPLICATE, r->source, path, "\"%s\" komt twee keer voor in de vergelijking",
				         c->items[b].naam);
				break;
			}
}

/* A target on the wrong side of the starting point: "hoger is beter" with
 * a target below the baseline (or the first measurement) reads as a goal
 * that is already reached, or as a direction written the wrong way. */
static void check_target_direction(const struct report *r, const char *path, const struct indicator *ind)
{
	const struct value *from = NULL, *goal = &ind->streefwaarde;
	char a[64], b[64];
	if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER && !indicator_band_inverted(ind))
		goal = ind->richting == DIR_HIGHER ? &ind->band_hoog : &ind->band_laag; /* the band's far edge */
	if (goal->kind != VAL_NUMBER || ind->richting == DIR_NONE)
		return;
	if (indicator_has_baseline(ind))
		from = &ind->basis.waarde;
	for (size_t k = 0; from == NULL && k < ind->nreeks; k++)
		if (ind->reeks[k].waarde.kind == VAL_NUMBER)
			from = &ind->reeks[k].waarde;
	if (from == NULL)
		return;
	if (ind->richting == DIR_HIGHER ? goal->num < from->num : goal->num > from->num)
		msg_path(D_TARGET, r->source, path,
		         "de %s van \"%s\" (%s) ligt %s de %s (%s) terwijl %s beter is; controleer de richting "
		         "of de streefwaarde",
		         goal == &ind->streefwaarde ? "streefwaarde" : "streefband", ind->naam, nl_value(a, sizeof a, goal),
		         ind->richting == DIR_HIGHER ? "onder" : "boven",
		         from == &ind->basis.waarde ? "nulmeting" : "eerste meting", nl_value(b, sizeof b, from),
		         ind->richting == DIR_HIGHER ? "hoger" : "lager");
}

static void check_indicators(const struct report *r)
{
	char path[96];
	for (size_t i = 0; i < r->nindicatoren; i++) {
		struct indicator named = r->indicatoren[i]; /* a missing naam is an error already */
		const struct indicator *ind = &named;
		if (named.naam == NULL)
			named.naam = "(zonder naam)";
		snprintf(path, sizeof path, "$.data_en_informatie.indicatoren[%zu]", i);
		if (ind->eenheid == NULL)
			msg_path(D_INDICATOR, r->source, path, "indicator \"%s\" heeft geen eenheid; vul \"eenheid\" in",
			         ind->naam);
		if (ind->bron == NULL)
			msg_path(D_INDICATOR, r->source, path, "indicator \"%s\" heeft geen bron; vul \"bron\" in", ind->naam);
		if (ind->nreeks == 0)
			msg_path(D_INDICATOR, r->source, path, "indicator \"%s\" heeft geen meetwaarden (\"reeks\")",
			         ind->naam);
		if (ind->streefwaarde.kind == VAL_ABSENT && ind->band_laag.kind == VAL_ABSENT && !ind->relatief.present)
			msg_path(D_INDICATOR, r->source, path,
			         "indicator \"%s\" heeft geen streefwaarde; een doel zonder streefwaarde is niet meetbaar (SMART)",
			         ind->naam);
		else if (ind->streefjaar == 0)
			msg_path(D_INDICATOR, r->source, path, "indicator \"%s\" heeft geen streefjaar; vul \"streefjaar\" in",
			         ind->naam);
		if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER &&
		    ind->band_laag.num > ind->band_hoog.num)
			msg_path(D_TARGET, r->source, path,
			         "streefband van indicator \"%s\" loopt van hoog naar laag; schrijf [ondergrens, bovengrens]; "
			         "tot dan is de stand onbekend",
			         ind->naam);
		check_target_direction(r, path, ind);
		check_series(r, i, ind);
		check_charts(r, i, ind);
		for (size_t k = 0; k < ind->nreeks; k++)
			if (ind->reeks[k].waarde.kind == VAL_UNKNOWN) {
				snprintf(path, sizeof path, "$.data_en_informatie.indicatoren[%zu].reeks[%zu]", i, k);
				msg_path(D_UNKNOWN_VALUE, r->source, path,
				         "waarde voor %s is onbekend en wordt afgedrukt als \".\" (gegevens ontbreken)",
				         ind->reeks[k].periode.text ? ind->reeks[k].periode.text : "deze periode");
			}
	}
}

/* A path into the budget table for messages. */
static const char *post_path(char *buf, size_t sz, size_t post, const char *row, size_t year)
{
	snprintf(buf, sz, "$.kaders_en_randvoorwaarden.middelen.posten[%zu].%s[%zu]", post, row, year);
	return buf;
}

/* Negative figures are errors unless the post is a correction; spending
 * needs a budget, and cannot lie after the reporting period. */
static void check_budget(const struct report *r)
{
	const struct middelen *m = &r->middelen;
	char path[128];
	for (size_t i = 0; i < m->nposten; i++) {
		const struct middelen_post *p = &m->posten[i];
		for (size_t j = 0; j < m->njaren; j++) {
			const struct money *rows[2] = {&p->begroot[j], p->besteed ? &p->besteed[j] : NULL};
			for (int k = 0; k < 2; k++)
				if (rows[k] != NULL && rows[k]->kind == VAL_NUMBER && rows[k]->q < 0 && !p->correctie)
					msg_path(D_JSON_NUMBER, r->source, post_path(path, sizeof path, i, k ? "besteed" : "begroot", j),
					         "bedrag is negatief; een budget of besteding is nul of meer (markeer een correctie "
					         "met \"correctie\": true en licht hem toe)");
			if (rows[1] == NULL || rows[1]->kind != VAL_NUMBER)
				continue;
			if (rows[0]->kind != VAL_NUMBER)
				msg_path(D_BUDGET, r->source, post_path(path, sizeof path, i, "besteed", j),
				         "\"%s\" heeft in %d een besteding maar geen begroting; vul het begrote bedrag in",
				         p->naam, m->jaren[j]);
			if (r->meta.periode.year != 0 && m->jaren[j] > r->meta.periode.year)
				msg_path(D_BUDGET, r->source, post_path(path, sizeof path, i, "besteed", j),
				         "besteding in %d ligt na de rapportageperiode (%s); controleer het jaar",
				         m->jaren[j], r->meta.periode.text ? r->meta.periode.text : "?");
		}
	}
}

/* A post with its pijler, sorted by pijler, then by place: each pijler's
 * posts run together, in their order. */
struct in_pijler {
	const char *pijler;
	size_t i;
};

static int by_pijler(const void *pa, const void *pb)
{
	const struct in_pijler *a = pa, *b = pb;
	int c = strcmp(a->pijler, b->pijler);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

static void over_limit(const struct report *r, const char *path, const char *what, const char *where)
{
	char lim[64];
	const struct middelen *m = &r->middelen;
	msg_path(D_JSON_LIMIT, r->source, path,
	         "de som van %s komt %s boven de limiet van %s (%s); een totaal kan dan niet worden berekend: controleer "
	         "de bedragen of kies een grotere eenheid",
	         what, where, nl_amount(lim, sizeof lim, MONEY_MAX, 0), m->eenheid ? m->eenheid : "eenheid niet opgegeven");
}

/* Sums the tables print must stay within the money limit: each amount
 * may be allowed while their sum is not, and an unknown total would then
 * hide a real figure. An error names the year and the post at which the
 * sum passes the limit: a year's column, a pijler in a year, a post over
 * the years, and the grand total over all years. Linear after one sort. */
static void check_sums(const struct report *r)
{
	const struct middelen *m = &r->middelen;
	char path[128];
	struct in_pijler *order = xcalloc(m->nposten + 1, sizeof *order);
	size_t n = 0;
	for (size_t i = 0; i < m->nposten; i++)
		if (m->posten[i].pijler != NULL)
			order[n++] = (struct in_pijler){m->posten[i].pijler, i};
	qsort(order, n, sizeof *order, by_pijler);
	for (int k = 0; k < 2; k++) {
		const char *kind = k ? "besteed" : "begroot";
		int64_t grand = 0;
		int grand_over = 0;
		for (size_t j = 0; j < m->njaren; j++) {
			int64_t sum = 0, pijler = 0;
			for (size_t i = 0; i < m->nposten; i++) {
				const struct money *row = k ? m->posten[i].besteed : m->posten[i].begroot;
				if (row == NULL || row[j].kind != VAL_NUMBER)
					continue;
				if (money_add(sum, row[j].q, &sum) != 0) {
					over_limit(r, post_path(path, sizeof path, i, kind, j),
					           arena_printf(r->arena, "%s in %d", kind, m->jaren[j]),
					           arena_printf(r->arena, "bij post \"%s\"", m->posten[i].naam));
					grand_over = 1; /* said once */
					break;
				}
				if (!grand_over && money_add(grand, row[j].q, &grand) != 0) {
					over_limit(r, post_path(path, sizeof path, i, kind, j),
					           arena_printf(r->arena, "%s over alle jaren", kind),
					           arena_printf(r->arena, "bij post \"%s\" in %d", m->posten[i].naam, m->jaren[j]));
					grand_over = 1;
				}
			}
			for (size_t h = 0; h < n; h++) { /* each pijler's posts up to each post */
				size_t i = order[h].i;
				const struct money *row = k ? m->posten[i].besteed : m->posten[i].begroot;
				if (h == 0 || strcmp(order[h - 1].pijler, order[h].pijler) != 0)
					pijler = 0;
				if (row == NULL || row[j].kind != VAL_NUMBER || money_add(pijler, row[j].q, &pijler) == 0)
					continue;
				over_limit(r, post_path(path, sizeof path, i, kind, j),
				           arena_printf(r->arena, "%s van pijler \"%s\" in %d", kind, m->posten[i].pijler, m->jaren[j]),
				           arena_printf(r->arena, "bij post \"%s\"", m->posten[i].naam));
				break;
			}
		}
		for (size_t i = 0; i < m->nposten; i++) { /* a post over the years: its Totaal column */
			const struct money *row = k ? m->posten[i].besteed : m->posten[i].begroot;
			int64_t sum = 0;
			for (size_t j = 0; row != NULL && j < m->njaren; j++)
				if (row[j].kind == VAL_NUMBER && money_add(sum, row[j].q, &sum) != 0) {
					over_limit(r, post_path(path, sizeof path, i, kind, j),
					           arena_printf(r->arena, "%s van post \"%s\" over de jaren", kind, m->posten[i].naam),
					           arena_printf(r->arena, "in %d", m->jaren[j]));
					break;
				}
		}
	}
	free(order);
}

/* Supplied totals against the exact sum of the posts. */
static void check_totals(const struct report *r)
{
	const struct middelen *m = &r->middelen;
	char path[96], a[64], b[64];
	if (m->totaal == NULL || m->nposten == 0)
		return;
	for (size_t j = 0; j < m->njaren; j++) {
		struct money sum = budget_year_sum(m, j, 0);
		int dec;
		if (m->totaal[j].kind != VAL_NUMBER || sum.kind != VAL_NUMBER || sum.q == m->totaal[j].q)
			continue;
		dec = sum.decimals > m->totaal[j].decimals ? sum.decimals : m->totaal[j].decimals;
		snprintf(path, sizeof path, "$.kaders_en_randvoorwaarden.middelen.totaal[%zu]", j);
		msg_path(D_TOTAL, r->source, path,
		         "totaal %d is %s, maar de posten tellen op tot %s; controleer de posten of het totaal "
		         "(de tabel toont het opgegeven totaal, gemarkeerd)",
		         m->jaren[j], nl_amount(a, sizeof a, m->totaal[j].q, dec), nl_amount(b, sizeof b, sum.q, dec));
	}
}

/* A budget needs one unit for all its figures, one a reader knows. */
static void check_unit(const struct report *r)
{
	static const char *const units[] = {"\xE2\x82\xAC", "x \xE2\x82\xAC 1.000", "x \xE2\x82\xAC 1 mln", NULL};
	const char *u = r->middelen.eenheid;
	if (r->middelen.nposten == 0)
		return;
	if (u == NULL) {
		msg_path(D_BUDGET, r->source, "$.kaders_en_randvoorwaarden.middelen.eenheid",
		         "de begroting heeft geen eenheid; vul \"eenheid\" in, bijvoorbeeld \"x \xE2\x82\xAC 1.000\"");
		return;
	}
	for (size_t i = 0; units[i] != NULL; i++)
		if (strcmp(u, units[i]) == 0)
			return;
	msg_path(D_BUDGET, r->source, "$.kaders_en_randvoorwaarden.middelen.eenheid",
	         "eenheid \"%s\" is onbekend; gebruik \"\xE2\x82\xAC\", \"x \xE2\x82\xAC 1.000\" of \"x \xE2\x82\xAC 1 mln\", "
	         "en dezelfde eenheid voor alle bedragen in de tabel",
	         u);
}

/* The message first: a council member reads three to five points. Without
 * them the documents open with a lead made from the statuses, and check
 * says so, so nobody takes it for the opgavemanager's own words. */
static void check_message(const struct report *r)
{
	size_t n = r->kernboodschap.n;
	if (n == 0)
		msg_path(D_KERNBOODSCHAP, r->source, "$",
		         "geen kernboodschap: raadsbrief, samenvatting en rapport openen met een tekst die uit de stand van de "
		         "indicatoren is samengesteld; schrijf in \"kernboodschap\" drie tot vijf zinnen of punten");
	else if (n < 3 || n > 5)
		msg_path(D_KERNBOODSCHAP, r->source, "$.kernboodschap",
		         "de kernboodschap heeft %zu %s; houd haar bij drie tot vijf zinnen of punten", n, n == 1 ? "punt" : "punten");
}

/* The audit rules, as remarks: what a 213a review would note. Only when
 * remarks are printed (check), so render does not pay for them. */
static void check_audit(const struct report *r)
{
	struct arena *a;
	struct findings f = {0};
	if (!diag_shows(LEVEL_OPMERKING))
		return;
	a = arena_new();
	rules_run(r, a, &f);
	for (size_t i = 0; i < f.n; i++)
		if (f.v[i].verdict == V_DEELS || f.v[i].verdict == V_ONTBREEKT)
			msg_path(D_AUDIT, r->source, f.v[i].path ? f.v[i].path : "$", "regel %s%s%s: %s, %s", f.v[i].rule,
			         f.v[i].subject ? " " : "", f.v[i].subject ? f.v[i].subject : "", verdict_name[f.v[i].verdict],
			         f.v[i].reason);
	findings_free(&f);
	arena_free(a);
}

int check_report(const struct report *r)
{
	unsigned before = diag_count(LEVEL_FOUT);
	check_quadrants(r);
	check_budget(r);
	check_sums(r);
	check_unit(r);
	check_totals(r);
	check_ongelijk(r);
	check_indicators(r);
	check_message(r);
	check_audit(r);
	return (int)(diag_count(LEVEL_FOUT) - before);
}
