/* The values of template fields ({rapport.datum}, {indicator.stand}, ...)
 * for one report, or one item of a list inside <elk>, with the formatting
 * directives applied. The names and types are in model/fields.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../chart/chart.h"
#include "../model/fields.h"
#include "../model/money.h"
#include "../text/expand.h"
#include "../text/goal.h"
#include "../text/nlformat.h"
#include "fmt_base.h"
#include "lang.h"

static const char *value_text(struct fmt *f, const struct value *v)
{
	return v->kind == VAL_ABSENT ? NULL : fmt_value(f, v);
}

static const char *count(struct fmt *f, size_t n)
{
	return fmt_printf(f, "%zu", n);
}

static const char *perspectives(struct fmt *f)
{
	struct strlist l = {0};
	const char *names[PERSP_MAX];
	for (int p = 0; p < PERSP_MAX; p++)
		if (f->r->ongelijk.perspectief[p])
			names[l.n++] = perspective_title[p];
	l.items = names;
	return l.n ? fmt_joined(f, &l) : NULL;
}

/* The document formatter that registered a field (by name, or by a
 * prefix ending in '.'), or NULL. */
/* Whether a narrative opens as a letter does ("Met deze ...", "Hierbij
 * ..."), so a letter's own opening sentence would say the same twice. */
static int opens_letter(const struct doc *d)
{
	const char *t;
	if (d->nblocks == 0 || d->blocks[0].kind != BLOCK_PARAGRAPH || d->blocks[0].text.nspans == 0)
		return 0;
	t = d->blocks[0].text.spans[0].text;
	return strncmp(t, "Met deze ", 9) == 0 || strncmp(t, "Hierbij ", 8) == 0;
}

static const struct fmt_field_act *document_field(struct fmt *f, const char *name)
{
	for (size_t i = 0; i < f->nacts; i++)
		for (size_t j = 0; j < f->acts[i]->nfields; j++) {
			const struct fmt_field_act *a = &f->acts[i]->fields[j];
			size_t n = strlen(a->name);
			if (a->name[n - 1] == '.' ? strncmp(name, a->name, n) == 0 : strcmp(name, a->name) == 0)
				return a;
		}
	return NULL;
}

