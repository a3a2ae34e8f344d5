#include "report.h"

#include "../util/arena.h"
#include "../util/diag.h"

const char *const quadrant_title[QUADRANT_MAX] = {
    [Q_GEDEELDE_WAARDEN] = "Gedeelde waarden zijn het startpunt",
    [Q_KADERS] = "Kaders en randvoorwaarden zijn scherp geformuleerd",
    [Q_DATA] = "Data en informatie brengt de beweging in kaart",
    [Q_LEREN] = "Leren en verbeteren via interactie en dialoog",
};

const char *const quadrant_key[QUADRANT_MAX] = {
    [Q_GEDEELDE_WAARDEN] = "gedeelde_waarden",
    [Q_KADERS] = "kaders_en_randvoorwaarden",
    [Q_DATA] = "data_en_informatie",
    [Q_LEREN] = "leren_en_verbeteren",
};

const char *const report_kind_name[KIND_MAX] = {
    [KIND_VOORTGANGSRAPPORTAGE] = "voortgangsrapportage",
    [KIND_RAADSBRIEF] = "raadsbrief",
    [KIND_SAMENVATTING] = "samenvatting",
    [KIND_JAARRAPPORTAGE] = "jaarrapportage",
};

const char *const phase_name[PHASE_MAX] = {
    [PHASE_NONE] = "",
    [PHASE_VERKENNING] = "verkenning",
    [PHASE_ONTWIKKELING] = "ontwikkeling",
    [PHASE_UITVOERING] = "uitvoering",
    [PHASE_DOORONTWIKKELING] = "doorontwikkeling",
    [PHASE_AFRONDING] = "afronding",
};

const char *const perspective_key[PERSP_MAX] = {
    [PERSP_BASIS] = "basis",
    [PERSP_HERVERDELEN] = "herverdelen",
    [PERSP_EERLIJKE_KANS] = "eerlijke_kans",
};

const char *const perspective_title[PERSP_MAX] = {
    [PERSP_BASIS] = "A. Een basis bieden",
    [PERSP_HERVERDELEN] = "B. Tegensturen en herverdelen bij ongewenste verschillen",
    [PERSP_EERLIJKE_KANS] = "C. Individueel maatwerk en drempels wegnemen voor een eerlijke kans",
};

const char *const step_key[STEP_MAX] = {
    [STEP_ANALYSE] = "analyse",
    [STEP_DOEL] = "doel",
    [STEP_BELEIDSTHEORIE] = "beleidstheorie",
    [STEP_MONITORING] = "monitoring",
};

const char *const step_title[STEP_MAX] = {
    [STEP_ANALYSE] = "Analyse van ongelijkheid en schaarste",
    [STEP_DOEL] = "Doel",
    [STEP_BELEIDSTHEORIE] = "Beleidstheorie en scenario\xE2\x80\x99s",
    [STEP_MONITORING] = "Monitoring en bijsturing",
};

const char *const chart_choice_key[CHART_CHOICE_MAX] = {
    [CHART_AUTO] = "automatisch",
    [CHART_TREND] = "trend",
    [CHART_COMPARISON] = "vergelijking",
    [CHART_BOTH] = "beide",
    [CHART_NONE] = "geen",
};

const char *const direction_key[DIR_MAX] = {
    [DIR_NONE] = "",
    [DIR_HIGHER] = "hoger_is_beter",
    [DIR_LOWER] = "lager_is_beter",
};

struct report *report_new(const char *source)
{
	struct arena *a = arena_new();
	struct report *r = arena_alloc(a, sizeof(*r));
	r->arena = a;
	r->source = arena_strdup(a, source);
	return r;
}

void report_free(struct report *r)
{
	if (r == NULL)
		return;
	diag_drop_origins(r->source); /* a workbook's cells, in the arena */
	arena_free(r->arena);
}

int doc_is_empty(const struct doc *d)
{
	return d == NULL || d->nblocks == 0;
}

int period_same(const struct period *a, const struct period *b)
{
	return a->year == b->year && a->quarter == b->quarter && a->month == b->month;
}

const struct datapoint *indicator_last(const struct indicator *ind)
{
	for (size_t i = ind->nreeks; i-- > 0;)
		if (ind->reeks[i].waarde.kind == VAL_NUMBER)
			return &ind->reeks[i];
	return NULL;
}
