#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/money.h"
#include "../model/status.h"
#include "../text/goal.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/xalloc.h"

const char *const verdict_name[V_MAX] = {"voldoet", "deels", "ontbreekt", "n.v.t."};
const char *const rule_area_title[AREA_MAX] = {
    "Invulling van het sturingsmodel",
    "Doelmatigheid",
    "Doeltreffendheid",
    "Sturing, beleidstheorie en bijsturing",
};

static const char *plural(size_t n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

/* "1 indicator", "4 indicatoren", "geen indicatoren". */
static const char *count_phrase(struct arena *a, size_t n, const char *one, const char *more)
{
	return n == 0 ? arena_printf(a, "geen %s", more) : arena_printf(a, "%zu %s", n, plural(n, one, more));
}

static void add(struct findings *out, const char *rule, enum verdict v, const char *subject, const char *reason,
                const char *path)
{
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	out->v[out->n++] = (struct finding){rule, v, subject, reason, path};
}

static void budget_visible(const struct report *r, struct arena *a, struct findings *out);
static void spending_visible(const struct report *r, struct arena *a, struct findings *out);
static void cost_per_output(const struct report *r, struct arena *a, struct findings *out);
static void totals_agree(const struct report *r, struct arena *a, struct findings *out);
static void smart(const struct report *r, struct arena *a, struct findings *out);
static void steering(const struct report *r, struct arena *a, struct findings *out);

/* The rules that look inside each quadrant; its verdict can be no better
 * than theirs. */
static const rule_fn quadrant_rules[QUADRANT_MAX][4] = {
    [Q_KADERS] = {budget_visible, spending_visible, cost_per_output, totals_agree},
    [Q_DATA] = {smart},
    [Q_LEREN] = {steering},
};

/* Lowers a quadrant's verdict to the worst of its rules (n.v.t. aside) and
 * names the rules that fall short: "M1 deels, M3 ontbreekt". */
static enum verdict derive(const struct report *r, struct arena *a, enum quadrant q, enum verdict v,
                           const char **why)
{
	struct findings f = {0};
	struct buf short_of = {0};
	const char *named = NULL; /* a rule's findings come together: D1 per indicator is named once */
	for (size_t k = 0; k < 4 && quadrant_rules[q][k]; k++)
		quadrant_rules[q][k](r, a, &f);
	for (size_t i = 0; i < f.n; i++) {
		if (f.v[i].verdict == V_VOLDOET || f.v[i].verdict == V_NVT)
			continue;
		if (v == V_VOLDOET)
			v = V_DEELS;
		if (named != NULL && strcmp(named, f.v[i].rule) == 0)
			continue;
		named = f.v[i].rule;
		buf_printf(&short_of, "%s%s %s", short_of.len ? ", " : "", f.v[i].rule,
		           q == Q_DATA ? "niet voor elke indicator" : verdict_name[f.v[i].verdict]);
	}
	if (short_of.len)
		*why = arena_printf(a, "%s; %s", *why, buf_str(&short_of));
	buf_free(&short_of);
	findings_free(&f);
	return v;
}

/* K1: each quadrant filled, in part, or missing, with what is there. A
 * quadrant whose own rules fall short is at best "deels". */
static void quadrants(const struct report *r, struct arena *a, struct findings *out)
{
	for (int q = 0; q < QUADRANT_MAX; q++) {
		const char *why = "niet ingevuld";
		enum verdict v = V_ONTBREEKT;
		int text = !doc_is_empty(&r->q[q].tekst);
		if (r->q[q].present) {
			switch (q) {
			case Q_GEDEELDE_WAARDEN:
				v = r->leidende_principes.n > 0 ? V_VOLDOET : V_DEELS;
				why = r->leidende_principes.n > 0
				          ? arena_printf(a, "%zu %s", r->leidende_principes.n,
				                         plural(r->leidende_principes.n, "leidend principe", "leidende principes"))
				          : "geen leidende principes benoemd";
				break;
			case Q_KADERS: {
				int budget = r->middelen.nposten > 0 && r->middelen.njaren > 0;
				v = budget && (r->npartners > 0 || r->nprestaties > 0) ? V_VOLDOET : V_DEELS;
				why = arena_printf(a, "%s; %zu %s; %zu %s", budget ? "geoormerkt budget" : "geen geoormerkt budget",
				                   r->npartners, plural(r->npartners, "netwerkpartner", "netwerkpartners"),
				                   r->nprestaties, plural(r->nprestaties, "prestatie", "prestaties"));
				break;
			}
			case Q_DATA: {
				size_t targets = 0, ntb = 0, pending = 0;
				for (size_t i = 0; i < r->nindicatoren; i++) {
					targets += indicator_has_target(&r->indicatoren[i]);
					ntb += indicator_target_ntb(&r->indicatoren[i]);
					pending += indicator_target_pending(&r->indicatoren[i]);
				}
				v = r->nindicatoren > 0 && targets > 0 && !doc_is_empty(&r->monitoring) ? V_VOLDOET : V_DEELS;
				why = arena_printf(a, "%s, %s%s%s; %s", count_phrase(a, r->nindicatoren, "indicator", "indicatoren"),
				                   targets == r->nindicatoren && targets > 1 ? "alle met streefwaarde"
				                   : targets == 0                           ? "geen met streefwaarde"
				                                                            : arena_printf(a, "%zu met streefwaarde", targets),
				                   ntb ? arena_printf(a, ", bij %zu is de streefwaarde nog te bepalen", ntb) : "",
				                   pending ? arena_printf(a, ", bij %zu wacht de relatieve streefwaarde op de meting "
				                                             "waartegen zij is opgegeven", pending)
				                           : "",
				                   doc_is_empty(&r->monitoring) ? "geen monitoringplan" : "monitoringplan");
				break;
			}
			default: {
				const struct bijsturing *b = &r->bijsturing;
				size_t n = b->inzetten.n + b->versterken.n + b->afbouwen.n;
				v = n > 0 && text ? V_VOLDOET : V_DEELS;
				why = n > 0 ? arena_printf(a, "bijsturing benoemd (%zu %s)%s", n, plural(n, "punt", "punten"), text ? "" : "; geen toelichting")
				            : "geen bijsturing benoemd";
				break;
			}
			}
		}
		if (r->q[q].present)
			v = derive(r, a, (enum quadrant)q, v, &why);
		add(out, "K1", v, quadrant_title[q], why, arena_printf(a, "$.%s", quadrant_key[q]));
	}
}

/* True when a budget year is closed at the end of the reporting period:
 * before it, or the same year reported as a whole (a year, Q4, December). */
static int year_closed(const struct report *r, int year)
{
	const struct period *p = &r->meta.periode;
	if (year < p->year)
		return 1;
	return year == p->year && ((p->quarter == 0 && p->month == 0) || p->quarter == 4 || p->month == 12);
}

/* M1: an earmarked budget, fully determined. */
static void budget_visible(const struct report *r, struct arena *a, struct findings *out)
{
	const struct middelen *m = &r->middelen;
	size_t unknown = 0;
	if (m->nposten == 0 || m->njaren == 0) {
		add(out, "M1", V_ONTBREEKT, NULL, "geen geoormerkt budget: begroot is niet per jaar zichtbaar",
		    "$.kaders_en_randvoorwaarden.middelen");
		return;
	}
	for (size_t j = 0; j < m->njaren; j++)
		unknown += budget_year_sum(m, j, 0).kind != VAL_NUMBER;
	if (unknown)
		add(out, "M1", V_DEELS, NULL,
		    arena_printf(a, "begroting in %zu van %zu %s niet bepaald (n.t.b.)", unknown, m->njaren,
		                 plural(m->njaren, "jaar", "jaren")),
		    "$.kaders_en_randvoorwaarden.middelen");
	else
		add(out, "M1", V_VOLDOET, NULL, arena_printf(a, "begroot per post en jaar over %zu %s", m->njaren, plural(m->njaren, "jaar", "jaren")),
		    "$.kaders_en_randvoorwaarden.middelen");
}

/* M2: besteed visible for every year up to the reporting period. */
static void spending_visible(const struct report *r, struct arena *a, struct findings *out)
{
	const struct middelen *m = &r->middelen;
	size_t past = 0, known = 0;
	if (m->nposten == 0 || m->njaren == 0) {
		add(out, "M2", V_NVT, NULL, "geen geoormerkt budget", NULL);
		return;
	}
	for (size_t j = 0; j < m->njaren; j++) {
		if (!year_closed(r, m->jaren[j]))
			continue; /* not yet accounted for */
		past++;
		known += budget_year_sum(m, j, 1).kind == VAL_NUMBER;
	}
	add(out, "M2", past == 0 ? V_NVT : known == past ? V_VOLDOET : known ? V_DEELS : V_ONTBREEKT, NULL,
	    past == 0    ? "nog geen afgesloten jaar"
	    : known == 0 && past == 1 ? "besteed voor het ene afgesloten jaar niet bekend"
	    : known == 0 ? arena_printf(a, "besteed voor geen van de %zu afgesloten jaren bekend", past)
	    : known == past && past == 1 ? "besteed bekend voor het ene afgesloten jaar"
	                 : arena_printf(a, "besteed bekend voor %zu van %zu afgesloten %s", known, past, plural(past, "jaar", "jaren")),
	    "$.kaders_en_randvoorwaarden.middelen");
}

/* Costs and realisation known, so the cost per unit is known or, with
 * nothing realised, does not exist: the tables' definition (money.h). */
static int has_cost(const struct prestatie *p)
{
	struct money per;
	return prestatie_unit_cost(p, &per) != UNIT_COST_MISSING;
}

static int has_both(const struct prestatie *p)
{
	return p->afgesproken.kind == VAL_NUMBER && p->gerealiseerd.kind == VAL_NUMBER;
}

/* A rule over the prestaties: `known` holds for all of them, some, or none. */
static void prestaties_rule(const struct report *r, struct arena *a, struct findings *out, const char *rule,
                            int (*known)(const struct prestatie *), const char *what)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nprestaties; i++)
		n += known(&r->prestaties[i]);
	add(out, rule, r->nprestaties == 0 ? V_ONTBREEKT : n == r->nprestaties ? V_VOLDOET : n ? V_DEELS : V_ONTBREEKT,
	    NULL,
	    r->nprestaties == 0 ? "geen prestatieafspraken"
	    : r->nprestaties == 1 ? arena_printf(a, "%s voor de enige prestatie %sbekend", what, n ? "" : "niet ")
	                        : n == 0 ? arena_printf(a, "%s voor geen van de %s bekend", what,
	                                                count_phrase(a, r->nprestaties, "prestatie", "prestaties"))
	                                 : arena_printf(a, "%s bekend voor %zu van %zu %s", what, n, r->nprestaties,
	                                                plural(r->nprestaties, "prestatie", "prestaties")),
	    "$.kaders_en_randvoorwaarden.prestaties");
}

