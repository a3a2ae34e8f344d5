/* The annual report's model: quarterly reports put in their quarters,
 * inputs that do not belong refused, a missing quarter found, the year's
 * budget exact to the cent (the latest quarter's figures, never a sum of
 * quarters), items followed by name, and the changes between quarters. */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/report_json.h"
#include "model/money.h"
#include "model/report.h"
#include "model/year.h"
#include "util/arena.h"
#include "util/diag.h"

#define MAXQ 8

static struct report *rep[MAXQ];
static size_t nrep;
static FILE *sink;

static void setup(void)
{
	sink = fopen("/dev/null", "w");
	diag_set_stream(sink);
	diag_reset();
	nrep = 0;
}

static void teardown(void)
{
	for (size_t i = 0; i < nrep; i++)
		report_free(rep[i]);
	diag_set_stream(NULL);
	fclose(sink);
}

/* A quarterly report of `opgave` over `periode` with the given kaders,
 * data and leren objects (JSON members without braces, may be ""). */
static const struct report *quarter(const char *periode, const char *opgave, const char *kaders, const char *data,
                                    const char *leren)
{
	char json[8192], path[64];
	int n = snprintf(json, sizeof json,
	                 "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"T %s\", \"periode\": \"%s\", "
	                 "\"datum\": \"2022-04-14\"}, \"opgave\": {\"naam\": \"%s\"}, "
	                 "\"gedeelde_waarden\": {\"leidende_principes\": [\"Samen\"]}, "
	                 "\"kaders_en_randvoorwaarden\": {%s}, \"data_en_informatie\": {%s}, "
	                 "\"leren_en_verbeteren\": {%s}, "
	                 "\"ongelijk_investeren\": {\"perspectieven\": [\"basis\"], \"waar\": [\"Overvecht\"], "
	                 "\"wie\": [\"jongeren\"], \"analyse\": \"A.\", \"doel\": \"B.\", \"beleidstheorie\": \"C.\", "
	                 "\"nadeel\": \"E.\", \"monitoring\": \"D.\"}}",
	                 periode, periode, opgave, kaders, data, leren);
	ck_assert(n > 0 && (size_t)n < sizeof json);
	ck_assert(nrep < MAXQ);
	snprintf(path, sizeof path, "q%zu.json", nrep);
	rep[nrep] = report_load_buffer(path, json, (size_t)n);
	ck_assert_msg(rep[nrep] != NULL && diag_worst() < LEVEL_FOUT, "quarter %s does not load", periode);
	return rep[nrep++];
}

static const struct report *plain(const char *periode, const char *opgave)
{
	return quarter(periode, opgave, "\"tekst\": \"K.\"", "\"tekst\": \"D.\"", "\"tekst\": \"L.\"");
}

static struct year *year_of(int jaar)
{
	return year_new((const struct report *const *)rep, nrep, jaar);
}

/* The number of problems of a kind; *first gets the first one. */
static size_t problems(const struct year *y, enum year_problem_kind k, const struct year_problem **first)
{
	size_t n = 0;
	for (size_t i = 0; i < y->nproblems; i++)
		if (y->problems[i].kind == k && n++ == 0 && first != NULL)
			*first = &y->problems[i];
	return n;
}

START_TEST(odd_opgave_out)
{
	struct year *y;
	const struct year_problem *p = NULL;
	plain("2022-Q1", "Kansrijke Start");
	plain("2022-Q2", "Opgave");
	plain("2022-Q3", "Opgave");
	y = year_of(2022);
	/* the first input is the odd one out, not the other two */
	ck_assert_int_eq((int)problems(y, YP_OTHER_OPGAVE, &p), 1);
	ck_assert_int_eq((int)p->input, 0);
	ck_assert_int_eq((int)p->other, 1);
	ck_assert_ptr_null(y->q[0]);
	year_free(y);
}
END_TEST

START_TEST(quarters_placed_in_any_order)
{
	struct year *y;
	plain("2022-Q3", "Opgave");
	plain("2022-Q1", "Opgave");
	plain("2022-Q4", "Opgave");
	plain("2022-Q2", "Opgave");
	y = year_of(2022);
	ck_assert_int_eq((int)y->nproblems, 0);
	ck_assert_int_eq(y->nquarters, 4);
	ck_assert_ptr_eq(y->q[0], rep[1]);
	ck_assert_ptr_eq(y->q[2], rep[0]);
	ck_assert_int_eq(y->last, 3);
	ck_assert_int_eq(y->report.meta.kind, KIND_JAARRAPPORTAGE);
	ck_assert_str_eq(y->report.meta.titel, "Jaarrapportage Opgave 2022");
	ck_assert_int_eq(y->report.meta.periode.year, 2022);
	ck_assert_int_eq(y->report.meta.periode.quarter, 0);
	ck_assert_ptr_null(y->report.meta.kenmerk);
	year_free(y);
}
END_TEST

