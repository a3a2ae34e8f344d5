/* The review file of `voortgang audit --onderzoek` (docs/audit-rules.md,
 * docs/schema/onderzoek.schema.json): the auditor's title, scope, period,
 * authors, research questions with conclusions, recommendations and the
 * management response, read with the same typed JSON readers as a report
 * (json_read.c), so its messages carry JSON paths and say what to do. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../model/review.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "files.h"
#include "json_read.h"

static int read_question(struct jctx *c, json_t *v, void *item)
{
	static const char *const keys[] = {"vraag", "conclusie", NULL};
	struct review_question *q = item;
	jr_check_keys(c, v, keys);
	q->vraag = jr_get_str(c, v, "vraag", 1);
	jr_get_md(c, v, "conclusie", &q->conclusie);
	return q->vraag != NULL;
}

static int read_recommendation(struct jctx *c, json_t *v, void *item)
{
	static const char *const keys[] = {"titel", "tekst", "adressaat", NULL};
	struct review_recommendation *a = item;
	jr_check_keys(c, v, keys);
	a->titel = jr_get_str(c, v, "titel", 0);
	jr_get_md(c, v, "tekst", &a->tekst);
	a->adressaat = jr_get_str(c, v, "adressaat", 0);
	if (a->titel == NULL && doc_is_empty(&a->tekst)) {
		msg_path(D_JSON_MISSING, c->file, jr_jp(c),
		         "een aanbeveling zonder \"titel\" en zonder \"tekst\"; schrijf ten minste "
		         "een van beide");
		return 0;
	}
	return 1;
}

/* "datum": JJJJ-MM-DD. */
static void read_date(struct jctx *c, json_t *o, struct date *d)
{
	const char *s = jr_get_str(c, o, "datum", 0);
	if (s != NULL && nl_parse_date(s, d) != 0) {
		size_t old = jr_path_key(c, "datum");
		msg_path(D_DATE, c->file, jr_jp(c),
		         "datum \"%s\" is ongeldig; schrijf een bestaande datum als JJJJ-MM-DD, "
		         "bijvoorbeeld 2022-09-09",
		         s);
		jr_path_pop(c, old);
		memset(d, 0, sizeof *d);
	}
}

/* "onderzoek": the title page. */
static void read_about(struct jctx *c, json_t *root, struct review *rv)
{
	static const char *const keys[] = {"titel",      "soort",          "opdrachtgever",
	                                   "auteurs",    "datum",          "periode",
	                                   "reikwijdte", "centrale_vraag", NULL};
	static const char *const period_keys[] = {"van", "tot", NULL};
	json_t *o = jr_get_object(c, root, "onderzoek", 1), *p;
	size_t old;
	if (o == NULL)
		return;
	old = jr_path_key(c, "onderzoek");
	jr_check_keys(c, o, keys);
	rv->titel = jr_get_str(c, o, "titel", 1);
	rv->soort = jr_get_str(c, o, "soort", 0);
	rv->opdrachtgever = jr_get_str(c, o, "opdrachtgever", 0);
	jr_get_strlist(c, o, "auteurs", &rv->auteurs);
	read_date(c, o, &rv->datum);
	if ((p = jr_get_object(c, o, "periode", 0)) != NULL) {
		size_t o2 = jr_path_key(c, "periode");
		jr_check_keys(c, p, period_keys);
		jr_get_period(c, p, "van", 1, &rv->van);
		jr_get_period(c, p, "tot", 1, &rv->tot);
		jr_path_pop(c, o2);
	}
	jr_get_md(c, o, "reikwijdte", &rv->reikwijdte);
	rv->centrale_vraag = jr_get_str(c, o, "centrale_vraag", 0);
	jr_path_pop(c, old);
}

/* "bestuurlijke_reactie": who responds, and the response. */
static void read_response(struct jctx *c, json_t *root, struct review *rv)
{
	static const char *const keys[] = {"van", "tekst", NULL};
	json_t *o = jr_get_object(c, root, "bestuurlijke_reactie", 0);
	size_t old;
	if (o == NULL)
		return;
	old = jr_path_key(c, "bestuurlijke_reactie");
	jr_check_keys(c, o, keys);
	rv->reactie_van = jr_get_str(c, o, "van", 0);
	jr_get_md(c, o, "tekst", &rv->reactie);
	jr_path_pop(c, old);
}

struct review *review_load(const char *path)
{
	size_t len;
	char *data = files_read(path, path, &len);
	struct review *rv;
	if (data == NULL)
		return NULL;
	rv = review_load_buffer(path, data, len);
	free(data);
	return rv;
}

struct review *review_load_buffer(const char *path, const char *data, size_t len)
{
	static const char *const keys[] = {
	    "onderzoek",     "samenvatting",         "onderzoeksvragen", "conclusies",
	    "aanbevelingen", "bestuurlijke_reactie", "$schema",          NULL};
	json_t *root;
	struct jctx c;
	struct review *rv;
	json_set_alloc_funcs(xmalloc, free);
	if ((root = jr_parse_json(path, data, len)) == NULL)
		return NULL;
	memset(&c, 0, sizeof c);
	c.r = report_new(path);
	c.a = c.r->arena;
	c.file = c.r->source;
	rv = arena_alloc(c.a, sizeof *rv);
	memset(rv, 0, sizeof *rv);
	rv->store = c.r;
	rv->source = c.r->source;
	jr_index_written(&c, root, data, len);
	jr_add_source(&c, path, data, len);
	buf_puts(&c.path, "$");
	jr_check_keys(&c, root, keys);
	read_about(&c, root, rv);
	jr_get_md(&c, root, "samenvatting", &rv->samenvatting);
	rv->vragen = jr_each_object(&c, root, "onderzoeksvragen", sizeof(struct review_question),
	                            read_question, &rv->nvragen);
	jr_get_md(&c, root, "conclusies", &rv->conclusies);
	rv->aanbevelingen =
	    jr_each_object(&c, root, "aanbevelingen", sizeof(struct review_recommendation),
	                   read_recommendation, &rv->naanbevelingen);
	read_response(&c, root, rv);
	buf_free(&c.path);
	free(c.written);
	json_decref(root);
	return rv;
}

void review_free(struct review *rv)
{
	if (rv != NULL)
		report_free(rv->store); /* rv lives in its arena */
}