/* M3: money linked to outputs: prestaties with their cost. */
static void cost_per_output(const struct report *r, struct arena *a, struct findings *out)
{
	prestaties_rule(r, a, out, "M3", has_cost, "kosten per eenheid");
}

/* M4: supplied totals agree with the posts. */
static void totals_agree(const struct report *r, struct arena *a, struct findings *out)
{
	const struct middelen *m = &r->middelen;
	size_t given = 0, wrong = 0;
	for (size_t j = 0; m->totaal != NULL && j < m->njaren; j++) {
		int differs;
		if (m->totaal[j].kind != VAL_NUMBER)
			continue;
		given++;
		budget_year_total(m, j, &differs);
		wrong += differs;
	}
	add(out, "M4", given == 0 ? V_NVT : wrong ? V_DEELS : V_VOLDOET, NULL,
	    given == 0 ? "geen totalen opgegeven"
	               : wrong ? arena_printf(a, "in %zu van %zu %s wijkt het totaal af van de som van de posten", wrong, given, plural(given, "jaar", "jaren"))
	                       : "de totalen zijn de som van de posten",
	    "$.kaders_en_randvoorwaarden.middelen.totaal");
}

/* D1: every goal SMART: baseline, target, unit, target year, source. Without
 * baseline and target it is an "ER-doel" (beter, meer, eerder). */
