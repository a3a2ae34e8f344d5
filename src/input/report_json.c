#include "report_json.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/report.h"
#include "../model/status.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "files.h"
#include "csv_import.h"
#include "json_read.h"
#include "xlsx.h"

static void load_rapport(struct jctx *c, json_t *root)
{
	static const char *const keys[] = {"soort", "titel", "periode", "datum", "kenmerk", "gemeente", "organisatie",
	                                   "opgavemanager", "onderwerp", "ondertekening", NULL};
	static const char *const sign_keys[] = {"burgemeester", "secretaris", NULL};
	json_t *o = jr_get_object(c, root, "rapport", 1);
	struct report_meta *m = &c->r->meta;
	size_t old = jr_path_key(c, "rapport");
	const char *datum;
	int kind;

	if (o != NULL) {
		jr_check_keys(c, o, keys);
		kind = jr_get_enum(c, o, "soort", report_kind_name, KIND_MAX, 0, 1);
		m->kind = kind < 0 ? KIND_VOORTGANGSRAPPORTAGE : (enum report_kind)kind;
		m->titel = jr_get_str(c, o, "titel", 1);
		jr_get_period(c, o, "periode", 1, &m->periode);
		datum = jr_get_str(c, o, "datum", 1);
		if (datum != NULL && nl_parse_date(datum, &m->datum) != 0) {
			size_t o2 = jr_path_key(c, "datum");
			msg_path(D_DATE, c->file, jr_jp(c),
			         "datum \"%s\" is ongeldig; schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2022-02-16",
			         datum);
			jr_path_pop(c, o2);
		}
		m->kenmerk = jr_get_str(c, o, "kenmerk", 0);
		m->gemeente = jr_get_str(c, o, "gemeente", 0);
		m->organisatie = jr_get_str(c, o, "organisatie", 0);
		m->opgavemanager = jr_get_str(c, o, "opgavemanager", 0);
		m->onderwerp = jr_get_str(c, o, "onderwerp", 0);
		{
			json_t *sign = jr_get_object(c, o, "ondertekening", 0);
			if (sign != NULL) {
				size_t o2 = jr_path_key(c, "ondertekening");
				jr_check_keys(c, sign, sign_keys);
				m->burgemeester = jr_get_str(c, sign, "burgemeester", 0);
				m->secretaris = jr_get_str(c, sign, "secretaris", 0);
				jr_path_pop(c, o2);
			}
		}
	}
	jr_path_pop(c, old);
}

static void load_opgave(struct jctx *c, json_t *root)
{
	static const char *const keys[] = {"naam", "strategische_doelstelling", "ambitie", "fase",
	                                   NULL};
	json_t *o = jr_get_object(c, root, "opgave", 1);
	size_t old = jr_path_key(c, "opgave");
	int fase;
	if (o != NULL) {
		jr_check_keys(c, o, keys);
		c->r->opgave.naam = jr_get_str(c, o, "naam", 1);
		c->r->opgave.strategische_doelstelling = jr_get_str(c, o, "strategische_doelstelling", 0);
		jr_get_md(c, o, "ambitie", &c->r->opgave.ambitie);
		fase = jr_get_enum(c, o, "fase", phase_name, PHASE_MAX, 1, 0);
		c->r->opgave.fase = fase < 0 ? PHASE_NONE : (enum phase)fase;
	}
	jr_path_pop(c, old);
}

