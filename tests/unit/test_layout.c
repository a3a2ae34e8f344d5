/* Unit tests for page layout with the default template: headings kept with
 * what follows, no single line of a paragraph at a page edge, tables split
 * across pages with their header repeated, total rows kept with the row
 * before, the table of contents, the running footer, and every text inside
 * the content box. Run from the repository root (templates/, fonts/). */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/markdown.h"
#include "input/template_xml.h"
#include "layout/fontset.h"
#include "layout/layout.h"
#include "layout/table.h"
#include "model/template.h"
#include "text/hyphenate.h"
#include "util/arena.h"
#include "util/diag.h"

#define NL_DIC "/usr/share/hyphen/hyph_nl_NL.dic"

static struct arena *ar;
static struct template *tpl;
static struct fontset *fs;
static struct hyphenator *hy;
static struct layout *L;
static struct layout_doc *doc;
static double bottom, lead; /* content bottom; body line height */
static unsigned char warned[0x10000 / 8];
static char *out_buf;
static size_t out_len;
static FILE *out_fp;

static void drop_layout(void)
{
	layout_doc_free(doc);
	layout_free(L);
	doc = NULL;
	L = NULL;
}

static void new_layout(void)
{
	drop_layout();
	L = layout_new(tpl, fs, hy);
	ck_assert_ptr_nonnull(L);
	lead = layout_style(L, ROLE_BODY)->leading;
}

static void setup(void)
{
	out_fp = open_memstream(&out_buf, &out_len);
	ck_assert_ptr_nonnull(out_fp);
	diag_set_stream(out_fp);
	diag_reset();
	ar = arena_new();
	tpl = template_load(ar, "voortgangsrapportage");
	ck_assert_ptr_nonnull(tpl);
	fs = fontset_load(tpl);
	ck_assert_ptr_nonnull(fs);
	hy = hyphenator_load(NL_DIC);
	ck_assert_ptr_nonnull(hy);
	bottom = tpl->page_h - tpl->margin_bottom;
	new_layout();
}

static void teardown(void)
{
	drop_layout();
	hyphenator_free(hy);
	fontset_free(fs);
	arena_free(ar);
	diag_set_stream(NULL);
	fclose(out_fp);
	free(out_buf);
	out_buf = NULL;
}

/* A body paragraph of words "<first> woord2 woord3 ..." that breaks into
 * exactly n lines at width w (0: the content width). */
static const char *para(const char *first, size_t n, double w)
{
	static const char *const words[] = {"gemeente", "kansen", "onderwijs", "wijk", "jongeren",
	                                    "opgave", "netwerk", "resultaat", "raad", "middelen"};
	char *text = arena_strdup(ar, first);
	for (size_t i = 0;; i++) {
		struct span sp = {text, 0, NULL};
		struct rich r = {&sp, 1};
		struct lb_lines ls;
		linebreak(ar, ar, fs, hy, warned, &r, layout_style(L, ROLE_BODY), w > 0 ? w : layout_width(L), &ls);
		if (ls.n == n)
			return text;
		ck_assert_uint_lt(ls.n, n);
		text = arena_printf(ar, "%s %s", text, words[i % 10]);
	}
}

/* Is item i a text of the page content (not the running header/footer)? */
static int is_content(const struct item *it)
{
	return it->kind == ITEM_TEXT && it->y > tpl->margin_top && it->y <= bottom + 0.01;
}

static int starts(const struct item *it, const char *s)
{
	return it->len >= strlen(s) && memcmp(it->text, s, strlen(s)) == 0;
}

static int equals(const struct item *it, const char *s)
{
	return it->len == strlen(s) && memcmp(it->text, s, it->len) == 0;
}

/* The k-th content text of page p, or NULL. */
static const struct item *text_at(size_t p, size_t k)
{
	for (size_t i = 0; i < doc->pages[p].n; i++)
		if (is_content(&doc->pages[p].items[i]) && k-- == 0)
			return &doc->pages[p].items[i];
	return NULL;
}

/* The first page with a content text starting with s, or -1. */
static int page_of(const char *s)
{
	for (size_t p = 0; p < doc->npages; p++)
		for (size_t i = 0; i < doc->pages[p].n; i++)
			if (is_content(&doc->pages[p].items[i]) && starts(&doc->pages[p].items[i], s))
				return (int)p;
	return -1;
}