static void smart(const struct report *r, struct arena *a, struct findings *out)
{
	for (size_t i = 0; i < r->nindicatoren; i++) {
		const struct indicator *ind = &r->indicatoren[i];
		int basis = indicator_has_baseline(ind);
		/* a relative target is a target, even before its reference is measured */
		int target = indicator_has_target(ind) || ind->relatief.present || indicator_band_inverted(ind);
		struct buf miss = {0};
		enum verdict v;
		if (!basis)
			buf_printf(&miss, "%snulmeting", miss.len ? ", " : "");
		if (!target)
			buf_printf(&miss, "%sstreefwaarde%s", miss.len ? ", " : "",
			           indicator_target_ntb(ind) ? " (nog te bepalen)" : "");
		if (indicator_band_inverted(ind))
			buf_printf(&miss, "%seen juiste streefband (van hoog naar laag geschreven)", miss.len ? ", " : "");
		if (ind->eenheid == NULL)
			buf_printf(&miss, "%seenheid", miss.len ? ", " : "");
		if (ind->streefjaar == 0)
			buf_printf(&miss, "%sstreefjaar", miss.len ? ", " : "");
		if (ind->bron == NULL)
			buf_printf(&miss, "%sbron", miss.len ? ", " : "");
		v = miss.len == 0 ? V_VOLDOET : !basis && !target ? V_ONTBREEKT : V_DEELS;
		add(out, "D1", v, ind->naam,
		    miss.len == 0 ? "SMART: nulmeting, streefwaarde, eenheid, streefjaar en bron"
		    : v == V_ONTBREEKT ? arena_printf(a, "ER-doel: ontbreekt %s", buf_str(&miss))
		                       : arena_printf(a, "ontbreekt %s", buf_str(&miss)),
		    arena_printf(a, "$.data_en_informatie.indicatoren[%zu]", i));
		buf_free(&miss);
	}
}