/* Reads an array of figures into n values; reports a length mismatch. */
static void load_middelen(struct jctx *c, json_t *kaders)
{
	const char *csv;
	static const char *const keys[] = {"eenheid", "jaren", "posten", "totaal", "toelichting", "csv",
	                                   NULL};
	static const char *const post_keys[] = {"naam", "pijler", "begroot", "besteed", "eenmalig", "correctie",
	                                        NULL};
	struct middelen *m = &c->r->middelen;
	json_t *o = jr_get_object(c, kaders, "middelen", 0), *jaren, *posten, *v;
	size_t old, i;

	if (o == NULL)
		return;
	old = jr_path_key(c, "middelen");
	m->present = 1;
	jr_check_keys(c, o, keys);
	m->eenheid = jr_get_str(c, o, "eenheid", 0);
	jr_get_md(c, o, "toelichting", &m->toelichting);
	csv = jr_get_str(c, o, "csv", 0);
	if (csv != NULL) {
		size_t o2 = jr_path_key(c, "csv");
		if (json_object_get(o, "jaren") || json_object_get(o, "posten") || json_object_get(o, "totaal"))
			msg_path(D_JSON_TYPE, c->file, jr_jp(c),
			         "geef de begroting in JSON (jaren, posten, totaal) of in een CSV-bestand, niet allebei");
		else
			csv_import_budget(c, csv, m);
		jr_path_pop(c, o2);
		jr_path_pop(c, old);
		return;
	}
	jaren = jr_get_array(c, o, "jaren", 0);
	if (jaren != NULL && json_array_size(jaren) > 50) {
		msg_path(D_JSON_LIMIT, c->file, jr_jp(c), "meer dan 50 jaren; splits de tabel");
		jaren = NULL;
	}
	if (jaren != NULL) {
		size_t o2 = jr_path_key(c, "jaren");
		m->jaren = arena_array(c->a, json_array_size(jaren), sizeof(int));
		json_array_foreach(jaren, i, v) {
			size_t o3 = jr_path_index(c, i);
			int dup = 0;
			for (size_t k = 0; json_is_integer(v) && k < m->njaren; k++)
				dup |= m->jaren[k] == (int)json_integer_value(v);
			if (!json_is_integer(v) || json_integer_value(v) < 1900 || json_integer_value(v) > 2999)
				msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht een jaartal zoals 2022");
			else if (dup)
				msg_path(D_DUPLICATE_YEAR, c->file, jr_jp(c), "jaar %d staat twee keer in \"jaren\"",
				         (int)json_integer_value(v));
			else
				m->jaren[m->njaren++] = (int)json_integer_value(v);
			jr_path_pop(c, o3);
		}
		jr_path_pop(c, o2);
	}
	m->totaal = jr_get_money_row(c, o, "totaal", m->njaren, 0);
	if (m->njaren == 0 && json_array_size(json_object_get(o, "posten")) > 0) {
		msg_path(D_JSON_MISSING, c->file, jr_jp(c),
		         "er zijn posten maar geen jaren; geef \"jaren\", bijvoorbeeld [2021, 2022]");
		jr_path_pop(c, old);
		return;
	}
	posten = jr_get_array(c, o, "posten", 0);
	if (posten != NULL) {
		size_t o2 = jr_path_key(c, "posten");
		m->posten = arena_array(c->a, json_array_size(posten), sizeof(*m->posten));
		json_array_foreach(posten, i, v) {
			size_t o3 = jr_path_index(c, i);
			struct middelen_post *p = &m->posten[m->nposten];
			if (!json_is_object(v)) {
				msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht een object, maar vond %s", jr_type_name(v));
			} else {
				json_t *e = json_object_get(v, "eenmalig");
				jr_check_keys(c, v, post_keys);
				p->naam = jr_get_str(c, v, "naam", 1);
				p->pijler = jr_get_str(c, v, "pijler", 0);
				p->begroot = jr_get_money_row(c, v, "begroot", m->njaren, 1);
				p->besteed = jr_get_money_row(c, v, "besteed", m->njaren, 0);
				p->correctie = json_is_true(json_object_get(v, "correctie"));
				p->eenmalig = json_is_true(e);
				if (e != NULL && !json_is_boolean(e)) {
					size_t o4 = jr_path_key(c, "eenmalig");
					msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht true of false");
					jr_path_pop(c, o4);
				}
				if (p->naam != NULL && p->begroot != NULL)
					m->nposten++;
			}
			jr_path_pop(c, o3);
		}
		jr_path_pop(c, o2);
	}
	jr_path_pop(c, old);
}

static int read_partner(struct jctx *c, json_t *v, void *item)
{
	static const char *const keys[] = {"naam", "rol", "afspraak", "bedrag", NULL};
	static const char *const kinds[] = {"subsidiebeschikking", "contract", "convenant", "geen"};
	struct netwerkpartner *p = item;
	int k;
	jr_check_keys(c, v, keys);
	p->naam = jr_get_str(c, v, "naam", 1);
	p->rol = jr_get_str(c, v, "rol", 0);
	k = jr_get_enum(c, v, "afspraak", kinds, 4, 0, 0);
	p->afspraak = k >= 0 ? kinds[k] : NULL;
	jr_get_money(c, v, "bedrag", &p->bedrag);
	return p->naam != NULL;
}