/* Number of distinct baselines of content text on page p. */
static size_t lines_on(size_t p)
{
	float seen[256];
	size_t n = 0;
	for (size_t i = 0; i < doc->pages[p].n; i++) {
		const struct item *it = &doc->pages[p].items[i];
		size_t k;
		if (!is_content(it))
			continue;
		for (k = 0; k < n && seen[k] != it->y; k++)
			;
		if (k == n && n < 256)
			seen[n++] = it->y;
	}
	return n;
}

START_TEST(heading_kept_with_paragraph)
{
	/* room for the heading alone, not for the heading and two lines */
	layout_move_to(L, bottom - 50);
	layout_heading(L, "Resultaten", 2, 0);
	layout_text(L, para("Alfa", 10, 0), ROLE_BODY, FONT_REGULAR);
	doc = layout_finish(L, NULL, NULL);
	ck_assert_uint_eq(doc->npages, 2);
	ck_assert_uint_eq(doc->nheadings, 1);
	ck_assert_int_eq(doc->headings[0].page, 1);
	ck_assert_int_eq(page_of("Alfa"), 1);
	ck_assert(equals(text_at(1, 0), "Resultaten"));
	ck_assert_ptr_null(text_at(0, 0));
	ck_assert_uint_eq(lines_on(1), 11);
}
END_TEST

/* At every starting height, a heading is on the page of the first line of
 * the paragraph that follows it. */
static void check_heading_with(size_t nlines)
{
	for (double room = 10; room <= 140; room += 2) {
		new_layout();
		layout_move_to(L, bottom - room);
		layout_heading(L, "Kop", 2, 0);
		layout_text(L, para("Alfa", nlines, 0), ROLE_BODY, FONT_REGULAR);
		doc = layout_finish(L, NULL, NULL);
		ck_assert_msg(doc->headings[0].page == page_of("Alfa"), "%zu lines, room %g: heading on %d, text on %d",
		              nlines, room, doc->headings[0].page, page_of("Alfa"));
	}
}

START_TEST(heading_never_alone)
{
	check_heading_with(1);
	check_heading_with(2);
	check_heading_with(4);
	check_heading_with(5);
	check_heading_with(9);
}
END_TEST

/* A table too wide for the page whose first column holds one very long
 * word (found by fuzzing: the parts were still too wide and split again
 * without end). It must finish, with every figure on the page. */
START_TEST(split_table_with_wide_first_column)
{
	static char word[200];
	static const char *cells[40][31];
	struct table t;
	struct table_col cols[31];
	struct table_row rows[40];
	memset(&t, 0, sizeof t);
	memset(cols, 0, sizeof cols);
	memset(word, 'w', sizeof word - 1);
	for (int j = 0; j < 31; j++)
		cols[j].align = j ? CELL_RIGHT : CELL_LEFT;
	for (int i = 0; i < 40; i++) {
		cells[i][0] = word;
		for (int j = 1; j < 31; j++)
			cells[i][j] = "123.456.789";
		rows[i].cells = cells[i];
		rows[i].flags = 0;
	}
	t.cols = cols;
	t.ncols = 31;
	t.rows = rows;
	t.nrows = 40;
	t.no_header = 1;
	layout_table(L, &t);
	doc = layout_finish(L, NULL, NULL);
	ck_assert_uint_gt(doc->npages, 1);
}
END_TEST

/* BUG (src/layout/layout.c:350 layout_paragraph, :315 place_lines, :370
 * item_label): need() reserves 2 lines and places the pending heading or
 * list label, then place_lines() moves a 3-line paragraph whole to the next
 * page (2+1 would leave a widow): the heading or label stays behind alone.
 * Kept out of the suite until fixed. */
START_TEST(heading_never_alone_three_lines)
{
	const char *item;
	check_heading_with(3);
	new_layout();
	item = para("Alfa", 3, layout_width(L) - 16);
	layout_move_to(L, bottom - 2 * lead - 2);
	layout_list(L, &item, 1, 1);
	doc = layout_finish(L, NULL, NULL);
	ck_assert_int_eq(page_of("1."), page_of("Alfa"));
}
END_TEST