START_TEST(missing_quarter_found)
{
	struct year *y;
	const struct year_problem *p = NULL;
	plain("2022-Q1", "Opgave");
	plain("2022-Q3", "Opgave");
	plain("2022-Q4", "Opgave");
	y = year_of(2022);
	ck_assert_int_eq((int)year_errors(y), 0);
	ck_assert_int_eq((int)problems(y, YP_MISSING, &p), 1);
	ck_assert_int_eq(p->quarter, 2);
	ck_assert_ptr_null(y->q[1]);
	ck_assert_int_eq(y->nquarters, 3);
	/* the third quarter is compared with the first */
	ck_assert_int_eq(year_prev(y, 2), 0);
	ck_assert_int_eq(year_prev(y, 0), -1);
	year_free(y);
}
END_TEST

START_TEST(only_the_last_quarter)
{
	struct year *y;
	plain("2022-Q4", "Opgave");
	y = year_of(2022);
	ck_assert_int_eq((int)problems(y, YP_MISSING, NULL), 3);
	ck_assert_int_eq((int)year_errors(y), 0);
	ck_assert_int_eq((int)y->nchanges, 0);
	year_free(y);
}
END_TEST

START_TEST(inputs_that_do_not_belong)
{
	struct year *y;
	const struct year_problem *p = NULL;
	plain("2022-Q1", "Opgave");
	plain("2022-Q2", "Andere opgave");
	plain("2021-Q3", "Opgave");
	plain("2022-Q1", "Opgave");
	plain("2022-05", "Opgave");
	plain("2022", "Opgave");
	y = year_of(2022);
	ck_assert_int_eq((int)problems(y, YP_OTHER_OPGAVE, &p), 1);
	ck_assert_int_eq((int)p->input, 1);
	ck_assert_int_eq((int)p->other, 0);
	ck_assert_int_eq((int)problems(y, YP_OTHER_YEAR, &p), 1);
	ck_assert_int_eq((int)p->input, 2);
	ck_assert_int_eq((int)problems(y, YP_DUPLICATE, &p), 1);
	ck_assert_int_eq((int)p->input, 3);
	ck_assert_int_eq((int)p->other, 0);
	ck_assert_int_eq(p->quarter, 1);
	ck_assert_int_eq((int)problems(y, YP_NOT_QUARTER, NULL), 2);
	/* errors hide the missing quarters: a wrong year is not also "missing" */
	ck_assert_int_eq((int)problems(y, YP_MISSING, NULL), 0);
	ck_assert_int_eq((int)year_errors(y), 5);
	year_free(y);
}
END_TEST

#define EURO_BUDGET(b1, s1, b2, s2)                                                                       \
	"\"middelen\": {\"eenheid\": \"€\", \"jaren\": [2021, 2022], \"posten\": ["                        \
	"{\"naam\": \"A\", \"begroot\": [5, " b1 "], \"besteed\": [5, " s1 "]}, "                         \
	"{\"naam\": \"B\", \"begroot\": [1, " b2 "], \"besteed\": [1, " s2 "]}]}"

