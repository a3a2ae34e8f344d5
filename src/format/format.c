/* The top floor of format/: the two documents a template makes, the
 * quarterly report and the annual report, and the table of every
 * document formatter's sections and fields that the template language
 * looks in (mandoc's per-macro action tables, one per formatter). Any
 * template may name any section: in a quarterly report the sections of
 * the year say where they come from, and an annual report shows the
 * latest quarter's cover or quadrants. */
#include <stdio.h>
#include <string.h>

#include "../model/source.h"
#include "../model/template.h"
#include "../model/year.h"
#include "../text/nlformat.h"
#include "../util/arena.h"
#include "colophon.h"
#include "fmt_base.h"
#include "format.h"
#include "lang.h"
#include "overview.h"
#include "quadrants.h"
#include "report_fmt.h"
#include "year_fmt.h"
#include "year_fmt_int.h"

/* Who lays out which section, and who gives which fields; the template
 * language's own blocks (headings, paragraphs, conditions, loops, letter
 * head, signature) are not here. */
static const struct fmt_acts *const acts[] = {
    &fmt_report_acts,
    &fmt_quadrant_acts,
    &fmt_overview_acts,
    &fmt_year_acts,
};

/* Title, author, subject ("<kind>, <opgave>, <when>"), keywords (with
 * `keyword` when not NULL), language, template and input files of d. */
static void fmt_document_info(struct fmt *f, struct layout_doc *d, enum report_kind kind, const char *when,
                       const char *keyword, const struct source_file *src, size_t nsrc)
{
	const struct report *r = f->r;
	struct arena *a = d->arena;
	d->title = arena_strdup(a, r->meta.titel);
	d->author = r->meta.gemeente ? arena_printf(a, "Gemeente %s%s%s", r->meta.gemeente,
	                                            r->meta.organisatie ? ", " : "",
	                                            r->meta.organisatie ? r->meta.organisatie : "")
	                             : arena_strdup(a, r->meta.organisatie);
	d->subject = arena_printf(a, "%s, %s, %s", report_kind_name[kind], r->opgave.naam ? r->opgave.naam : "", when);
	d->keywords = arena_printf(a, "%s; %s; %s%ssturingsmodel; ongelijk investeren voor gelijke kansen",
	                           r->opgave.naam ? r->opgave.naam : "",
	                           r->opgave.strategische_doelstelling ? r->opgave.strategische_doelstelling : "",
	                           keyword ? keyword : "", keyword ? "; " : "");
	d->lang = "nl-NL";
	d->template_name = arena_strdup(a, f->t->naam);
	d->template_version = arena_strdup(a, f->t->versie);
	layout_doc_add_sources(d, src, nsrc);
}

/* Placeholders of the running header and footer: any report field. */
static const char *lookup(void *ctx, const char *key)
{
	struct field_ctx *c = ctx;
	return fmt_field(c, key);
}

struct layout_doc *format_report(const struct report *r, const struct template *t,
                                 const struct fontset *fs, const struct hyphenator *h, int archive)
{
	struct fmt f;
	struct field_ctx c = {&f, 0, NULL, 0};
	struct layout_doc *d;
	memset(&f, 0, sizeof f);
	f.acts = acts;
	f.nacts = sizeof acts / sizeof *acts;
	f.r = r;
	f.t = t;
	f.L = layout_new(t, fs, h);
	fmt_blocks(&f, t->sections, t->nsections, &c);
	if (archive)
		fmt_colophon(&f, r->sources, r->nsources);
	d = layout_finish(f.L, lookup, &c);
	{
		char per[96];
		fmt_document_info(&f, d, r->meta.kind, nl_period_long(per, sizeof per, &r->meta.periode), NULL, r->sources,
		                  r->nsources);
	}
	d->archive = archive;
	layout_free(f.L);
	return d;
}

/* Every quarter's input files once, in quarter order: quarters often
 * share a narrative, and a file is listed once per digest. */
static const struct source_file *year_sources(struct fmt *f, size_t *n)
{
	size_t cap = 0;
	struct source_file *all;
	*n = 0;
	for (int q = 0; q < YEAR_QUARTERS; q++)
		cap += f->y->q[q] ? f->y->q[q]->nsources : 0;
	all = arena_array(layout_arena(f->L), cap + 1, sizeof *all);
	for (int q = 0; q < YEAR_QUARTERS; q++)
		for (size_t i = 0; f->y->q[q] && i < f->y->q[q]->nsources; i++) {
			const struct source_file *s = &f->y->q[q]->sources[i];
			size_t k = 0;
			while (k < *n && !(strcmp(all[k].path, s->path) == 0 && strcmp(all[k].sha256, s->sha256) == 0))
				k++;
			if (k == *n)
				all[(*n)++] = *s;
		}
	return all;
}

struct layout_doc *format_year(const struct year *y, const struct template *t, const struct fontset *fs,
                               const struct hyphenator *h, int archive)
{
	struct fmt f;
	struct field_ctx c = {&f, 0, NULL, 0};
	struct layout_doc *d;
	const struct source_file *src;
	size_t nsrc;
	memset(&f, 0, sizeof f);
	f.acts = acts;
	f.nacts = sizeof acts / sizeof *acts;
	f.r = &y->report;
	f.t = t;
	f.y = y;
	f.L = layout_new(t, fs, h);
	src = year_sources(&f, &nsrc);
	fmt_blocks(&f, t->sections, t->nsections, &c);
	if (archive)
		fmt_colophon(&f, src, nsrc);
	d = layout_finish(f.L, lookup, &c);
	{
		char year[16];
		snprintf(year, sizeof year, "%d", y->jaar);
		fmt_document_info(&f, d, KIND_JAARRAPPORTAGE, year, "jaarrapportage", src, nsrc);
	}
	d->archive = archive;
	layout_free(f.L);
	return d;
}