START_TEST(no_orphans_or_widows)
{
	for (size_t n = 2; n <= 7; n++) {
		for (size_t k = 1; k <= n + 1; k++) {
			size_t want0 = k >= n ? n : n - k >= 2 ? k : n - 2;
			char first[16];
			if (want0 < 2)
				want0 = 0;
			new_layout();
			layout_move_to(L, bottom - (double)k * lead); /* room for k lines */
			snprintf(first, sizeof first, "Regels%zu", n);
			layout_text(L, para(first, n, 0), ROLE_BODY, FONT_REGULAR);
			doc = layout_finish(L, NULL, NULL);
			ck_assert_msg(lines_on(0) == want0, "n=%zu k=%zu: %zu lines on page 1", n, k, lines_on(0));
			ck_assert_uint_eq(lines_on(0) + (doc->npages > 1 ? lines_on(1) : 0), n);
			for (size_t p = 0; p < doc->npages; p++)
				ck_assert_msg(lines_on(p) != 1, "n=%zu k=%zu: a single line on page %zu", n, k, p + 1);
		}
	}
}
END_TEST

/* A table of `n` rows: "Rij i", with a total row after every `every` rows. */
static struct table *make_table(size_t n, size_t every)
{
	static struct table_col cols[] = {{"Post", CELL_LEFT, 0}, {"Begroot", CELL_RIGHT, 0},
	                                  {"Besteed", CELL_RIGHT, 0}};
	struct table *t = arena_alloc(ar, sizeof *t);
	t->cols = cols;
	t->ncols = 3;
	t->rows = arena_array(ar, n, sizeof(struct table_row));
	t->caption = "Tabel 1. Middelen per post";
	for (size_t i = 0; i < n; i++) {
		const char **c = arena_array(ar, 3, sizeof(char *));
		int total = every && i % every == every - 1;
		c[0] = total ? arena_printf(ar, "Totaal %zu", i) : arena_printf(ar, "Rij %zu", i);
		c[1] = arena_printf(ar, "%zu.%03zu", i + 1, i * 7 % 1000);
		c[2] = i % 3 ? "n.t.b." : "1.040";
		t->rows[i].cells = c;
		t->rows[i].flags = total ? ROW_TOTAL : 0;
	}
	t->nrows = n;
	return t;
}

START_TEST(long_table_repeats_header)
{
	size_t next = 0, first_page;
	layout_text(L, "Inleiding bij de tabel.", ROLE_BODY, FONT_REGULAR);
	layout_table(L, make_table(200, 0));
	doc = layout_finish(L, NULL, NULL);
	ck_assert_uint_ge(doc->npages, 4);
	first_page = (size_t)page_of("Post");
	ck_assert_uint_eq(first_page, 0);
	for (size_t p = 0; p < doc->npages; p++) {
		if (p > first_page && text_at(p, 0) != NULL) {
			ck_assert_msg(equals(text_at(p, 0), "Post"), "page %zu starts with %.*s", p + 1,
			              (int)text_at(p, 0)->len, text_at(p, 0)->text);
			ck_assert(equals(text_at(p, 1), "Begroot"));
			ck_assert(equals(text_at(p, 2), "Besteed"));
			ck_assert(starts(text_at(p, 3), "Rij "));
		}
		/* every row exactly once, in order */
		for (size_t k = 0; text_at(p, k) != NULL; k++) {
			const struct item *it = text_at(p, k);
			if (starts(it, "Rij ")) {
				ck_assert_uint_eq(strtoul(it->text + 4, NULL, 10), next);
				next++;
			}
		}
	}
	ck_assert_uint_eq(next, 200);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
}
END_TEST

START_TEST(total_row_never_first)
{
	for (double y = 0; y < 300; y += 7) {
		int prev_page = -1;
		new_layout();
		layout_move_to(L, bottom - 100 - y);
		layout_table(L, make_table(120, 6));
		doc = layout_finish(L, NULL, NULL);
		for (size_t p = 0; p < doc->npages; p++)
			for (size_t k = 0; text_at(p, k) != NULL; k++) {
				const struct item *it = text_at(p, k);
				if (starts(it, "Totaal"))
					ck_assert_msg((int)p == prev_page, "y=%g: total row first on page %zu", y, p + 1);
				if (starts(it, "Rij ") || starts(it, "Totaal"))
					prev_page = (int)p;
			}
		ck_assert_uint_ge(doc->npages, 2);
	}
}
END_TEST

static const char *lookup(void *ctx, const char *key)
{
	(void)ctx;
	if (strcmp(key, "opgave.naam") == 0)
		return "Gelijke kansen";
	if (strcmp(key, "rapport.gemeente") == 0)
		return "Utrecht";
	if (strcmp(key, "rapport.kenmerk") == 0)
		return "2022-01";
	return NULL;
}

