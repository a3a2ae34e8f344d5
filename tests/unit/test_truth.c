/* Properties of every sample and golden case in every quarterly template,
 * checked on the display list the devices draw:
 * - a table cell made only of a figure (digits, separators, signs, "%",
 *   "€", a footnote mark) is on one line: no line or cell break inside a
 *   number, amount or percentage;
 * - every status word printed for an indicator (chart alt texts, the
 *   quadrant table's Voortgang, letters' Kerncijfers) belongs to the one
 *   status model: the alt text of each indicator's trend chart names the
 *   status indicator_status() gives, so templates cannot disagree.
 * Run from the repository root. */
#include <check.h>
#include <glob.h>
#include <string.h>

#include "check/check.h"
#include "check/rules.h"
#include "check_main.h"
#include "format/format.h"
#include "input/report_json.h"
#include "input/template_xml.h"
#include "layout/fontset.h"
#include "layout/page.h"
#include "model/status.h"
#include "text/goal.h"
#include "text/hyphenate.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"

static const char *const templates[] = {"voortgangsrapportage", "voortgangsrapportage-neutraal", "raadsbrief",
                                        "raadsbrief-neutraal", "samenvatting", "samenvatting-neutraal"};

/* Whether s (len bytes) is made only of what a figure is made of. */
static int figure_only(const char *s, size_t len, int *digits)
{
	static const char *const multi[] = {"\xE2\x82\xAC", "\xE2\x88\x92", "\xC2\xA0", NULL};
	for (size_t i = 0; i < len;) {
		size_t k;
		if (s[i] >= '0' && s[i] <= '9') {
			(*digits)++;
			i++;
			continue;
		}
		if (strchr(".,%-*+ ", s[i]) != NULL) {
			i++;
			continue;
		}
		for (k = 0; multi[k] && strncmp(s + i, multi[k], strlen(multi[k])) != 0; k++)
			;
		if (multi[k] == NULL)
			return 0;
		i += strlen(multi[k]);
	}
	return 1;
}

/* Every TD whose text is a figure has its text on one baseline. */
static void cells_unbroken(const struct layout_doc *d, const char *what)
{
	for (size_t p = 0; p < d->npages; p++) {
		const struct page *pg = &d->pages[p];
		for (size_t i = 0; i < pg->n; i++) {
			struct buf text = {0};
			float y = 0;
			int lines = 0, digits = 0, only = 1;
			size_t k;
			if (pg->items[i].kind != ITEM_TAG_BEGIN || pg->items[i].tag != TAG_TD)
				continue;
			for (k = i + 1; k < pg->n && !(pg->items[k].kind == ITEM_TAG_END && pg->items[k].tag == TAG_TD); k++) {
				const struct item *it = &pg->items[k];
				if (it->kind != ITEM_TEXT)
					continue;
				if (lines == 0 || it->y != y)
					lines++;
				y = it->y;
				buf_printf(&text, "%s%.*s", text.len ? "|" : "", (int)it->len, it->text);
				only &= figure_only(it->text, it->len, &digits);
			}
			ck_assert_msg(!(only && digits && lines > 1), "%s, page %zu: a figure broken over %d lines: %s", what,
			              p + 1, lines, buf_str(&text));
			buf_free(&text);
		}
	}
}

/* The text of every paragraph (P) on the pages, its lines joined; a
 * line-end hyphen the layout added joins its word again. */
static void paragraphs(const struct layout_doc *d, struct buf *out, size_t *starts, size_t *n, size_t max)
{
	*n = 0;
	for (size_t p = 0; p < d->npages; p++)
		for (size_t i = 0; i < d->pages[p].n; i++) {
			const struct item *it = &d->pages[p].items[i];
			if (it->kind != ITEM_TAG_BEGIN || it->tag != TAG_P || *n == max)
				continue;
			starts[(*n)++] = out->len;
			for (size_t k = i + 1; k < d->pages[p].n; k++) {
				const struct item *w = &d->pages[p].items[k];
				if (w->kind == ITEM_TAG_END && w->tag == TAG_P)
					break;
				if (w->kind != ITEM_TEXT || w->len == 0)
					continue;
				if (out->len && out->data[out->len - 1] == '-' && out->len > starts[*n - 1])
					out->len--; /* a hyphen that ended a line */
				else if (out->len > starts[*n - 1])
					buf_putc(out, ' ');
				buf_printf(out, "%.*s", (int)w->len, w->text);
			}
			buf_putc(out, '\0');
		}
}

/* A paragraph that opens with an indicator's name and says its "stand"
 * (the letters' Kerncijfers) names the status of the status model. */
static size_t kerncijfers_agree(const struct layout_doc *d, const struct report *r, const char *what)
{
	static size_t starts[4096];
	struct buf text = {0};
	size_t n, found = 0;
	paragraphs(d, &text, starts, &n, 4096);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < r->nindicatoren; k++) {
			const char *para = text.data + starts[i], *at;
			char word[96], want[128];
			if (strncmp(para, r->indicatoren[k].naam, strlen(r->indicatoren[k].naam)) != 0 ||
			    (at = strstr(para, "; stand ")) == NULL)
				continue;
			snprintf(want, sizeof want, "%s.", nl_status(word, sizeof word, &r->indicatoren[k]));
			ck_assert_msg(strncmp(at + 8, want, strlen(want)) == 0, "%s: \"%s\" says another status than %s", what,
			              para, word);
			found++;
		}
	buf_free(&text);
	return found;
}