/* D2: outputs agreed against realised. */
static void outputs(const struct report *r, struct arena *a, struct findings *out)
{
	prestaties_rule(r, a, out, "D2", has_both, "afgesproken en gerealiseerd");
}

/* D3: each indicator's status against its target (status.h): reached or
 * on course, behind, or not to be judged and why. */
static void status(const struct report *r, struct arena *a, struct findings *out)
{
	for (size_t i = 0; i < r->nindicatoren; i++) {
		const struct indicator *ind = &r->indicatoren[i];
		struct ind_status st = indicator_status(ind);
		const struct datapoint *last = indicator_last(ind);
		char goal[160], val[64], per[32], word[96];
		enum verdict v = st.kind == STATUS_GEHAALD || st.kind == STATUS_BEREIKT || st.kind == STATUS_OP_KOERS
		                     ? V_VOLDOET
		                 : st.kind == STATUS_ONBEKEND ? V_ONTBREEKT
		                                              : V_DEELS;
		nl_goal(goal, sizeof goal, ind);
		add(out, "D3", v, ind->naam,
		    last == NULL || st.kind == STATUS_ONBEKEND
		        ? arena_printf(a, "stand %s", status_phrase(word, sizeof word, &st))
		        : arena_printf(a, "%s: laatste meting %s (%s), doel %s", status_word[st.kind],
		                       nl_value(val, sizeof val, &last->waarde),
		                       nl_period_short(per, sizeof per, &last->periode), goal),
		    arena_printf(a, "$.data_en_informatie.indicatoren[%zu]", i));
	}
}