START_TEST(budget_exact_to_the_cent)
{
	struct year *y;
	const struct year_budget *b;
	struct money m;
	quarter("2022-Q1", "Opgave", EURO_BUDGET("1000.10", "null", "0.20", "0.10"), "", "");
	quarter("2022-Q2", "Opgave", EURO_BUDGET("1000.10", "250.05", "0.20", "0.10"), "", "");
	quarter("2022-Q3", "Opgave", EURO_BUDGET("1100.15", "600.01", "0.20", "0.20"), "", "");
	quarter("2022-Q4", "Opgave", EURO_BUDGET("1100.15", "1099.99", "0.20", "0.19"), "", "");
	y = year_of(2022);
	b = &y->budget;
	ck_assert(b->present);
	ck_assert_int_eq((int)b->nrows, 2);
	ck_assert_int_eq(b->last, 3);
	ck_assert_int_eq(b->decimals, 2);
	ck_assert_str_eq(b->eenheid, "€");
	/* cumulative per quarter, exact: 1000.10 + 0.20 = 1000.30 */
	ck_assert_int_eq(b->total.begroot[0].kind, VAL_NUMBER);
	ck_assert(b->total.begroot[0].q == 10003000);
	ck_assert_int_eq(b->total.besteed[0].kind, VAL_UNKNOWN); /* A's n.t.b. keeps the total open */
	ck_assert(b->total.besteed[1].q == 2501500);              /* 250.05 + 0.10 */
	ck_assert(b->total.besteed[2].q == 6002100);              /* 600.01 + 0.20 */
	/* the year's figures are the last quarter's, not a sum of quarters */
	m = year_row_begroot(y, &b->total);
	ck_assert(m.kind == VAL_NUMBER && m.q == 11003500); /* 1100.15 + 0.20 */
	m = year_row_besteed(y, &b->total);
	ck_assert(m.kind == VAL_NUMBER && m.q == 11001800); /* 1099.99 + 0.19 */
	m = year_row_besteed(y, &b->rows[1]);
	ck_assert(m.q == 1900);
	/* A's budget changed from the second to the third quarter: one change */
	ck_assert_int_eq((int)y->nchanges, 1);
	ck_assert_int_eq(y->changes[0].kind, YC_BUDGET);
	ck_assert_int_eq(y->changes[0].from, 1);
	ck_assert_int_eq(y->changes[0].to, 2);
	ck_assert_int_eq((int)y->changes[0].item, 0);
	year_free(y);
}
END_TEST

START_TEST(budget_per_pijler_and_missing_year)
{
	struct year *y;
	const struct year_budget *b;
	const char *k =
	    "\"middelen\": {\"eenheid\": \"x € 1.000\", \"jaren\": [2022], \"posten\": ["
	    "{\"naam\": \"A\", \"pijler\": \"Op tijd erbij\", \"begroot\": [0.1], \"besteed\": [0.1]}, "
	    "{\"naam\": \"B\", \"pijler\": \"Op tijd erbij\", \"begroot\": [0.2], \"besteed\": [0.1]}, "
	    "{\"naam\": \"C\", \"pijler\": \"Hulp op maat\", \"begroot\": [10], \"besteed\": [\"n.t.b.\"]}]}";
	quarter("2022-Q1", "Opgave", "\"middelen\": {\"eenheid\": \"x € 1.000\", \"jaren\": [2021], \"posten\": "
	                              "[{\"naam\": \"A\", \"begroot\": [7]}]}",
	        "", "");
	quarter("2022-Q2", "Opgave", k, "", "");
	y = year_of(2022);
	b = &y->budget;
	ck_assert(b->by_pijler);
	ck_assert_int_eq((int)b->nrows, 2);
	ck_assert_str_eq(b->rows[0].naam, "Op tijd erbij");
	ck_assert(b->rows[0].begroot[1].q == 3000); /* 0.1 + 0.2 = 0.3 exactly */
	ck_assert(b->rows[0].besteed[1].q == 2000);
	ck_assert_int_eq(b->rows[1].besteed[1].kind, VAL_UNKNOWN);
	ck_assert_int_eq(b->total.besteed[1].kind, VAL_UNKNOWN);
	/* the first quarter has no column for 2022: nothing, not zero */
	ck_assert_int_eq(b->rows[0].begroot[0].kind, VAL_ABSENT);
	ck_assert_int_eq(b->total.begroot[0].kind, VAL_ABSENT);
	ck_assert(b->total.begroot[1].q == 103000);
	ck_assert_int_eq((int)y->nchanges, 0); /* no budget to compare with in the first quarter */
	year_free(y);
}
END_TEST

START_TEST(other_unit_is_a_problem)
{
	struct year *y;
	const struct year_problem *p = NULL;
	quarter("2022-Q1", "Opgave", EURO_BUDGET("1", "1", "1", "1"), "", "");
	quarter("2022-Q2", "Opgave",
	        "\"middelen\": {\"eenheid\": \"x € 1.000\", \"jaren\": [2022], \"posten\": [{\"naam\": \"A\", \"begroot\": [1]}]}",
	        "", "");
	y = year_of(2022);
	ck_assert_int_eq((int)problems(y, YP_OTHER_UNIT, &p), 1);
	ck_assert_int_eq((int)p->input, 1);
	ck_assert_int_eq((int)p->other, 0);
	year_free(y);
}
END_TEST

static size_t count_changes(const struct year *y, enum year_change_kind k, int to)
{
	size_t n = 0;
	for (size_t i = 0; i < y->nchanges; i++)
		n += y->changes[i].kind == k && y->changes[i].to == to;
	return n;
}

