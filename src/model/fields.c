#include "fields.h"

#include <string.h>

const char *const scope_list_name[SCOPE_MAX] = {
    [SCOPE_REPORT] = "",
    [SCOPE_INDICATOR] = "indicatoren",
    [SCOPE_PARTNER] = "netwerkpartners",
    [SCOPE_PRESTATIE] = "prestaties",
    [SCOPE_BIJLAGE] = "bijlagen",
};

const struct field_def field_defs[] = {
    {"rapport.titel", SCOPE_REPORT, FT_TEXT},
    {"rapport.onderwerp", SCOPE_REPORT, FT_TEXT},
    {"rapport.kenmerk", SCOPE_REPORT, FT_TEXT},
    {"rapport.gemeente", SCOPE_REPORT, FT_TEXT},
    {"rapport.organisatie", SCOPE_REPORT, FT_TEXT},
    {"rapport.opgavemanager", SCOPE_REPORT, FT_TEXT},
    {"rapport.periode", SCOPE_REPORT, FT_PERIOD},
    {"rapport.datum", SCOPE_REPORT, FT_DATE},
    {"rapport.ondertekening.burgemeester", SCOPE_REPORT, FT_TEXT},
    {"rapport.ondertekening.secretaris", SCOPE_REPORT, FT_TEXT},
    {"opgave.naam", SCOPE_REPORT, FT_TEXT},
    {"opgave.strategische_doelstelling", SCOPE_REPORT, FT_TEXT},
    {"opgave.fase", SCOPE_REPORT, FT_TEXT},
    {"aantal.indicatoren", SCOPE_REPORT, FT_COUNT},
    {"aantal.netwerkpartners", SCOPE_REPORT, FT_COUNT},
    {"aantal.prestaties", SCOPE_REPORT, FT_COUNT},
    {"aantal.bijlagen", SCOPE_REPORT, FT_COUNT},
    {"middelen.jaren", SCOPE_REPORT, FT_TEXT},
    {"middelen.eenheid", SCOPE_REPORT, FT_TEXT},
    {"samenvatting.aanhef", SCOPE_REPORT, FT_TEXT},
    {"ongelijk.perspectieven", SCOPE_REPORT, FT_TEXT},
    {"ongelijk.waar", SCOPE_REPORT, FT_TEXT},
    {"ongelijk.wie", SCOPE_REPORT, FT_TEXT},
    {"jaar.kwartalen", SCOPE_REPORT, FT_TEXT},
    {"jaar.ontbrekend", SCOPE_REPORT, FT_TEXT},
    {"aantal.kwartalen", SCOPE_REPORT, FT_COUNT},
    {"pagina", SCOPE_REPORT, FT_PAGE},
    {"paginas", SCOPE_REPORT, FT_PAGE},
    {"indicator.naam", SCOPE_INDICATOR, FT_TEXT},
    {"indicator.eenheid", SCOPE_INDICATOR, FT_TEXT},
    {"indicator.bron", SCOPE_INDICATOR, FT_TEXT},
    {"indicator.laatste", SCOPE_INDICATOR, FT_VALUE},
    {"indicator.laatste_periode", SCOPE_INDICATOR, FT_PERIOD},
    {"indicator.basis", SCOPE_INDICATOR, FT_VALUE},
    {"indicator.streefwaarde", SCOPE_INDICATOR, FT_VALUE},
    {"indicator.streefjaar", SCOPE_INDICATOR, FT_COUNT},
    {"indicator.doel", SCOPE_INDICATOR, FT_TEXT},
    {"indicator.stand", SCOPE_INDICATOR, FT_TEXT},
    {"netwerkpartner.naam", SCOPE_PARTNER, FT_TEXT},
    {"netwerkpartner.rol", SCOPE_PARTNER, FT_TEXT},
    {"netwerkpartner.afspraak", SCOPE_PARTNER, FT_TEXT},
    {"netwerkpartner.bedrag", SCOPE_PARTNER, FT_MONEY},
    {"prestatie.omschrijving", SCOPE_PRESTATIE, FT_TEXT},
    {"prestatie.eenheid", SCOPE_PRESTATIE, FT_TEXT},
    {"prestatie.afgesproken", SCOPE_PRESTATIE, FT_VALUE},
    {"prestatie.gerealiseerd", SCOPE_PRESTATIE, FT_VALUE},
    {"bijlage.titel", SCOPE_BIJLAGE, FT_TEXT},
    {"bijlage.nummer", SCOPE_BIJLAGE, FT_COUNT},
    {NULL, SCOPE_REPORT, FT_TEXT},
};

#define B(t) (1u << (t))
const struct field_directive field_directives[] = {
    {"datum-kort", B(FT_DATE)},                 /* 14-04-2022 */
    {"periode-kort", B(FT_PERIOD)},             /* Q1 2022 */
    {"geld", B(FT_VALUE) | B(FT_MONEY)},        /* € 7.400 */
    {"procent", B(FT_VALUE)},                   /* 12,5% */
    {"hoofdletter", B(FT_TEXT) | B(FT_PERIOD) | B(FT_DATE)}, /* Eerste kwartaal 2022 */
    {NULL, 0},
};

const struct field_def *field_find(const char *name, size_t len, enum field_scope scope)
{
	for (const struct field_def *f = field_defs; f->name != NULL; f++)
		if (strlen(f->name) == len && strncmp(f->name, name, len) == 0 &&
		    (f->scope == SCOPE_REPORT || f->scope == scope))
			return f;
	return NULL;
}

const struct field_directive *directive_find(const char *name, size_t len)
{
	for (const struct field_directive *d = field_directives; d->name != NULL; d++)
		if (strlen(d->name) == len && strncmp(d->name, name, len) == 0)
			return d;
	return NULL;
}