/* Cover, TOC, then `n` chapters with sections and text. */
static void build_report(int n)
{
	layout_text_at(L, tpl->margin_left, 300, FONT_BOLD, 24, tpl->colour[COLOUR_ACCENT], "Omslag");
	layout_page_plain(L);
	layout_new_page(L);
	layout_toc(L, "Inhoud");
	for (int i = 0; i < n; i++) {
		layout_heading(L, arena_printf(ar, "Hoofdstuk %d", i + 1), 1,
		               HEADING_TOC | HEADING_NUMBERED | (i % 8 == 0 ? HEADING_NEWPAGE : 0));
		layout_text(L, para("Tekst", 1 + (size_t)i % 4, 0), ROLE_BODY, FONT_REGULAR);
		if (i % 3 == 0) {
			layout_heading(L, arena_printf(ar, "Paragraaf %d", i + 1), 2, HEADING_TOC | HEADING_NUMBERED);
			layout_text(L, para("Meer", 5, 0), ROLE_BODY, FONT_REGULAR);
		}
	}
	doc = layout_finish(L, lookup, NULL);
}

START_TEST(toc_points_at_heading_pages)
{
	size_t entries = 0, intoc = 0;
	build_report(70);
	ck_assert_ptr_nonnull(doc);
	ck_assert_int_eq(page_of("Inhoud"), 1);
	for (size_t i = 0; i < doc->nheadings; i++) {
		const struct heading *hd = &doc->headings[i];
		size_t k;
		intoc += hd->in_toc;
		/* the heading is printed on the page it records */
		for (k = 0; text_at((size_t)hd->page, k) != NULL; k++)
			if (equals(text_at((size_t)hd->page, k), hd->title))
				break;
		ck_assert_msg(text_at((size_t)hd->page, k) != NULL, "%s not on page %d", hd->title, hd->page + 1);
	}
	for (size_t p = 0; p < doc->npages; p++) {
		const struct item *num = NULL;
		for (size_t i = 0; i < doc->pages[p].n; i++) {
			const struct item *it = &doc->pages[p].items[i];
			if (it->kind == ITEM_TEXT)
				num = it;
			if (it->kind == ITEM_LINK && it->uri == NULL && it->dest >= 0) {
				char want[16];
				ck_assert_ptr_nonnull(num);
				ck_assert_uint_lt((size_t)it->dest, doc->nheadings);
				snprintf(want, sizeof want, "%d", doc->headings[it->dest].page + 1);
				ck_assert_msg(equals(num, want), "entry %s: printed %.*s, heading on page %s",
				              doc->headings[it->dest].title, (int)num->len, num->text, want);
				ck_assert_int_gt(doc->headings[it->dest].page, 2);
				entries++;
			}
		}
	}
	ck_assert_uint_eq(entries, intoc);
	ck_assert_uint_eq(intoc, 70 + 24);
	ck_assert_str_eq(doc->headings[0].title, "1\xE2\x80\x82Hoofdstuk 1");
	ck_assert_int_ge(doc->headings[0].page, 3); /* the TOC takes more than one page */
}
END_TEST

START_TEST(running_footer_page_numbers)
{
	build_report(20);
	ck_assert_uint_ge(doc->npages, 5);
	for (size_t p = 0; p < doc->npages; p++) {
		char want[64];
		int found = 0, naam = 0;
		snprintf(want, sizeof want, "pagina %zu van %zu", p + 1, doc->npages);
		for (size_t i = 0; i < doc->pages[p].n; i++) {
			const struct item *it = &doc->pages[p].items[i];
			if (it->kind != ITEM_TEXT)
				continue;
			if (starts(it, "pagina ")) {
				ck_assert_msg(equals(it, want), "page %zu: %.*s", p + 1, (int)it->len, it->text);
				ck_assert_double_gt(it->y, bottom);
				ck_assert_double_eq_tol(it->x + it->w, tpl->page_w - tpl->margin_right, 0.01);
				found++;
			}
			naam += equals(it, "Gelijke kansen");
			if (starts(it, "Gemeente "))
				ck_assert(equals(it, "Gemeente Utrecht \xC2\xB7 kenmerk 2022-01"));
		}
		ck_assert_int_eq(found, p == 0 ? 0 : 1); /* the cover is plain */
		ck_assert_int_eq(naam, p == 0 ? 0 : 1);
	}
}
END_TEST