START_TEST(changes_between_quarters)
{
	struct year *y;
	const char *leren1 = "\"bijsturing\": {\"inzetten\": [\"X\"], \"afbouwen\": [\"Oud\"]}";
	const char *leren2 = "\"bijsturing\": {\"inzetten\": [\"X\", \"Y\"]}";
	const char *ind1 = "\"indicatoren\": [{\"naam\": \"I\", \"eenheid\": \"%\", \"bron\": \"CBS\", "
	                   "\"reeks\": [{\"periode\": \"2020\", \"waarde\": 10}, {\"periode\": \"2021\", \"waarde\": 11}], "
	                   "\"streefwaarde\": \"n.t.b.\", \"streefjaar\": 2040}]";
	const char *ind3 = "\"indicatoren\": [{\"naam\": \"I\", \"eenheid\": \"%\", \"bron\": \"CBS\", "
	                   "\"reeks\": [{\"periode\": \"2021\", \"waarde\": 11.5}, {\"periode\": \"2022\", \"waarde\": 12}], "
	                   "\"streefwaarde\": 6, \"streefjaar\": 2040}, "
	                   "{\"naam\": \"J\", \"eenheid\": \"aantal\", \"bron\": \"W\", \"reeks\": [{\"periode\": \"2022-Q3\", \"waarde\": 3}]}]";
	const char *k1 = "\"netwerkpartners\": [{\"naam\": \"P\", \"afspraak\": \"geen\"}, {\"naam\": \"Q\"}], "
	                 "\"prestaties\": [{\"omschrijving\": \"Signalen, 2022 (stand eerste kwartaal)\", \"afgesproken\": 80, "
	                 "\"gerealiseerd\": 20}]";
	const char *k2 = "\"netwerkpartners\": [{\"naam\": \"P\", \"afspraak\": \"convenant\"}, {\"naam\": \"Q\"}, {\"naam\": \"R\"}], "
	                 "\"prestaties\": [{\"omschrijving\": \"Signalen, 2022 (stand tweede kwartaal)\", \"afgesproken\": 80, "
	                 "\"gerealiseerd\": 41}]";
	const char *k3 = "\"netwerkpartners\": [{\"naam\": \"P\", \"afspraak\": \"convenant\"}, {\"naam\": \"R\"}], "
	                 "\"prestaties\": [{\"omschrijving\": \"Signalen, 2022 (stand derde kwartaal)\", \"afgesproken\": 90, "
	                 "\"gerealiseerd\": 41}, {\"omschrijving\": \"Nieuw\", \"afgesproken\": 1, \"gerealiseerd\": 0}]";
	const struct year_indicator *yi;
	quarter("2022-Q1", "Opgave", k1, ind1, leren1);
	quarter("2022-Q2", "Opgave", k2, ind1, leren2);
	quarter("2022-Q3", "Opgave", k3, ind3, leren2);
	y = year_of(2022);
	ck_assert_int_eq((int)y->nproblems, 1); /* the fourth quarter is missing */
	/* partners: R added and P's agreement changed in Q2, Q removed in Q3 */
	ck_assert_int_eq((int)y->npartners, 3);
	ck_assert_int_eq((int)count_changes(y, YC_PARTNER_ADDED, 1), 1);
	ck_assert_int_eq((int)count_changes(y, YC_PARTNER_CHANGED, 1), 1);
	ck_assert_int_eq((int)count_changes(y, YC_PARTNER_REMOVED, 2), 1);
	ck_assert_int_eq((int)count_changes(y, YC_PARTNER_REMOVED, 1), 0);
	ck_assert_ptr_null(y->partners[1].at[2]);
	/* one prestatie through the year despite its "(stand ...)" remarks */
	ck_assert_int_eq((int)y->nprestaties, 2);
	ck_assert_str_eq(y->prestaties[0].naam, "Signalen, 2022");
	ck_assert_int_eq((int)count_changes(y, YC_PRESTATIE_PROGRESS, 1), 1);
	ck_assert_int_eq((int)count_changes(y, YC_PRESTATIE_PROGRESS, 2), 0);
	ck_assert_int_eq((int)count_changes(y, YC_PRESTATIE_TARGET, 2), 1);
	ck_assert_int_eq((int)count_changes(y, YC_PRESTATIE_ADDED, 2), 1);
	/* indicator I: no new measurement in Q2, a new one and a target in Q3; J is new */
	ck_assert_int_eq((int)count_changes(y, YC_INDICATOR_MEASURED, 1), 0);
	ck_assert_int_eq((int)count_changes(y, YC_INDICATOR_MEASURED, 2), 1);
	ck_assert_int_eq((int)count_changes(y, YC_INDICATOR_TARGET, 2), 1);
	ck_assert_int_eq((int)count_changes(y, YC_INDICATOR_ADDED, 2), 1);
	/* bijsturing: Y started in Q2, Oud no longer mentioned */
	ck_assert_int_eq((int)count_changes(y, YC_LINE_ADDED, 1), 1);
	ck_assert_int_eq((int)count_changes(y, YC_LINE_REMOVED, 1), 1);
	ck_assert_int_eq((int)year_changes_to(y, 0), 0);
	ck_assert_int_eq((int)year_changes_to(y, 1), 5);
	ck_assert_int_eq((int)year_changes_to(y, 2), 6);
	/* the merged series: 2020 from Q1, 2021 as revised in Q3, 2022 */
	yi = &y->indicatoren[0];
	ck_assert_int_eq((int)yi->merged.nreeks, 3);
	ck_assert_int_eq(yi->merged.reeks[0].periode.year, 2020);
	ck_assert(yi->merged.reeks[1].waarde.num == 11.5);
	ck_assert_int_eq(yi->merged.reeks[2].periode.year, 2022);
	ck_assert(yi->merged.streefwaarde.kind == VAL_NUMBER && yi->merged.streefwaarde.num == 6);
	ck_assert_ptr_null(y->indicatoren[1].at[1]);
	/* ... and the revision of 2021 (11 in Q2, 11,5 in Q3) is a warning */
	ck_assert_int_eq((int)y->nwarnings, 1);
	ck_assert_int_eq(y->warnings[0].kind, YW_REVISED);
	ck_assert_int_eq(y->warnings[0].from, 1);
	ck_assert_int_eq(y->warnings[0].to, 2);
	ck_assert(y->warnings[0].was.num == 11 && y->warnings[0].now.num == 11.5);
	year_free(y);
}
END_TEST

