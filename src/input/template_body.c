/* The <opbouw> of a template as a tree of sections, and the checks of the
 * texts in it: every {field} and {field|directive} must exist where it is
 * used (inside <elk lijst="indicatoren"> also {indicator.*}), [optional
 * groups] must balance. The schema has checked the element structure;
 * these are the checks a schema cannot make. Messages name file:line. */
#include "template_body.h"

#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/fields.h"
#include "../model/template.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "files.h"
#include "image.h"
#include "../model/raster.h"

static char *attr(struct arena *a, xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? arena_strdup(a, (const char *)v) : NULL;
	xmlFree(v);
	return s;
}

/* Element text with runs of white space (XML indentation) made one space. */
static char *content(struct arena *a, xmlNodePtr n)
{
	xmlChar *v = xmlNodeGetContent(n);
	const char *s = v ? (const char *)v : "";
	char *out = arena_alloc(a, strlen(s) + 1), *o = out;
	int space = 0;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
			space = o > out;
		} else {
			if (space)
				*o++ = ' ';
			space = 0;
			*o++ = *s;
		}
	}
	*o = '\0';
	xmlFree(v);
	return out;
}

/* Edit distance of a and b (up to 63 bytes each), for "did you mean". */
static size_t distance(const char *a, size_t la, const char *b)
{
	size_t lb = strlen(b), row[64];
	if (la > 63 || lb > 63)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
			best = row[j - 1] + 1 < best ? row[j - 1] + 1 : best;
			best = up + 1 < best ? up + 1 : best;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

/* True when the name is a field of some list item, used outside <elk>. */
static int list_only(const char *name, size_t len)
{
	for (int k = SCOPE_INDICATOR; k < SCOPE_MAX; k++)
		if (field_find(name, len, (enum field_scope)k) != NULL)
			return 1;
	return 0;
}

/* " (bedoelt u {opgave.naam}?)" for a near miss, else "". */
static const char *suggestion(const char *name, size_t len, int scope, char *out, size_t outsz)
{
	const char *best = NULL;
	size_t bd = 3;
	for (const struct field_def *f = field_defs; f->name != NULL; f++) {
		size_t d = distance(name, len, f->name);
		if (d < bd && (f->scope == SCOPE_REPORT || f->scope == (enum field_scope)scope)) {
			bd = d;
			best = f->name;
		}
	}
	if (best == NULL)
		return "";
	snprintf(out, outsz, " (bedoelt u {%s}?)", best);
	return out;
}

int tpl_check_text(const char *path, int line, const char *what, const char *s, int scope, int running)
{
	int depth = 0;
	for (const char *p = s; p != NULL && *p; p++) {
		if (*p == '[' || *p == ']') {
			depth += *p == '[' ? 1 : -1;
			if (depth < 0 || depth > 1)
				break;
		} else if (*p == '{') {
			const char *end = strchr(p, '}'), *bar;
			const struct field_def *f;
			const struct field_directive *d = NULL;
			size_t len;
			if (end == NULL) {
				msg_at(D_TEMPLATE, path, line, 0, "%s \"%s\": { zonder }; sluit de plaatshouder", what, s);
				return -1;
			}
			bar = memchr(p, '|', (size_t)(end - p));
			len = (size_t)((bar ? bar : end) - p - 1);
			f = field_find(p + 1, len, (enum field_scope)scope);
			if (f == NULL || (f->type == FT_PAGE && !running)) {
				char hint[96];
				msg_at(D_TEMPLATE, path, line, 0, "%s \"%s\": onbekende plaatshouder {%.*s}%s; de velden staan in docs/templates.md",
				       what, s, (int)len, p + 1,
				       f != NULL ? " (alleen in kop en voet)" : list_only(p + 1, len) ? " (alleen binnen <elk lijst=...>)"
				                                                : suggestion(p + 1, len, scope, hint, sizeof hint));
				return -1;
			}
			if (bar != NULL && ((d = directive_find(bar + 1, (size_t)(end - bar - 1))) == NULL ||
			                    !(d->types & (1u << f->type)))) {
				msg_at(D_TEMPLATE, path, line, 0,
				       "%s \"%s\": opmaak |%.*s %s {%.*s}; kies uit datum-kort, periode-kort, geld, procent, "
				       "hoofdletter, elk bij een passend veld",
				       what, s, (int)(end - bar - 1), bar + 1, d == NULL ? "is onbekend bij" : "past niet bij",
				       (int)len, p + 1);
				return -1;
			}
			p = end;
		}
	}
	if (depth != 0) {
		msg_at(D_TEMPLATE, path, line, 0, "%s \"%s\": [ en ] zijn niet in evenwicht of genest; schrijf [tekst {veld}]",
		       what, s);
		return -1;
	}
	return 0;
}

static xmlNodePtr first_child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

/* The <regel> or <gegeven> lines of an element, checked. */
static int read_lines(struct arena *a, const char *path, xmlNodePtr parent, const char *label_attr,
                      struct tpl_line **out, size_t *n)
{
	size_t cap = 0;
	int rc = 0;
	*out = NULL;
	*n = 0;
	for (xmlNodePtr c = parent ? parent->children : NULL; c != NULL; c = c->next)
		cap += c->type == XML_ELEMENT_NODE;
	*out = arena_array(a, cap + 1, sizeof **out);
	for (xmlNodePtr c = parent ? parent->children : NULL; c != NULL; c = c->next) {
		struct tpl_line *l;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		l = &(*out)[(*n)++];
		l->label = label_attr ? attr(a, c, label_attr) : NULL;
		l->text = content(a, c);
		rc |= tpl_check_text(path, (int)xmlGetLineNo(c), (const char *)c->name, l->text, SCOPE_REPORT, 0);
		if (l->label)
			rc |= tpl_check_text(path, (int)xmlGetLineNo(c), (const char *)c->name, l->label, SCOPE_REPORT, 0);
	}
	return rc;
}

#define LOGO_MAX_H (40 * 72.0 / 25.4) /* points: 40 mm */

/* The logo decoded completely (image.c), so a damaged file is a template
 * error here, never a crash in the PDF library; -1 with a message naming
 * the template's line. */
static int read_logo(struct arena *a, const char *path, const char *shown, const char *tpl, int line,
                     struct raster *r)
{
	size_t len;
	unsigned char *d = (unsigned char *)files_read(path, shown, &len);
	const char *why;
	int too_big, rc;
	if (d == NULL)
		return -1;
	rc = image_decode(a, d, len, r, &why, &too_big);
	free(d);
	if (rc != 0 && too_big)
		msg_at(D_TEMPLATE, tpl, line, 0, "logo %s is %u bij %u pixels; maak het hoogstens %d pixels breed en hoog",
		       shown, r->w, r->h, IMAGE_MAX_PX);
	else if (rc != 0)
		msg_at(D_TEMPLATE, tpl, line, 0, "logo %s is geen leesbare PNG of JPEG: %s; sla het opnieuw op als PNG",
		       shown, why);
	return rc;
}

static int read_letterhead(struct arena *a, const char *path, xmlNodePtr c, struct tpl_section *s)
{
	xmlNodePtr logo = first_child(c, "logo");
	int rc = read_lines(a, path, first_child(c, "afzender"), NULL, &s->afzender, &s->nafzender);
	rc |= read_lines(a, path, first_child(c, "aan"), NULL, &s->aan, &s->naan);
	rc |= read_lines(a, path, first_child(c, "gegevens"), "label", &s->gegevens, &s->ngegevens);
	if (logo != NULL) {
		char *file = attr(a, logo, "bestand"), *w = attr(a, logo, "breedte"), *shown = NULL;
		char *p = files_resolve_at(path, (int)xmlGetLineNo(logo), file, NULL, &shown);
		struct raster *r = arena_alloc(a, sizeof *r);
		if (p == NULL) {
			free(shown);
			return -1; /* files_resolve said why */
		}
		if (read_logo(a, p, shown ? shown : file, path, (int)xmlGetLineNo(logo), r) != 0)
			rc = -1;
		s->logo = arena_strdup(a, p);
		s->logo_raster = rc == 0 ? r : NULL;
		s->logo_png = 1;
		free(p);
		free(shown);
		s->logo_w = (w ? strtod(w, NULL) : 30) * (72.0 / 25.4);
		s->logo_h = rc == 0 ? s->logo_w * r->h / r->w : 0;
		if (s->logo_h > LOGO_MAX_H) { /* a tall logo keeps its shape within the letter head */
			s->logo_w *= LOGO_MAX_H / s->logo_h;
			s->logo_h = LOGO_MAX_H;
		}
	}
	return rc;
}

static int read_signature(struct arena *a, const char *path, xmlNodePtr c, struct tpl_section *s)
{
	xmlNodePtr g = first_child(c, "groet"), n = first_child(c, "namens");
	int rc = 0;
	size_t cap = 0;
	s->groet = g ? content(a, g) : NULL;
	s->namens = n ? content(a, n) : NULL;
	if (s->groet)
		rc |= tpl_check_text(path, (int)xmlGetLineNo(g), "groet", s->groet, SCOPE_REPORT, 0);
	if (s->namens)
		rc |= tpl_check_text(path, (int)xmlGetLineNo(n), "namens", s->namens, SCOPE_REPORT, 0);
	for (xmlNodePtr t = c->children; t != NULL; t = t->next)
		cap += t->type == XML_ELEMENT_NODE;
	s->tekenaars = arena_array(a, cap + 1, sizeof *s->tekenaars);
	for (xmlNodePtr t = c->children; t != NULL; t = t->next)
		if (t->type == XML_ELEMENT_NODE && strcmp((const char *)t->name, "ondertekenaar") == 0) {
			struct tpl_line *l = &s->tekenaars[s->ntekenaars++];
			l->label = attr(a, t, "functie");
			l->text = content(a, t);
			rc |= tpl_check_text(path, (int)xmlGetLineNo(t), "ondertekenaar", l->text, SCOPE_REPORT, 0);
		}
	return rc;
}

#define MAX_DEPTH 16 /* <als> in <als> ...: deeper is a mistake, not a template */

static int read_blocks(struct arena *a, const char *path, xmlNodePtr parent, int scope, struct tpl_section **out,
                       size_t *count, int depth);

static int read_children(struct arena *a, const char *path, xmlNodePtr c, int scope, struct tpl_section *s, int depth)
{
	if (depth >= MAX_DEPTH) {
		msg_at(D_TEMPLATE, path, (int)xmlGetLineNo(c), 0, "<%s> is dieper genest dan %d niveaus; vereenvoudig het sjabloon",
		       (const char *)c->name, MAX_DEPTH);
		return -1;
	}
	return read_blocks(a, path, c, scope, &s->children, &s->nchildren, depth + 1);
}

int tpl_read_blocks(struct arena *a, const char *path, xmlNodePtr parent, int scope, struct tpl_section **out,
                    size_t *count)
{
	return read_blocks(a, path, parent, scope, out, count, 0);
}

static int read_blocks(struct arena *a, const char *path, xmlNodePtr parent, int scope, struct tpl_section **out,
                       size_t *count, int depth)
{
	size_t n = 0;
	int rc = 0;
	for (xmlNodePtr c = parent->children; c != NULL; c = c->next)
		n += c->type == XML_ELEMENT_NODE;
	*out = arena_array(a, n + 1, sizeof **out);
	*count = 0;
	for (xmlNodePtr c = parent->children; c != NULL; c = c->next) {
		struct tpl_section *s;
		int line = (int)xmlGetLineNo(c);
		if (c->type != XML_ELEMENT_NODE)
			continue;
		s = &(*out)[(*count)++];
		memset(s, 0, sizeof *s);
		s->line = line;
		for (int k = 0; k < SEC_MAX; k++)
			if (strcmp((const char *)c->name, section_kind_name[k]) == 0)
				s->kind = (enum section_kind)k;
		s->titel = attr(a, c, "titel");
		s->scope = scope;
		switch (s->kind) {
		case SEC_KWADRANT:
		case SEC_JAAR_KWADRANT: {
			const char *q = attr(a, c, "naam");
			for (int k = 0; k < QUADRANT_MAX; k++)
				if (q != NULL && strcmp(q, quadrant_key[k]) == 0)
					s->quadrant = (enum quadrant)k;
			if (s->titel == NULL)
				s->titel = quadrant_title[s->quadrant];
			break;
		}
		case SEC_KOP:
		case SEC_ALINEA: {
			char *niveau = attr(a, c, "niveau"), *stijl = attr(a, c, "stijl");
			s->text = content(a, c);
			s->niveau = niveau ? atoi(niveau) : 2;
			s->stijl = stijl == NULL                   ? STIJL_GEWOON
			           : strcmp(stijl, "klein") == 0   ? STIJL_KLEIN
			           : strcmp(stijl, "gedempt") == 0 ? STIJL_GEDEMPT
			                                           : STIJL_VET;
			rc |= tpl_check_text(path, line, (const char *)c->name, s->text, scope, 0);
			break;
		}
		case SEC_ALS:
		case SEC_ALS_NIET:
		case SEC_TEKST:
			s->veld = attr(a, c, "veld");
			if (s->kind != SEC_TEKST && (field_find(s->veld, strlen(s->veld), (enum field_scope)scope) == NULL ||
			                             field_find(s->veld, strlen(s->veld), (enum field_scope)scope)->type == FT_PAGE)) {
				msg_at(D_TEMPLATE, path, line, 0, "<%s veld=\"%s\">: onbekend veld; de velden staan in docs/templates.md",
				       (const char *)c->name, s->veld);
				rc = -1;
			}
			if (s->kind != SEC_TEKST)
				rc |= read_children(a, path, c, scope, s, depth);
			break;
		case SEC_ELK: {
			char *lijst = attr(a, c, "lijst");
			if (scope != SCOPE_REPORT) { /* lists inside lists multiply without bound */
				msg_at(D_TEMPLATE, path, line, 0, "<elk> binnen <elk> kan niet; gebruik één <elk> per lijst");
				rc = -1;
				break;
			}
			for (int k = SCOPE_INDICATOR; k < SCOPE_MAX; k++)
				if (lijst && strcmp(lijst, scope_list_name[k]) == 0)
					s->scope = k;
			rc |= read_children(a, path, c, s->scope, s, depth);
			break;
		}
		case SEC_RUIMTE: {
			char *pt = attr(a, c, "pt");
			s->pt = pt ? strtod(pt, NULL) : 12;
			break;
		}
		case SEC_BRIEFHOOFD:
			rc |= read_letterhead(a, path, c, s);
			break;
		case SEC_ONDERTEKENING:
			rc |= read_signature(a, path, c, s);
			break;
		default:
			break;
		}
	}
	return rc ? -1 : 0;
}