static const char *const markdown =
    "# Aanpak en voortgang\n\n"
    "De gemeenteraad heeft in de begroting afgesproken dat de **voortgangsrapportage** elk kwartaal "
    "verschijnt, met *alle* indicatoren en een [verwijzing](https://www.utrecht.nl/bestuur-en-organisatie/"
    "publicaties/onderzoeksrapporten/voortgangsrapportage-kansengelijkheid-2022) naar de bron. Het "
    "budget bedraagt \xE2\x82\xAC 1.040 per deelnemer en https://www.utrecht.nl/onderwijs/"
    "kansengelijkheid/rapportages/2022/eerste-kwartaal/bijlage-a.pdf is de bijlage.\n\n"
    "## Wat we doen\n\n"
    "- Een lange opsomming met een zin die over meerdere regels doorloopt en een langwoord als "
    "onderwijsachterstandenbeleidsmedewerkersbijeenkomst.\n"
    "  - Een tweede niveau met tekst die ook weer lang genoeg is om af te breken op de regel.\n"
    "    - Een derde niveau, nog smaller, met kansengelijkheidsmonitoringsinstrumentarium.\n"
    "- Kort.\n\n"
    "1. een\n2. twee\n3. drie\n4. vier\n5. vijf\n6. zes\n7. zeven\n8. acht\n9. negen\n\n"
    "> Een citaat van een netwerkpartner over de samenwerking in Overvecht en Kanaleneiland, lang "
    "genoeg voor twee regels.\n\n"
    "    code_met_een_heel_lange_regel_zonder_spaties_die_breder_is_dan_de_pagina_zelf_en_nog_langer\n\n"
    "### Resultaten\n\nTot slot een gewone alinea.\n";

static void check_inside(const char *what)
{
	for (size_t p = 0; p < doc->npages; p++)
		for (size_t i = 0; i < doc->pages[p].n; i++) {
			const struct item *it = &doc->pages[p].items[i];
			if (it->kind != ITEM_TEXT)
				continue;
			ck_assert_msg(it->x >= tpl->margin_left - 0.5 &&
			                  it->x + it->w <= tpl->page_w - tpl->margin_right + 0.5,
			              "%s: page %zu: \"%.*s\" at x %g..%g", what, p + 1, (int)it->len, it->text,
			              (double)it->x, (double)(it->x + it->w));
		}
}

/* BUG (src/layout/layout.c:372, item_label): the label is placed at
 * indent - 4 - its width, and the first-level indent is a fixed 16 pt, so
 * "10." (13.4 pt at 9.5 pt) starts 1.4 pt inside the left margin, "100."
 * even more. Kept out of the suite until fixed. */
START_TEST(list_labels_inside_content_box)
{
	struct doc d;
	const char *md = "1. een\n2. twee\n3. drie\n4. vier\n5. vijf\n6. zes\n7. zeven\n"
	                 "8. acht\n9. negen\n10. tien\n11. elf\n\n98. a\n99. b\n100. c\n";
	ck_assert_int_eq(markdown_parse(ar, md, strlen(md), "t.md", NULL, &d), 0);
	layout_blocks(L, &d, 1);
	doc = layout_finish(L, NULL, NULL);
	check_inside("list");
}
END_TEST

/* BUG (src/layout/layout.c:451, layout_block BLOCK_CODE): a code block is
 * one span with '\n' inside, but linebreak() only breaks at a span that is
 * exactly "\n", so the lines of preformatted text run together. Kept out
 * of the suite until fixed. */
START_TEST(code_block_keeps_lines)
{
	struct doc d;
	const char *md = "    a = 1\n    b = 2\n    c = 3\n";
	ck_assert_int_eq(markdown_parse(ar, md, strlen(md), "t.md", NULL, &d), 0);
	ck_assert_int_eq(d.blocks[0].kind, BLOCK_CODE);
	layout_blocks(L, &d, 1);
	doc = layout_finish(L, NULL, NULL);
	ck_assert_uint_eq(lines_on(0), 3);
}
END_TEST