static int read_prestatie(struct jctx *c, json_t *v, void *item)
{
	static const char *const keys[] = {"id", "omschrijving", "eenheid", "afgesproken", "gerealiseerd", "kosten",
	                                   NULL};
	struct prestatie *p = item;
	jr_check_keys(c, v, keys);
	p->id = jr_get_str(c, v, "id", 0);
	p->omschrijving = jr_get_str(c, v, "omschrijving", 1);
	p->eenheid = jr_get_str(c, v, "eenheid", 0);
	jr_get_value(c, v, "afgesproken", &p->afgesproken);
	jr_get_value(c, v, "gerealiseerd", &p->gerealiseerd);
	jr_get_money(c, v, "kosten", &p->kosten);
	return p->omschrijving != NULL;
}

static int read_bijlage(struct jctx *c, json_t *v, void *item)
{
	static const char *const keys[] = {"titel", "tekst", NULL};
	struct bijlage *b = item;
	jr_check_keys(c, v, keys);
	b->titel = jr_get_str(c, v, "titel", 1);
	jr_get_md(c, v, "tekst", &b->tekst);
	return b->titel != NULL;
}

/* "waarde" of a point: required, and null (not absence) says unknown. */
static void required_value(struct jctx *c, json_t *obj, struct value *out)
{
	jr_get_value(c, obj, "waarde", out);
	if (out->kind == VAL_ABSENT) {
		size_t old = jr_path_key(c, "waarde");
		msg_path(D_JSON_MISSING, c->file, jr_jp(c),
		         "waarde ontbreekt; geef een getal, of null als de waarde onbekend is");
		jr_path_pop(c, old);
	}
}

static void load_datapoint(struct jctx *c, json_t *v, struct datapoint *d)
{
	static const char *const keys[] = {"periode", "waarde", NULL};
	if (!json_is_object(v)) {
		msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht een object {\"periode\": ..., \"waarde\": ...}");
		return;
	}
	jr_check_keys(c, v, keys);
	jr_get_period(c, v, "periode", 1, &d->periode);
	required_value(c, v, &d->waarde);
}

static int read_comparison_item(struct jctx *c, json_t *v, void *item)
{
	static const char *const keys[] = {"naam", "waarde", NULL};
	struct comparison_item *it = item;
	jr_check_keys(c, v, keys);
	it->naam = jr_get_str(c, v, "naam", 1);
	required_value(c, v, &it->waarde);
	return it->naam != NULL;
}

/* "vergelijking": one period's values per wijk or group, and the average. */
static void load_comparison(struct jctx *c, json_t *ind_obj, struct comparison *cmp)
{
	static const char *const keys[] = {"periode", "gemiddelde", "gemiddelde_naam", "waarden", NULL};
	json_t *o = jr_get_object(c, ind_obj, "vergelijking", 0);
	size_t old;
	if (o == NULL)
		return;
	old = jr_path_key(c, "vergelijking");
	cmp->present = 1;
	jr_check_keys(c, o, keys);
	jr_get_period(c, o, "periode", 1, &cmp->periode);
	jr_get_value(c, o, "gemiddelde", &cmp->gemiddelde);
	cmp->gemiddelde_naam = jr_get_str(c, o, "gemiddelde_naam", 0);
	if (json_array_size(json_object_get(o, "waarden")) > 60) {
		size_t o2 = jr_path_key(c, "waarden");
		msg_path(D_JSON_LIMIT, c->file, jr_jp(c), "meer dan 60 waarden; een staafdiagram wordt dan onleesbaar");
		jr_path_pop(c, o2);
	} else {
		cmp->items = jr_each_object(c, o, "waarden", sizeof *cmp->items, read_comparison_item, &cmp->n);
		if (cmp->items == NULL && json_object_get(o, "waarden") == NULL)
			msg_path(D_JSON_MISSING, c->file, jr_jp(c),
			         "\"waarden\" ontbreekt; geef per wijk of groep {\"naam\": ..., \"waarde\": ...}");
	}
	jr_path_pop(c, old);
}

/* "streefwaarde": {"procent": -50, "ten_opzichte_van": "2022"} or
 * {"factor": 0.5, ...}: a target relative to a period's value, whose
 * absolute value is computed once the series is read. */
