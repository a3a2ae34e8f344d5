/* The auditor's chapters of the 213a review (seed 004): the title page's
 * facts, the summary in the auditor's words, the research questions with
 * scope, and at the end the conclusions per question, the recommendations
 * with their addressee and the management response. They come from the
 * review file (model/review.h); what it does not give, the audit names as
 * still to be written, never filled in by the tool. */
#include <stdio.h>
#include <string.h>

#include "../model/review.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "audit_review.h"
#include "audit_trace.h"
#include "fmt_base.h"

size_t audit_review_missing(const struct review *rv, const char **items, char *scratch, size_t size)
{
	size_t n = 0, open = 0;
	if (rv == NULL) {
		items[n++] = "de samenvatting in de woorden van de auditor";
		items[n++] = "de onderzoeksvragen, met reikwijdte, periode en auteurs";
		items[n++] = "de conclusie per onderzoeksvraag";
		items[n++] = "de aanbevelingen, met aan wie zij gericht zijn";
		items[n++] = "de bestuurlijke reactie";
		return n;
	}
	for (size_t i = 0; i < rv->nvragen; i++)
		open += doc_is_empty(&rv->vragen[i].conclusie);
	if (doc_is_empty(&rv->samenvatting))
		items[n++] = "de samenvatting in de woorden van de auditor";
	if (rv->nvragen == 0)
		items[n++] = "de onderzoeksvragen";
	else if (open == 1)
		items[n++] = "de conclusie bij 1 onderzoeksvraag";
	else if (open > 1)
		items[n++] = open == rv->nvragen
		                 ? "de conclusie bij elke onderzoeksvraag"
		                 : (snprintf(scratch, size,
		                             "de conclusie bij %zu van de %zu onderzoeksvragen",
		                             open, rv->nvragen),
		                    scratch);
	if (rv->naanbevelingen == 0)
		items[n++] = "de aanbevelingen";
	if (doc_is_empty(&rv->reactie))
		items[n++] = "de bestuurlijke reactie";
	return n;
}

void audit_review_title(struct fmt *f, const struct review *rv)
{
	char a[64], b[64];
	if (rv == NULL)
		return;
	if (rv->opdrachtgever)
		layout_text(f->L, fmt_printf(f, "Opdrachtgever: %s", rv->opdrachtgever), ROLE_BODY,
		            FONT_REGULAR);
	if (rv->auteurs.n)
		layout_text(f->L,
		            fmt_printf(f, "%s: %s", rv->auteurs.n == 1 ? "Auteur" : "Auteurs",
		                       fmt_joined(f, &rv->auteurs)),
		            ROLE_BODY, FONT_REGULAR);
	if (rv->van.year)
		layout_text(f->L,
		            fmt_printf(f, "Onderzochte periode: %s tot en met %s",
		                       nl_period_short(a, sizeof a, &rv->van),
		                       nl_period_short(b, sizeof b, &rv->tot)),
		            ROLE_BODY, FONT_REGULAR);
	if (rv->datum.year)
		layout_text(f->L, fmt_printf(f, "Datum: %s", nl_date(a, sizeof a, &rv->datum)),
		            ROLE_BODY, FONT_REGULAR);
}

void audit_review_summary(struct fmt *f, const struct review *rv)
{
	if (rv && !doc_is_empty(&rv->samenvatting))
		layout_blocks(f->L, &rv->samenvatting, 3);
	else
		fmt_missing(f, "De samenvatting in de woorden van de auditor ontbreekt nog; "
		               "hieronder staan de bevindingen "
		               "die het instrument zelf berekent.");
}

void audit_review_todo(struct fmt *f, const struct review *rv)
{
	const char *items[5];
	char scratch[96];
	size_t n = audit_review_missing(rv, items, scratch, sizeof scratch);
	if (n == 0)
		return;
	layout_heading(f->L, "Nog te schrijven door de auditor", 1, AUDIT_H1);
	layout_text(f->L,
	            rv == NULL
	                ? "Dit document bevat het bewijs dat het instrument uit de rapportages "
	                  "berekent. Een onderzoek "
	                  "naar doelmatigheid en doeltreffendheid vraagt ook het oordeel van de "
	                  "auditor. Nog niet "
	                  "geschreven zijn:"
	                : fmt_printf(f, "Het onderzoeksbestand %s geeft nog niet:", rv->source),
	            ROLE_BODY, FONT_REGULAR);
	layout_list(f->L, items, n, 0);
	if (rv == NULL)
		layout_text(f->L,
		            "Schrijf ze in een onderzoeksbestand en geef het mee met voortgang "
		            "audit --onderzoek "
		            "BESTAND.json (zie docs/audit-rules.md).",
		            ROLE_BODY, FONT_REGULAR);
}