START_TEST(text_inside_content_box)
{
	struct doc d;
	static struct table_col cols[] = {{"Netwerkpartner met een lange naam", CELL_LEFT, 0},
	                                  {"Rol", CELL_LEFT, 0}, {"Afspraak", CELL_LEFT, 0},
	                                  {"Bedrag 2022", CELL_RIGHT, 0}, {"Bedrag 2023", CELL_RIGHT, 0},
	                                  {"Bedrag 2024", CELL_RIGHT, 0}};
	static const char *const items[] = {"Eerste punt", "Tweede punt met meer tekst dan op een regel "
	                                    "past, zodat het afbreekt binnen de inspringing van de lijst"};
	struct table t = {.cols = cols, .ncols = 6, .nrows = 30, .note = "Bron: eigen administratie."};
	ck_assert_int_eq(markdown_parse(ar, markdown, strlen(markdown), "t.md", NULL, &d), 0);
	ck_assert_uint_gt(d.nblocks, 5);
	for (int round = 0; round < 3; round++) {
		layout_blocks(L, &d, 1);
		layout_list(L, items, 2, round % 2);
		layout_checkbox(L, "Perspectief A: een basis bieden voor iedereen in de stad", round);
		t.rows = make_table(30, 0)->rows;
		for (size_t i = 0; i < t.nrows; i++) {
			const char **c = arena_array(ar, 6, sizeof(char *));
			memcpy(c, t.rows[i].cells, 3 * sizeof(char *));
			c[1] = "Uitvoerder van de regeling voor schoolkosten en kindpakketten";
			c[3] = c[4] = c[5] = "\xE2\x82\xAC\xC2\xA0" "1.040.000";
			t.rows[i].cells = c;
		}
		layout_table(L, &t);
	}
	doc = layout_finish(L, lookup, NULL);
	ck_assert_uint_ge(doc->npages, 4);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	check_inside("document");
}
END_TEST

/* Whether every content text that starts like a figure is one whole
 * figure of figs[0..n). */
static void assert_figures_whole(const char *const *figs, size_t n, size_t nc)
{
	for (size_t p = 0; p < doc->npages; p++)
		for (size_t k = 0; k < doc->pages[p].n; k++) {
			const struct item *it = &doc->pages[p].items[k];
			int whole = 0;
			if (!is_content(it) || it->len == 0 ||
			    !(strchr("0123456789-", it->text[0]) || starts(it, "\xE2\x82\xAC")))
				continue;
			for (size_t f = 0; f < n; f++)
				whole |= equals(it, figs[f]);
			ck_assert_msg(whole, "%zu columns: a figure broken: \"%.*s\"", nc, (int)it->len, it->text);
		}
}

/* A figure is an atom: whatever the number of columns, however long the
 * headers, and for first columns that make the table a hair too wide (the
 * case that once squeezed "€ 541.000" into "€ 541.00" and "0"), no cell
 * line ends inside an amount, a number or a percentage. */
START_TEST(figures_never_broken)
{
	static const char *const figs[] = {"\xE2\x82\xAC\xC2\xA0" "541.000", "-1.234.567,89", "103%", "8.210",
	                                   "\xE2\x82\xAC\xC2\xA0" "65,90"};
	static struct table_col cols[16];
	static const char *cells[3][16];
	static struct table_row rows[3];
	static char word[128];
	for (size_t nc = 3; nc <= 15; nc += 4)
		for (size_t len = 4; len < 60; len++)
			for (size_t thin = 0; thin < 4; thin++) {
				struct table t = {.cols = cols, .ncols = nc, .rows = rows, .nrows = 3};
				memset(word, 0, sizeof word);
				memset(word, 'w', len);
				memset(word + len, 'i', thin);
				new_layout();
				for (size_t j = 0; j < nc; j++) {
					cols[j].header = j == 0 ? "Prestatie" : j % 3 ? "Kosten" : "Gerealiseerde kosten per eenheid";
					cols[j].align = j ? CELL_RIGHT : CELL_LEFT;
				}
				for (size_t i = 0; i < 3; i++) {
					cells[i][0] = word;
					for (size_t j = 1; j < nc; j++)
						cells[i][j] = figs[(i + j) % 5];
					rows[i].cells = cells[i];
				}
				layout_table(L, &t);
				doc = layout_finish(L, NULL, NULL);
				assert_figures_whole(figs, 5, nc);
			}
}
END_TEST

static Suite *layout_suite(void)
{
	Suite *s = suite_create("layout");
	TCase *tc = tcase_create("layout");
	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, heading_kept_with_paragraph);
	tcase_add_test(tc, heading_never_alone);
	tcase_add_test(tc, no_orphans_or_widows);
	tcase_add_test(tc, long_table_repeats_header);
	tcase_add_test(tc, total_row_never_first);
	tcase_add_test(tc, toc_points_at_heading_pages);
	tcase_add_test(tc, running_footer_page_numbers);
	tcase_add_test(tc, text_inside_content_box);
	tcase_add_test(tc, heading_never_alone_three_lines);
	tcase_add_test(tc, list_labels_inside_content_box);
	tcase_add_test(tc, code_block_keeps_lines);
	tcase_add_test(tc, split_table_with_wide_first_column);
	tcase_add_test(tc, figures_never_broken);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(layout_suite());
}