static void load_relative_target(struct jctx *c, json_t *ind_obj, struct indicator *ind)
{
	static const char *const keys[] = {"procent", "factor", "ten_opzichte_van", NULL};
	json_t *o = json_object_get(ind_obj, "streefwaarde");
	struct relative_target *rt = &ind->relatief;
	size_t old = jr_path_key(c, "streefwaarde");
	int pct = json_object_get(o, "procent") != NULL, fac = json_object_get(o, "factor") != NULL;
	jr_check_keys(c, o, keys);
	if (pct == fac) {
		msg_path(D_JSON_MISSING, c->file, jr_jp(c),
		         "geef een relatieve streefwaarde als \"procent\" (verandering, bijvoorbeeld -50) of als "
		         "\"factor\" (bijvoorbeeld 0.5), niet allebei en niet geen van beide");
	} else {
		rt->present = 1;
		rt->is_factor = fac;
		jr_get_value(c, o, fac ? "factor" : "procent", &rt->getal);
		if (rt->getal.kind != VAL_NUMBER) {
			size_t o2 = jr_path_key(c, fac ? "factor" : "procent");
			msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht een getal");
			jr_path_pop(c, o2);
		} else if (fac ? rt->getal.num < 0 : rt->getal.num < -100) {
			size_t o2 = jr_path_key(c, fac ? "factor" : "procent");
			msg_path(D_JSON_NUMBER, c->file, jr_jp(c), fac ? "een factor kan niet negatief zijn"
			                                              : "een daling van meer dan 100%% kan niet");
			jr_path_pop(c, o2);
		}
	}
	jr_get_period(c, o, "ten_opzichte_van", 1, &rt->ten_opzichte_van);
	ind->streefwaarde.kind = VAL_UNKNOWN; /* until resolved */
	jr_path_pop(c, old);
}

/* After the series and baseline are read: a relative target's value. */
static void resolve_relative_target(struct jctx *c, struct indicator *ind)
{
	char per[64];
	size_t old;
	int rc;
	if (!ind->relatief.present || ind->relatief.getal.kind != VAL_NUMBER || !ind->relatief.ten_opzichte_van.year)
		return;
	rc = indicator_resolve_relative(ind);
	/* a reference period still to come is not yet measured: n.t.b. is right */
	if (rc == 0 || (rc == -1 && ind->peildatum.year &&
	                period_end(&ind->relatief.ten_opzichte_van) > period_end(&ind->peildatum)))
		return;
	old = jr_path_key(c, "streefwaarde");
	msg_path(D_TARGET, c->file, jr_jp(c),
	         rc == -2 ? "de waarde over %s is nul of negatief; een streefwaarde als percentage of factor daarvan leest "
	                    "verkeerd om: geef de streefwaarde als getal; tot dan is zij n.t.b."
	                  : "de reeks en de nulmeting geven geen waarde over %s, waartegen de streefwaarde is opgegeven; "
	                    "de streefwaarde is n.t.b.",
	         nl_period_short(per, sizeof per, &ind->relatief.ten_opzichte_van));
	jr_path_pop(c, old);
}

static int read_indicator(struct jctx *c, json_t *v, void *item)
{
	struct indicator *ind = item;
	static const char *const keys[] = {"id", "naam", "eenheid", "bron", "definitie", "richting", "reeks",
	                                   "basis", "streefwaarde", "streefjaar", "streefband", "reeks_csv",
	                                   "vergelijking", "grafiek", NULL};
	json_t *reeks, *basis, *band, *jaar, *p;
	size_t i;
	int dir, chart;

	jr_check_keys(c, v, keys);
	ind->id = jr_get_str(c, v, "id", 0);
	ind->naam = jr_get_str(c, v, "naam", 1);
	ind->peildatum = c->r->meta.periode;
	ind->eenheid = jr_get_str(c, v, "eenheid", 0);
	ind->bron = jr_get_str(c, v, "bron", 0);
	ind->definitie = jr_get_str(c, v, "definitie", 0);
	dir = jr_get_enum(c, v, "richting", direction_key, DIR_MAX, 1, 0);
	ind->richting = dir < 0 ? DIR_NONE : (enum direction)dir;
	chart = jr_get_enum(c, v, "grafiek", chart_choice_key, CHART_CHOICE_MAX, 0, 0);
	ind->grafiek = chart < 0 ? CHART_AUTO : (enum chart_choice)chart;
	load_comparison(c, v, &ind->vergelijking);
	reeks = jr_get_array(c, v, "reeks", 0);
	if (reeks != NULL) {
		size_t old = jr_path_key(c, "reeks");
		ind->reeks = arena_array(c->a, json_array_size(reeks), sizeof(struct datapoint));
		json_array_foreach(reeks, i, p) {
			size_t o2 = jr_path_index(c, i);
			load_datapoint(c, p, &ind->reeks[ind->nreeks++]);
			jr_path_pop(c, o2);
		}
		jr_path_pop(c, old);
	}
	{
		const char *csv = jr_get_str(c, v, "reeks_csv", 0);
		size_t old = jr_path_key(c, "reeks_csv");
		if (csv != NULL && reeks != NULL)
			msg_path(D_JSON_TYPE, c->file, jr_jp(c), "geef de reeks in JSON of in een CSV-bestand, niet allebei");
		else if (csv != NULL)
			csv_import_series(c, csv, ind);
		jr_path_pop(c, old);
	}
	basis = jr_get_object(c, v, "basis", 0);
	if (basis != NULL) {
		size_t old = jr_path_key(c, "basis");
		load_datapoint(c, basis, &ind->basis);
		jr_path_pop(c, old);
	}
	if (json_is_object(json_object_get(v, "streefwaarde")))
		load_relative_target(c, v, ind);
	else
		jr_get_value(c, v, "streefwaarde", &ind->streefwaarde);
	jaar = jr_get_typed(c, v, "streefjaar", JSON_INTEGER, "een jaartal zoals 2030", 0);
	if (jaar != NULL)
		ind->streefjaar = (int)json_integer_value(jaar);
	band = jr_get_array(c, v, "streefband", 0);
	if (band != NULL) {
		size_t old = jr_path_key(c, "streefband");
		if (json_array_size(band) != 2) {
			msg_path(D_JSON_TYPE, c->file, jr_jp(c), "verwacht twee getallen [ondergrens, bovengrens]");
		} else {
			jr_read_value(c, json_array_get(band, 0), &ind->band_laag);
			jr_read_value(c, json_array_get(band, 1), &ind->band_hoog);
		}
		jr_path_pop(c, old);
	}
	resolve_relative_target(c, ind);
	return 1;
}