/* Prestaties and indicators followed by id first, then by name with the
 * period left out but its year kept; a unit that changes and spending
 * that goes down are warnings. */
START_TEST(matched_by_id_and_period)
{
	struct year *y;
	const char *k1 = "\"middelen\": {\"eenheid\": \"x € 1.000\", \"jaren\": [2022], \"posten\": [{\"naam\": \"A\", "
	                 "\"begroot\": [100], \"besteed\": [40]}]}, "
	                 "\"prestaties\": [{\"omschrijving\": \"Signalen opgevolgd, t/m Q1 2022\", \"afgesproken\": 80, "
	                 "\"gerealiseerd\": 20}, {\"omschrijving\": \"Signalen opgevolgd, 2021\", \"afgesproken\": 70, "
	                 "\"gerealiseerd\": 75}, {\"id\": \"sr\", \"omschrijving\": \"Schuldregelingen\", "
	                 "\"afgesproken\": 9, \"gerealiseerd\": 2}]";
	const char *k2 = "\"middelen\": {\"eenheid\": \"x € 1.000\", \"jaren\": [2022], \"posten\": [{\"naam\": \"A\", "
	                 "\"begroot\": [100], \"besteed\": [35]}]}, "
	                 "\"prestaties\": [{\"omschrijving\": \"signalen opgevolgd \u2013 tweede kwartaal 2022\", "
	                 "\"afgesproken\": 80, \"gerealiseerd\": 41}, {\"id\": \"sr\", \"omschrijving\": "
	                 "\"Gestarte schuldregelingen\", \"afgesproken\": 9, \"gerealiseerd\": 4}]";
	const char *d1 = "\"indicatoren\": [{\"id\": \"i\", \"naam\": \"I\", \"eenheid\": \"%\", \"bron\": \"CBS\", "
	                 "\"reeks\": [{\"periode\": \"2021\", \"waarde\": 10}]}]";
	const char *d2 = "\"indicatoren\": [{\"id\": \"i\", \"naam\": \"I (nieuwe naam)\", \"eenheid\": \"aantal\", "
	                 "\"bron\": \"CBS\", \"reeks\": [{\"periode\": \"2021\", \"waarde\": 10}]}]";
	quarter("2022-Q1", "Opgave", k1, d1, "");
	quarter("2022-Q2", "Opgave", k2, d2, "");
	y = year_of(2022);
	ck_assert_int_eq((int)y->nprestaties, 3);
	ck_assert_ptr_nonnull(y->prestaties[0].at[1]); /* "t/m Q1 2022" and "– tweede kwartaal 2022" */
	ck_assert_ptr_null(y->prestaties[1].at[1]);    /* 2021 stays apart */
	ck_assert_ptr_nonnull(y->prestaties[2].at[1]); /* by id, though renamed */
	ck_assert_int_eq((int)y->nindicatoren, 1);
	ck_assert_str_eq(y->indicatoren[0].naam, "I (nieuwe naam)");
	ck_assert_int_eq((int)y->nwarnings, 2);
	ck_assert_int_eq(y->warnings[0].kind, YW_SPENDING_DOWN);
	ck_assert_int_eq(y->warnings[1].kind, YW_UNIT);
	year_free(y);
}
END_TEST