/* S1: the policy theory explicit (recommendation 3). */
static void policy_theory(const struct report *r, struct arena *a, struct findings *out)
{
	const struct ongelijk *og = &r->ongelijk;
	int theory = !doc_is_empty(&og->stap[STEP_BELEIDSTHEORIE]);
	int choices = !doc_is_empty(&og->nadeel) && (!doc_is_empty(&og->niet_meer_doen) || r->bijsturing.afbouwen.n > 0);
	(void)a;
	add(out, "S1", theory && choices ? V_VOLDOET : theory ? V_DEELS : V_ONTBREEKT, NULL,
	    theory && choices ? "tekst over de beleidstheorie aanwezig, met wat stopt en wie er nadeel van heeft"
	    : theory          ? "tekst over de beleidstheorie aanwezig, maar niet wat stopt of wie er nadeel van heeft"
	                      : "geen tekst over de beleidstheorie: de aannames blijven impliciet",
	    "$.ongelijk_investeren.beleidstheorie");
}

/* S2: what is started, strengthened and stopped (recommendation 4). */
static void steering(const struct report *r, struct arena *a, struct findings *out)
{
	const struct bijsturing *b = &r->bijsturing;
	int n = (b->inzetten.n > 0) + (b->versterken.n > 0) + (b->afbouwen.n > 0);
	add(out, "S2", n == 3 ? V_VOLDOET : n ? V_DEELS : V_ONTBREEKT, NULL,
	    arena_printf(a, "inzetten %zu, versterken %zu, afbouwen %zu", b->inzetten.n, b->versterken.n, b->afbouwen.n),
	    "$.leren_en_verbeteren.bijsturing");
}

/* S3: the phase of the opgave named (recommendation 2). */
static void phase(const struct report *r, struct arena *a, struct findings *out)
{
	add(out, "S3", r->opgave.fase != PHASE_NONE ? V_VOLDOET : V_ONTBREEKT, NULL,
	    r->opgave.fase != PHASE_NONE ? arena_printf(a, "fase %s", phase_name[r->opgave.fase]) : "fase niet benoemd",
	    "$.opgave.fase");
}

/* S4: the paragraph "Ongelijk investeren voor gelijke kansen" complete. */
static void paragraph(const struct report *r, struct arena *a, struct findings *out)
{
	const struct ongelijk *og = &r->ongelijk;
	int persp = 0, steps = 0;
	if (!og->present) {
		add(out, "S4", V_ONTBREEKT, NULL, "paragraaf ontbreekt (raadsbesluit 10 maart 2022)", "$.ongelijk_investeren");
		return;
	}
	for (int p = 0; p < PERSP_MAX; p++)
		persp += og->perspectief[p];
	for (int s = 0; s < STEP_MAX; s++)
		steps += !doc_is_empty(&og->stap[s]);
	add(out, "S4", persp && og->waar.n && og->wie.n && steps == STEP_MAX ? V_VOLDOET : V_DEELS, NULL,
	    arena_printf(a, "%d %s, waar %s, wie %s, %s", persp, persp == 1 ? "perspectief" : "perspectieven",
	                 og->waar.n ? "benoemd" : "ontbreekt", og->wie.n ? "benoemd" : "ontbreekt",
	                 steps == STEP_MAX ? arena_printf(a, "alle %d stappen beschreven", STEP_MAX)
	                 : steps == 0      ? arena_printf(a, "geen van de %d stappen beschreven", STEP_MAX)
	                                   : arena_printf(a, "%d van de %d stappen beschreven", steps, STEP_MAX)),
	    "$.ongelijk_investeren");
}

