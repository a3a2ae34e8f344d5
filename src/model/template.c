#include "template.h"

#include <string.h>

const char *const section_kind_name[SEC_MAX] = {
    [SEC_VOORBLAD] = "voorblad",
    [SEC_INHOUD] = "inhoudsopgave",
    [SEC_SAMENVATTING] = "samenvatting",
    [SEC_KWADRANT] = "kwadrant",
    [SEC_ONGELIJK] = "ongelijk-investeren",
    [SEC_BIJLAGEN] = "bijlagen",
    [SEC_OVERZICHT] = "overzicht",
    [SEC_KWADRANTEN_OVERZICHT] = "kwadranten-overzicht",
    [SEC_KERNINDICATOREN] = "kernindicatoren",
    [SEC_MIDDELEN_PER_JAAR] = "middelen-per-jaar",
    [SEC_PERSPECTIEVEN] = "perspectieven",
    [SEC_BIJSTURING] = "bijsturing",
    [SEC_KERNBOODSCHAP] = "kernboodschap",
    [SEC_JAAR_OVERZICHT] = "jaar-overzicht",
    [SEC_JAAR_KWADRANT] = "jaar-kwadrant",
    [SEC_JAAR_VERLOOP] = "jaar-verloop",
    [SEC_JAAR_TEKSTEN] = "jaar-teksten",
    [SEC_KOP] = "tussenkop",
    [SEC_ALINEA] = "alinea",
    [SEC_TEKST] = "tekst",
    [SEC_ALS] = "als",
    [SEC_ALS_NIET] = "als-niet",
    [SEC_ELK] = "elk",
    [SEC_RUIMTE] = "ruimte",
    [SEC_NIEUWE_PAGINA] = "nieuwe-pagina",
    [SEC_BRIEFHOOFD] = "briefhoofd",
    [SEC_ONDERTEKENING] = "ondertekening",
};

static const struct raster *logo_in(const struct tpl_section *s, size_t n, const char *path)
{
	for (size_t i = 0; i < n; i++) {
		const struct raster *r = s[i].logo != NULL && strcmp(s[i].logo, path) == 0
		                             ? s[i].logo_raster
		                             : logo_in(s[i].children, s[i].nchildren, path);
		if (r != NULL)
			return r;
	}
	return NULL;
}

const struct raster *template_logo(const struct template *t, const char *path)
{
	return logo_in(t->sections, t->nsections, path);
}
