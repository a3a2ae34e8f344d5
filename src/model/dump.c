#include "dump.h"

#include <stdio.h>

#include "report.h"
#include "../text/nlformat.h"

static void value(FILE *fp, const struct value *v)
{
	if (v->kind == VAL_NUMBER)
		fprintf(fp, "%.*f", v->decimals, v->num);
	else
		fputs(v->kind == VAL_UNKNOWN ? "n.t.b." : "-", fp);
}

static void amount(FILE *fp, const struct money *m)
{
	char tmp[64];
	fputs(m->kind == VAL_NUMBER ? nl_amount(tmp, sizeof tmp, m->q, m->decimals) : m->kind == VAL_UNKNOWN ? "n.t.b." : "-", fp);
}

static void rich(FILE *fp, const struct rich *r)
{
	for (size_t i = 0; i < r->nspans; i++) {
		const struct span *s = &r->spans[i];
		fprintf(fp, "%s%s%s%s%s%s", s->style & SPAN_BOLD ? "**" : "", s->style & SPAN_ITALIC ? "_" : "",
		        s->style & SPAN_STRIKE ? "~~" : "", s->text, s->style & SPAN_STRIKE ? "~~" : "",
		        s->style & SPAN_ITALIC ? "_" : "");
		fprintf(fp, "%s", s->style & SPAN_BOLD ? "**" : "");
		if (s->link)
			fprintf(fp, "<%s>", s->link);
	}
}

static void blocks(FILE *fp, const struct block *b, size_t n, int depth)
{
	static const char *const names[BLOCK_MAX] = {"alinea", "kop", "lijst", "item", "citaat", "code", "lijn",
	                                                     "tabel", "rij", "cel", "voetnoten"};
	for (size_t i = 0; i < n; i++) {
		fprintf(fp, "%*s%s", depth * 2, "", names[b[i].kind]);
		if (b[i].kind == BLOCK_HEADING)
			fprintf(fp, " %d", b[i].level);
		if (b[i].kind == BLOCK_LIST)
			fprintf(fp, " %s", b[i].ordered ? "genummerd" : "opsomming");
		if (b[i].text.nspans) {
			fputs(": ", fp);
			rich(fp, &b[i].text);
		}
		fputc('\n', fp);
		blocks(fp, b[i].children, b[i].nchildren, depth + 1);
	}
}

static void doc(FILE *fp, const char *name, const struct doc *d, int depth)
{
	if (doc_is_empty(d))
		return;
	fprintf(fp, "%*s%s:\n", depth * 2, "", name);
	blocks(fp, d->blocks, d->nblocks, depth + 1);
}

static void list(FILE *fp, const char *name, const struct strlist *l, int depth)
{
	for (size_t i = 0; i < l->n; i++)
		fprintf(fp, "%*s%s: %s\n", depth * 2, "", name, l->items[i]);
}

static void kaders(FILE *fp, const struct report *r)
{
	const struct middelen *m = &r->middelen;
	for (size_t i = 0; i < m->nposten; i++) {
		fprintf(fp, "    post: %s%s\n      begroot:", m->posten[i].naam, m->posten[i].eenmalig ? " (eenmalig)" : "");
		for (size_t j = 0; j < m->njaren; j++) {
			fprintf(fp, " %d=", m->jaren[j]);
			amount(fp, &m->posten[i].begroot[j]);
		}
		fputc('\n', fp);
	}
	for (size_t i = 0; i < r->npartners; i++)
		fprintf(fp, "    partner: %s (%s)\n", r->partners[i].naam, r->partners[i].afspraak ? r->partners[i].afspraak : "-");
	for (size_t i = 0; i < r->nprestaties; i++) {
		fprintf(fp, "    prestatie: %s: ", r->prestaties[i].omschrijving);
		value(fp, &r->prestaties[i].afgesproken);
		fputs(" / ", fp);
		value(fp, &r->prestaties[i].gerealiseerd);
		fputc('\n', fp);
	}
}

void report_dump(const struct report *r, FILE *fp)
{
	fprintf(fp, "rapport: %s\n  soort: %s\n  periode: %s\n  datum: %04d-%02d-%02d\n", r->meta.titel ? r->meta.titel : "",
	        report_kind_name[r->meta.kind], r->meta.periode.text ? r->meta.periode.text : "", r->meta.datum.year,
	        r->meta.datum.month, r->meta.datum.day);
	fprintf(fp, "opgave: %s\n  fase: %s\n", r->opgave.naam ? r->opgave.naam : "", phase_name[r->opgave.fase]);
	doc(fp, "ambitie", &r->opgave.ambitie, 1);
	doc(fp, "samenvatting", &r->samenvatting, 0);
	list(fp, "kernboodschap", &r->kernboodschap, 0);
	for (int q = 0; q < QUADRANT_MAX; q++) {
		fprintf(fp, "kwadrant: %s (%s)\n", quadrant_title[q], r->q[q].present ? "ingevuld" : "ontbreekt");
		doc(fp, "tekst", &r->q[q].tekst, 1);
		if (q == Q_GEDEELDE_WAARDEN)
			list(fp, "principe", &r->leidende_principes, 1);
		if (q == Q_KADERS)
			kaders(fp, r);
		if (q == Q_DATA)
			for (size_t i = 0; i < r->nindicatoren; i++)
				fprintf(fp, "  indicator: %s (%zu meetwaarden)\n", r->indicatoren[i].naam, r->indicatoren[i].nreeks);
		if (q == Q_LEREN) {
			list(fp, "inzetten", &r->bijsturing.inzetten, 1);
			list(fp, "versterken", &r->bijsturing.versterken, 1);
			list(fp, "afbouwen", &r->bijsturing.afbouwen, 1);
		}
	}
	fprintf(fp, "ongelijk investeren: %s\n", r->ongelijk.present ? "ingevuld" : "ontbreekt");
	for (int p = 0; p < PERSP_MAX; p++)
		if (r->ongelijk.perspectief[p])
			fprintf(fp, "  perspectief: %s\n", perspective_title[p]);
	list(fp, "waar", &r->ongelijk.waar, 1);
	list(fp, "wie", &r->ongelijk.wie, 1);
	for (int s = 0; s < STEP_MAX; s++)
		doc(fp, step_title[s], &r->ongelijk.stap[s], 1);
	for (size_t i = 0; i < r->nbijlagen; i++)
		fprintf(fp, "bijlage: %s\n", r->bijlagen[i].titel);
}