/* Opens a quadrant object; returns it (NULL when absent) with the path set. */
static json_t *open_quadrant(struct jctx *c, json_t *root, enum quadrant q,
                             const char *const *keys, size_t *old)
{
	json_t *o = jr_get_object(c, root, quadrant_key[q], 0);
	*old = jr_path_key(c, quadrant_key[q]);
	if (o != NULL) {
		c->r->q[q].present = 1;
		jr_check_keys(c, o, keys);
		jr_get_md(c, o, "tekst", &c->r->q[q].tekst);
	}
	return o;
}

static void load_quadrants(struct jctx *c, json_t *root)
{
	static const char *const k_gw[] = {"leidende_principes", "tekst", NULL};
	static const char *const k_kr[] = {"middelen", "netwerkpartners", "prestaties", "tekst", NULL};
	static const char *const k_di[] = {"indicatoren", "monitoring", "tekst", NULL};
	static const char *const k_lv[] = {"tekst", "bijsturing", NULL};
	static const char *const k_bs[] = {"inzetten", "versterken", "afbouwen", NULL};
	json_t *o, *b;
	size_t old;

	if ((o = open_quadrant(c, root, Q_GEDEELDE_WAARDEN, k_gw, &old)) != NULL)
		jr_get_strlist(c, o, "leidende_principes", &c->r->leidende_principes);
	jr_path_pop(c, old);
	if ((o = open_quadrant(c, root, Q_KADERS, k_kr, &old)) != NULL) {
		load_middelen(c, o);
		c->r->partners = jr_each_object(c, o, "netwerkpartners", sizeof(struct netwerkpartner), read_partner,
		                             &c->r->npartners);
		c->r->prestaties = jr_each_object(c, o, "prestaties", sizeof(struct prestatie), read_prestatie,
		                               &c->r->nprestaties);
	}
	jr_path_pop(c, old);
	if ((o = open_quadrant(c, root, Q_DATA, k_di, &old)) != NULL) {
		c->r->indicatoren = jr_each_object(c, o, "indicatoren", sizeof(struct indicator), read_indicator,
		                                &c->r->nindicatoren);
		if (c->r->nindicatoren > REPORT_MAX_INDICATORS) /* each is a chart: ~1 ms and 100 KB */
			msg_path(D_JSON_LIMIT, c->file, "$.data_en_informatie.indicatoren",
			         "%zu indicatoren, de limiet is %d; verdeel ze over meer rapportages", c->r->nindicatoren,
			         REPORT_MAX_INDICATORS);
		jr_get_md(c, o, "monitoring", &c->r->monitoring);
	}
	jr_path_pop(c, old);
	if ((o = open_quadrant(c, root, Q_LEREN, k_lv, &old)) != NULL &&
	    (b = jr_get_object(c, o, "bijsturing", 0)) != NULL) {
		size_t o2 = jr_path_key(c, "bijsturing");
		jr_check_keys(c, b, k_bs);
		jr_get_strlist(c, b, "inzetten", &c->r->bijsturing.inzetten);
		jr_get_strlist(c, b, "versterken", &c->r->bijsturing.versterken);
		jr_get_strlist(c, b, "afbouwen", &c->r->bijsturing.afbouwen);
		jr_path_pop(c, o2);
	}
	jr_path_pop(c, old);
}

