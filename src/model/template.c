#include "template.h"

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

const char *const template_placeholders[] = {
    "opgave.naam", "rapport.titel", "rapport.kenmerk", "rapport.gemeente", "rapport.organisatie",
    "rapport.periode", "rapport.datum", "pagina", "paginas", NULL,
};