const struct rule rules[] = {
    {"K1", AREA_KWADRANTEN, "Kwadrant ingevuld",
     "Elk van de vier kwadranten van het sturingsmodel is ingevuld: gedeelde waarden met leidende principes; kaders "
     "met geoormerkt budget, netwerkpartners of prestaties; data met indicatoren, streefwaarden en een "
     "monitoringplan; leren met bijsturing en toelichting. Een kwadrant voldoet pas als de regels erover voldoen "
     "(M1 tot en met M4 voor kaders, D1 voor data, S2 voor leren).",
     "de vier kwadranten", quadrants},
    {"M1", AREA_DOELMATIGHEID, "Geoormerkt budget",
     "Het budget van de opgave is geoormerkt en per post en jaar zichtbaar en bepaald.", "middelen", budget_visible},
    {"M2", AREA_DOELMATIGHEID, "Besteding zichtbaar",
     "Wat besteed is, is bekend voor elk afgesloten jaar.", "middelen.posten[].besteed", spending_visible},
    {"M3", AREA_DOELMATIGHEID, "Middelen gekoppeld aan prestaties",
     "Voor elke prestatie zijn kosten en realisatie bekend, zodat de kosten per eenheid te berekenen zijn.",
     "prestaties[].kosten, gerealiseerd", cost_per_output},
    {"M4", AREA_DOELMATIGHEID, "Totalen kloppen",
     "Opgegeven totalen zijn de som van de posten.", "middelen.totaal", totals_agree},
    {"D1", AREA_DOELTREFFENDHEID, "Doel SMART",
     "Elk doel heeft een nulmeting, een streefwaarde, een eenheid, een streefjaar en een bron; zonder nulmeting en "
     "streefwaarde is het een ER-doel (beter, meer, eerder).",
     "indicatoren[]", smart},
    {"D2", AREA_DOELTREFFENDHEID, "Prestaties gerealiseerd",
     "Voor elke prestatie zijn afgesproken en gerealiseerd bekend.", "prestaties[].afgesproken, gerealiseerd", outputs},
    {"D3", AREA_DOELTREFFENDHEID, "Stand van de indicator",
     "Voor het streefjaar: de lijn van de nulmeting (of eerste meting) door de laatste meting haalt de streefwaarde "
     "op tijd (op koers), of de streefwaarde is al bereikt. Vanaf het einde van het streefjaar: de meting over het "
     "streefjaar haalt de streefwaarde (gehaald).",
     "indicatoren[].reeks, streefwaarde, richting", status},
    {"S1", AREA_STURING, "Beleidstheorie expliciet",
     "De aannames achter de inzet zijn expliciet, met wat de gemeente niet meer doet en wie er nadeel van heeft "
     "(aanbeveling 3).",
     "ongelijk_investeren.beleidstheorie, niet_meer_doen, nadeel", policy_theory},
    {"S2", AREA_STURING, "Inzetten, versterken, afbouwen",
     "Op basis van de doelstellingen staat wat de gemeente inzet, versterkt en afbouwt (aanbeveling 4).",
     "leren_en_verbeteren.bijsturing", steering},
    {"S3", AREA_STURING, "Fase benoemd",
     "De fase van de opgave (verkenning tot afronding) is benoemd, zodat de looptijd duidelijk is (aanbeveling 2).",
     "opgave.fase", phase},
    {"S4", AREA_STURING, "Paragraaf Ongelijk investeren",
     "De verplichte paragraaf noemt een perspectief, WAAR en WIE, en werkt de vier stappen uit.",
     "ongelijk_investeren", paragraph},
};
const size_t nrules = sizeof rules / sizeof *rules;

void rules_run(const struct report *r, struct arena *a, struct findings *out)
{
	for (size_t i = 0; i < nrules; i++)
		rules[i].eval(r, a, out);
}

void findings_free(struct findings *f)
{
	free(f->v);
	f->v = NULL;
	f->n = f->cap = 0;
}