static void load_ongelijk(struct jctx *c, json_t *root)
{
	static const char *const keys[] = {"perspectieven", "waar", "wie", "tekst", "analyse", "doel",
	                                   "beleidstheorie", "niet_meer_doen", "nadeel", "monitoring", NULL};
	struct ongelijk *og = &c->r->ongelijk;
	json_t *o = jr_get_object(c, root, "ongelijk_investeren", 0), *arr, *v;
	size_t old = jr_path_key(c, "ongelijk_investeren"), i;
	int s;

	if (o != NULL) {
		og->present = 1;
		jr_check_keys(c, o, keys);
		arr = jr_get_array(c, o, "perspectieven", 0);
		if (arr != NULL) {
			size_t o2 = jr_path_key(c, "perspectieven");
			json_array_foreach(arr, i, v) {
				size_t o3 = jr_path_index(c, i);
				int p, found = 0;
				for (p = 0; p < PERSP_MAX; p++)
					if (json_is_string(v) && strcmp(json_string_value(v), perspective_key[p]) == 0)
						og->perspectief[p] = found = 1;
				if (!found)
					msg_path(D_JSON_ENUM, c->file, jr_jp(c),
					         "onbekend perspectief; kies uit \"basis\", \"herverdelen\", \"eerlijke_kans\"");
				jr_path_pop(c, o3);
			}
			jr_path_pop(c, o2);
		}
		jr_get_strlist(c, o, "waar", &og->waar);
		jr_get_strlist(c, o, "wie", &og->wie);
		jr_get_md(c, o, "tekst", &og->tekst);
		for (s = 0; s < STEP_MAX; s++)
			jr_get_md(c, o, step_key[s], &og->stap[s]);
		jr_get_md(c, o, "niet_meer_doen", &og->niet_meer_doen);
		jr_get_md(c, o, "nadeel", &og->nadeel);
	}
	jr_path_pop(c, old);
}

/* "werkmap": the figures from an Excel workbook, put into the JSON tree
 * before anything is read from it. */
static void load_werkmap(struct jctx *c, json_t *root)
{
	const char *rel = jr_get_str(c, root, "werkmap", 0);
	size_t old;
	if (rel == NULL)
		return;
	old = jr_path_key(c, "werkmap");
	xlsx_merge(c, root, rel);
	jr_path_pop(c, old);
}

struct report *report_load(const char *path)
{
	size_t len;
	char *data = files_read(path, path, &len);
	struct report *r;
	if (data == NULL)
		return NULL;
	r = report_load_buffer(path, data, len);
	free(data);
	return r;
}

struct report *report_load_buffer(const char *path, const char *data, size_t len)
{
	json_set_alloc_funcs(xmalloc, free); /* one allocation-failure path for all */
	static const char *const keys[] = {"rapport", "opgave", "samenvatting", "kernboodschap", "gedeelde_waarden",
	                                   "kaders_en_randvoorwaarden", "data_en_informatie",
	                                   "leren_en_verbeteren", "ongelijk_investeren", "bijlagen",
	                                   "werkmap", "$schema", NULL};
	json_t *root = jr_parse_json(path, data, len);
	struct jctx c;

	if (root == NULL)
		return NULL;
	memset(&c, 0, sizeof c);
	c.r = report_new(path);
	c.a = c.r->arena;
	c.file = c.r->source;
	jr_index_written(&c, root, data, len);
	jr_add_source(&c, path, data, len);
	buf_puts(&c.path, "$");
	jr_check_keys(&c, root, keys);
	load_werkmap(&c, root);
	load_rapport(&c, root);
	load_opgave(&c, root);
	jr_get_md(&c, root, "samenvatting", &c.r->samenvatting);
	jr_get_strlist(&c, root, "kernboodschap", &c.r->kernboodschap);
	load_quadrants(&c, root);
	load_ongelijk(&c, root);
	c.r->bijlagen = jr_each_object(&c, root, "bijlagen", sizeof(struct bijlage), read_bijlage, &c.r->nbijlagen);
	buf_free(&c.path);
	free(c.written);
	json_decref(root);
	return c.r;
}
