#include "template.h"

const char *const section_kind_name[SEC_MAX] = {
    [SEC_VOORBLAD] = "voorblad",
    [SEC_INHOUD] = "inhoudsopgave",
    [SEC_SAMENVATTING] = "samenvatting",
    [SEC_KWADRANT] = "kwadrant",
    [SEC_ONGELIJK] = "ongelijk-investeren",
    [SEC_BIJLAGEN] = "bijlagen",
    [SEC_OVERZICHT] = "overzicht",
};

const char *const template_placeholders[] = {
    "opgave.naam", "rapport.titel", "rapport.kenmerk", "rapport.gemeente", "rapport.organisatie",
    "rapport.periode", "rapport.datum", "pagina", "paginas", NULL,
};