void audit_review_questions(struct fmt *f, const struct review *rv)
{
	const char **items;
	if (rv == NULL)
		return;
	layout_heading(f->L, "Onderzoeksvragen", 1, AUDIT_H1);
	if (!doc_is_empty(&rv->reikwijdte)) {
		layout_heading(f->L, "Reikwijdte", 2, AUDIT_H2);
		layout_blocks(f->L, &rv->reikwijdte, 3);
	}
	if (rv->centrale_vraag) {
		layout_heading(f->L, "Centrale vraag", 2, AUDIT_H2);
		layout_text(f->L, rv->centrale_vraag, ROLE_LEAD, FONT_ITALIC);
	}
	layout_heading(f->L, "Deelvragen", 2, AUDIT_H2);
	if (rv->nvragen == 0) {
		fmt_missing(f, "Het onderzoeksbestand noemt geen onderzoeksvragen.");
		return;
	}
	items = arena_array(layout_arena(f->L), rv->nvragen, sizeof *items);
	for (size_t i = 0; i < rv->nvragen; i++)
		items[i] = rv->vragen[i].vraag;
	layout_list(f->L, items, rv->nvragen, 1);
	layout_text(
	    f->L,
	    fmt_printf(
	        f,
	        "De hoofdstukken per opgave en het integraal beeld geven het bewijs bij %s; het "
	        "hoofdstuk Conclusies beantwoordt %s.",
	        rv->nvragen == 1 ? "de vraag" : "deze vragen",
	        rv->nvragen == 1 ? "haar" : "ze één voor één"),
	    ROLE_BODY, FONT_REGULAR);
}

static void conclusions(struct fmt *f, const struct review *rv)
{
	layout_heading(f->L, "Conclusies", 1, AUDIT_H1);
	for (size_t i = 0; i < rv->nvragen; i++) {
		layout_heading(f->L, fmt_printf(f, "Vraag %zu: %s", i + 1, rv->vragen[i].vraag), 2,
		               AUDIT_H2);
		if (doc_is_empty(&rv->vragen[i].conclusie))
			fmt_missing(
			    f, "De auditor heeft bij deze vraag nog geen conclusie geschreven.");
		else
			layout_blocks(f->L, &rv->vragen[i].conclusie, 3);
	}
	if (!doc_is_empty(&rv->conclusies)) {
		layout_heading(f->L, rv->nvragen ? "Over het geheel" : "Conclusie", 2, AUDIT_H2);
		layout_blocks(f->L, &rv->conclusies, 3);
	} else if (rv->nvragen == 0) {
		fmt_missing(f, "Het onderzoeksbestand geeft nog geen conclusies.");
	}
}

static void recommendations(struct fmt *f, const struct review *rv)
{
	layout_heading(f->L, "Aanbevelingen", 1, AUDIT_H1);
	if (rv->naanbevelingen == 0) {
		fmt_missing(f, "Het onderzoeksbestand geeft nog geen aanbevelingen.");
		return;
	}
	for (size_t i = 0; i < rv->naanbevelingen; i++) {
		const struct review_recommendation *a = &rv->aanbevelingen[i];
		layout_heading(f->L,
		               fmt_printf(f, "Aanbeveling %zu%s%s", i + 1, a->titel ? ": " : "",
		                          a->titel ? a->titel : ""),
		               2, AUDIT_H2);
		layout_text(f->L,
		            fmt_printf(f, "Gericht aan: %s.",
		                       a->adressaat ? a->adressaat : "niet opgegeven"),
		            ROLE_SMALL, FONT_REGULAR);
		if (!doc_is_empty(&a->tekst))
			layout_blocks(f->L, &a->tekst, 3);
	}
}

void audit_review_closing(struct fmt *f, const struct review *rv)
{
	if (rv == NULL)
		return;
	conclusions(f, rv);
	recommendations(f, rv);
	layout_heading(f->L, "Bestuurlijke reactie", 1, AUDIT_H1);
	if (doc_is_empty(&rv->reactie)) {
		fmt_missing(f, "De bestuurlijke reactie is nog niet ontvangen.");
		return;
	}
	if (rv->reactie_van)
		layout_text(f->L, fmt_printf(f, "Reactie van %s.", rv->reactie_van), ROLE_SMALL,
		            FONT_REGULAR);
	layout_blocks(f->L, &rv->reactie, 3);
}