START_TEST(match_key)
{
	struct arena *a = arena_new();
	ck_assert_str_eq(year_match_key(a, "Signalen opgevolgd, 2022 (stand eerste kwartaal)", 2022),
	                 "Signalen opgevolgd|2022");
	ck_assert_str_eq(year_match_key(a, "Signalen opgevolgd, t/m Q3 2022", 2022), "Signalen opgevolgd|2022");
	ck_assert_str_eq(year_match_key(a, "Signalen opgevolgd \u2013 derde kwartaal", 2022), "Signalen opgevolgd|2022");
	ck_assert_str_eq(year_match_key(a, "Signalen opgevolgd, 2021", 2022), "Signalen opgevolgd|2021");
	ck_assert_str_eq(year_match_key(a, "Signalen opgevolgd", 2022), "Signalen opgevolgd|2022");
	/* a last part that names no period stays */
	ck_assert_str_eq(year_match_key(a, "Huur, energie en water", 2022), "Huur, energie en water|2022");
	ck_assert_str_eq(year_match_key(a, "Jongeren (18–27 jaar), 2022", 2022), "Jongeren (18–27 jaar)|2022");
	/* a number that is no year, or words beside the year: no period */
	ck_assert_str_eq(year_match_key(a, "Huisbezoeken, 2000 adressen", 2022), "Huisbezoeken, 2000 adressen|2022");
	ck_assert_str_eq(year_match_key(a, "Huisbezoeken, 10000 adressen", 2022), "Huisbezoeken, 10000 adressen|2022");
	ck_assert_str_eq(year_match_key(a, "Signalen, eind 2022-Q3", 2022), "Signalen|2022");
	arena_free(a);
}
END_TEST

START_TEST(prestatie_key)
{
	struct arena *a = arena_new();
	ck_assert_str_eq(year_prestatie_key(a, "Signalen opgevolgd, 2022 (stand eerste kwartaal)"),
	                 "Signalen opgevolgd, 2022");
	ck_assert_str_eq(year_prestatie_key(a, "Jongeren (18–27 jaar) met een aanpak"), "Jongeren (18–27 jaar) met een aanpak");
	ck_assert_str_eq(year_prestatie_key(a, "Trajecten (a (b)) "), "Trajecten");
	ck_assert_str_eq(year_prestatie_key(a, "(alleen haakjes)"), "(alleen haakjes)");
	ck_assert_str_eq(year_prestatie_key(a, "Scheef)"), "Scheef)");
	ck_assert_str_eq(year_prestatie_key(a, ""), "");
	arena_free(a);
}
END_TEST

START_TEST(no_inputs)
{
	struct year *y = year_new(NULL, 0, 2022);
	ck_assert_int_eq(y->nquarters, 0);
	ck_assert_int_eq(y->last, -1);
	ck_assert_int_eq((int)year_errors(y), 0);
	year_free(y);
}
END_TEST

static Suite *year_suite(void)
{
	Suite *s = suite_create("year");
	TCase *t = tcase_create("year");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, quarters_placed_in_any_order);
	tcase_add_test(t, missing_quarter_found);
	tcase_add_test(t, only_the_last_quarter);
	tcase_add_test(t, inputs_that_do_not_belong);
	tcase_add_test(t, odd_opgave_out);
	tcase_add_test(t, budget_exact_to_the_cent);
	tcase_add_test(t, budget_per_pijler_and_missing_year);
	tcase_add_test(t, other_unit_is_a_problem);
	tcase_add_test(t, changes_between_quarters);
	tcase_add_test(t, prestatie_key);
	tcase_add_test(t, matched_by_id_and_period);
	tcase_add_test(t, match_key);
	tcase_add_test(t, no_inputs);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(year_suite());
}