/* The raw text of a field, before directives; NULL when it has none. */
static const char *raw(struct field_ctx *c, const char *name, enum field_type *type, const struct value **num,
                       const struct money **money)
{
	struct fmt *f = c->f;
	const struct report *r = f->r;
	const struct field_def *d = field_find(name, strlen(name), (enum field_scope)c->scope);
	const struct fmt_field_act *act;
	char tmp[96];
	*num = NULL;
	*money = NULL;
	if (d == NULL)
		return NULL;
	*type = d->type;
	if (strcmp(name, "rapport.titel") == 0) return r->meta.titel;
	if (strcmp(name, "rapport.onderwerp") == 0) return r->meta.onderwerp ? r->meta.onderwerp : r->meta.titel;
	if (strcmp(name, "rapport.kenmerk") == 0) return r->meta.kenmerk;
	if (strcmp(name, "rapport.gemeente") == 0) return r->meta.gemeente;
	if (strcmp(name, "rapport.organisatie") == 0) return r->meta.organisatie;
	if (strcmp(name, "rapport.opgavemanager") == 0) return r->meta.opgavemanager;
	if (strcmp(name, "rapport.ondertekening.burgemeester") == 0) return r->meta.burgemeester;
	if (strcmp(name, "rapport.ondertekening.secretaris") == 0) return r->meta.secretaris;
	if (strcmp(name, "rapport.periode") == 0)
		return r->meta.periode.year ? fmt_printf(f, "%s", nl_period_long(tmp, sizeof tmp, &r->meta.periode)) : NULL;
	if (strcmp(name, "rapport.datum") == 0)
		return r->meta.datum.year ? fmt_printf(f, "%s", nl_date(tmp, sizeof tmp, &r->meta.datum)) : NULL;
	if (strcmp(name, "opgave.naam") == 0) return r->opgave.naam;
	if (strcmp(name, "opgave.strategische_doelstelling") == 0) return r->opgave.strategische_doelstelling;
	if (strcmp(name, "opgave.fase") == 0) return r->opgave.fase ? phase_name[r->opgave.fase] : NULL;
	if (strcmp(name, "aantal.indicatoren") == 0) return count(f, r->nindicatoren);
	if (strcmp(name, "aantal.netwerkpartners") == 0) return count(f, r->npartners);
	if (strcmp(name, "aantal.prestaties") == 0) return count(f, r->nprestaties);
	if (strcmp(name, "aantal.bijlagen") == 0) return count(f, r->nbijlagen);
	if (strcmp(name, "middelen.eenheid") == 0) return r->middelen.eenheid;
	if (strcmp(name, "middelen.jaren") == 0) {
		const struct middelen *m = &r->middelen;
		if (m->njaren == 0)
			return NULL;
		return m->njaren == 1 ? fmt_printf(f, "%d", m->jaren[0])
		                      : fmt_printf(f, "%d\xE2\x80\x93%d", m->jaren[0], m->jaren[m->njaren - 1]);
	}
	if ((act = document_field(f, name)) != NULL)
		return act->fn(f, name);
	if (strcmp(name, "samenvatting.aanhef") == 0) return opens_letter(&r->samenvatting) ? "ja" : NULL;
	if (strcmp(name, "ongelijk.perspectieven") == 0) return perspectives(f);
	if (strcmp(name, "ongelijk.waar") == 0) return r->ongelijk.waar.n ? fmt_joined(f, &r->ongelijk.waar) : NULL;
	if (strcmp(name, "ongelijk.wie") == 0) return r->ongelijk.wie.n ? fmt_joined(f, &r->ongelijk.wie) : NULL;
	if (c->scope == SCOPE_INDICATOR) {
		const struct indicator *ind = c->item;
		const struct datapoint *last = indicator_last(ind);
		if (strcmp(name, "indicator.naam") == 0) return ind->naam;
		if (strcmp(name, "indicator.eenheid") == 0) return ind->eenheid;
		if (strcmp(name, "indicator.bron") == 0) return ind->bron;
		if (strcmp(name, "indicator.laatste") == 0) return last ? (*num = &last->waarde, value_text(f, *num)) : NULL;
		if (strcmp(name, "indicator.laatste_periode") == 0)
			return last ? fmt_printf(f, "%s", nl_period_long(tmp, sizeof tmp, &last->periode)) : NULL;
		if (strcmp(name, "indicator.basis") == 0)
			return ind->basis.periode.year ? (*num = &ind->basis.waarde, value_text(f, *num)) : NULL;
		if (strcmp(name, "indicator.streefwaarde") == 0) return (*num = &ind->streefwaarde, value_text(f, *num));
		if (strcmp(name, "indicator.streefjaar") == 0) return ind->streefjaar ? fmt_printf(f, "%d", ind->streefjaar) : NULL;
		if (strcmp(name, "indicator.stand") == 0) return fmt_printf(f, "%s", nl_status((char[96]){0}, 96, ind));
		if (strcmp(name, "indicator.doel") == 0) return fmt_target(f, ind);
	}
	if (c->scope == SCOPE_PARTNER) {
		const struct netwerkpartner *p = c->item;
		if (strcmp(name, "netwerkpartner.naam") == 0) return p->naam;
		if (strcmp(name, "netwerkpartner.rol") == 0) return p->rol;
		if (strcmp(name, "netwerkpartner.afspraak") == 0) return p->afspraak;
		if (strcmp(name, "netwerkpartner.bedrag") == 0) {
			*money = &p->bedrag;
			if (p->bedrag.kind == VAL_ABSENT)
				return NULL;
			return p->bedrag.kind == VAL_NUMBER ? fmt_printf(f, "%s", nl_euros(tmp, sizeof tmp, p->bedrag.q, p->bedrag.decimals ? 2 : 0))
			                                    : "n.t.b.";
		}
	}
	if (c->scope == SCOPE_PRESTATIE) {
		const struct prestatie *p = c->item;
		if (strcmp(name, "prestatie.omschrijving") == 0) return p->omschrijving;
		if (strcmp(name, "prestatie.eenheid") == 0) return p->eenheid;
		if (strcmp(name, "prestatie.afgesproken") == 0) return (*num = &p->afgesproken, value_text(f, *num));
		if (strcmp(name, "prestatie.gerealiseerd") == 0) return (*num = &p->gerealiseerd, value_text(f, *num));
	}
	if (c->scope == SCOPE_BIJLAGE) {
		const struct bijlage *b = c->item;
		if (strcmp(name, "bijlage.titel") == 0) return b->titel;
		if (strcmp(name, "bijlage.nummer") == 0) return count(f, c->index + 1);
	}
	return NULL;
}