/* The audit's D3 finding on each indicator opens with the same status. */
static void audit_agrees(const struct report *r, const char *what)
{
	struct arena *a = arena_new();
	struct findings fd = {0};
	rules_run(r, a, &fd);
	/* the quadrant's count of targets and each goal's verdict use one predicate */
	for (size_t i = 0, k = 0; i < fd.n; i++) {
		const struct indicator *ind;
		if (strcmp(fd.v[i].rule, "K1") == 0 && fd.v[i].subject == quadrant_title[Q_DATA] && r->nindicatoren) {
			size_t with = 0;
			char want[64];
			for (size_t j = 0; j < r->nindicatoren; j++)
				with += indicator_has_target(&r->indicatoren[j]);
			snprintf(want, sizeof want, with == 0 ? "geen met streefwaarde"
			                            : with == r->nindicatoren && with > 1 ? "alle met streefwaarde"
			                                                                  : "%zu met streefwaarde", with);
			ck_assert_msg(strstr(fd.v[i].reason, want) != NULL, "%s: K1 \"%s\" does not say \"%s\"", what,
			              fd.v[i].reason, want);
		}
		if (strcmp(fd.v[i].rule, "D1") != 0)
			continue;
		ind = &r->indicatoren[k++];
		ck_assert_msg((strstr(fd.v[i].reason, "streefwaarde") != NULL && strstr(fd.v[i].reason, "SMART") == NULL) ==
		                  !(indicator_has_target(ind) || ind->relatief.present || indicator_band_inverted(ind)),
		              "%s: D1 on %s: \"%s\"", what, ind->naam, fd.v[i].reason);
	}
	for (size_t i = 0, k = 0; i < fd.n; i++) {
		char word[96], want[128];
		struct ind_status st;
		if (strcmp(fd.v[i].rule, "D3") != 0)
			continue;
		st = indicator_status(&r->indicatoren[k++]);
		if (st.kind == STATUS_ONBEKEND)
			snprintf(want, sizeof want, "stand %s", status_phrase(word, sizeof word, &st));
		else
			snprintf(want, sizeof want, "%s:", status_word[st.kind]);
		ck_assert_msg(strncmp(fd.v[i].reason, want, strlen(want)) == 0, "%s: audit D3 \"%s\" against \"%s\"", what,
		              fd.v[i].reason, want);
	}
	findings_free(&fd);
	arena_free(a);
}

/* The alt texts on the pages: each indicator's trend alt names its status. */
static size_t statuses_agree(const struct layout_doc *d, const struct report *r, const char *what)
{
	size_t found = 0;
	for (size_t n = 0; n < r->nindicatoren; n++) {
		const struct indicator *ind = &r->indicatoren[n];
		char want[160], word[96];
		snprintf(want, sizeof want, "Grafiek van %s", ind->naam);
		nl_status(word, sizeof word, ind);
		for (size_t p = 0; p < d->npages; p++)
			for (size_t i = 0; i < d->pages[p].n; i++) {
				const struct item *it = &d->pages[p].items[i];
				const char *at;
				if (it->kind != ITEM_TAG_BEGIN || it->alt == NULL || strncmp(it->alt, want, strlen(want)) != 0)
					continue;
				at = strstr(it->alt, "; stand: ");
				ck_assert_msg(at != NULL, "%s: no status in \"%s\"", what, it->alt);
				ck_assert_msg(strncmp(at + 9, word, strlen(word)) == 0 && at[9 + strlen(word)] == '.',
				              "%s: \"%s\" prints a status other than %s", what, it->alt, word);
				found++;
			}
	}
	return found;
}

START_TEST(every_sample_every_template)
{
	glob_t g;
	struct hyphenator *h = hyphenator_load("/usr/share/hyphen/hyph_nl_NL.dic");
	size_t rendered = 0, charts = 0, letters = 0;
	ck_assert_int_eq(glob("data/*.json", 0, NULL, &g), 0);
	ck_assert_int_eq(glob("tests/cases/*.json", GLOB_APPEND, NULL, &g), 0);
	diag_set_stream(fopen("/dev/null", "w"));
	for (size_t t = 0; t < sizeof templates / sizeof *templates; t++) {
		struct arena *a = arena_new();
		struct template *tpl = template_load(a, templates[t]);
		struct fontset *fs = tpl ? fontset_load(tpl) : NULL;
		ck_assert_ptr_nonnull(fs);
		for (size_t i = 0; i < g.gl_pathc; i++) {
			struct report *r;
			char what[256];
			diag_reset();
			r = report_load(g.gl_pathv[i]);
			snprintf(what, sizeof what, "%s in %s", g.gl_pathv[i], templates[t]);
			if (r != NULL && check_report(r) == 0 && diag_worst() < LEVEL_FOUT) { /* as render does */
				struct layout_doc *d = format_report(r, tpl, fs, h, 0);
				if (d != NULL) {
					cells_unbroken(d, what);
					charts += statuses_agree(d, r, what);
					letters += kerncijfers_agree(d, r, what);
					audit_agrees(r, what);
					rendered++;
				}
				layout_doc_free(d);
			}
			report_free(r);
		}
		fontset_free(fs);
		arena_free(a);
	}
	/* the checks found what they check: charts in the reports, key
	 * figures in the letters */
	ck_assert_uint_gt(rendered, 100);
	ck_assert_uint_gt(charts, 50);
	ck_assert_uint_gt(letters, 10);
	globfree(&g);
	hyphenator_free(h);
}
END_TEST

/* The cell check can fail: a figure in a column too narrow for it. */
START_TEST(check_can_fail)
{
	int digits = 0;
	ck_assert(figure_only("\xE2\x82\xAC\xC2\xA0" "541.00", 10, &digits));
	ck_assert(!figure_only("6,4 in 2040", 11, &digits));
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("truth");
	TCase *tc = tcase_create("truth");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, every_sample_every_template);
	tcase_add_test(tc, check_can_fail);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