const char *fmt_field(struct field_ctx *c, const char *key)
{
	struct fmt *f = c->f;
	const char *bar = strchr(key, '|'), *s;
	char name[96], tmp[96];
	enum field_type type = FT_TEXT;
	const struct value *num;
	const struct money *money;
	snprintf(name, sizeof name, "%.*s", (int)(bar ? (size_t)(bar - key) : strlen(key)), key);
	s = raw(c, name, &type, &num, &money);
	if (s == NULL || bar == NULL)
		return s;
	bar++;
	if (strcmp(bar, "hoofdletter") == 0) {
		const unsigned char *u = (const unsigned char *)s;
		if (*u >= 'a' && *u <= 'z')
			return fmt_printf(f, "%c%s", *s - 'a' + 'A', s + 1);
		if (u[0] == 0xC3 && u[1] >= 0xA0 && u[1] <= 0xBE && u[1] != 0xB7) /* à..þ, not ÷ */
			return fmt_printf(f, "\xC3%c%s", (char)(u[1] - 0x20), s + 2);
		return s;
	}
	if (strcmp(bar, "datum-kort") == 0 && type == FT_DATE)
		return fmt_printf(f, "%02d-%02d-%04d", f->r->meta.datum.day, f->r->meta.datum.month, f->r->meta.datum.year);
	if (strcmp(bar, "periode-kort") == 0 && type == FT_PERIOD) {
		const struct period *p = &f->r->meta.periode;
		if (c->scope == SCOPE_INDICATOR && strcmp(name, "rapport.periode") != 0) {
			const struct datapoint *last = indicator_last(c->item);
			p = last ? &last->periode : p;
		}
		return fmt_printf(f, "%s", nl_period_short(tmp, sizeof tmp, p));
	}
	if (strcmp(bar, "geld") == 0) {
		if (money != NULL)
			return s; /* amounts print as euros already */
		if (num != NULL && num->kind == VAL_NUMBER)
			return fmt_printf(f, "%s", nl_money(tmp, sizeof tmp, num->num, num->decimals ? 2 : 0));
	}
	if (strcmp(bar, "procent") == 0 && num != NULL && num->kind == VAL_NUMBER)
		return fmt_printf(f, "%s", nl_percent(tmp, sizeof tmp, num->num, num->decimals));
	return s;
}

static const char *lookup(void *ctx, const char *key)
{
	return fmt_field(ctx, key);
}

const char *fmt_expand(struct field_ctx *c, const char *tpl)
{
	char *s = text_expand(tpl, lookup, c, NL_ABSENT, NULL);
	const char *r = fmt_printf(c->f, "%s", s);
	free(s);
	return r;
}

const char *fmt_field_line(struct field_ctx *c, const char *tpl)
{
	int all_empty;
	char *s = text_expand(tpl, lookup, c, "", &all_empty);
	const char *r = all_empty ? NULL : fmt_printf(c->f, "%s", s);
	free(s);
	return r;
}

int fmt_field_present(struct field_ctx *c, const char *name)
{
	const struct field_def *d = field_find(name, strlen(name), (enum field_scope)c->scope);
	const char *s = fmt_field(c, name);
	if (s == NULL || *s == '\0')
		return 0;
	return !(d != NULL && d->type == FT_COUNT && strcmp(s, "0") == 0); /* a count of 0 is nothing */
}
