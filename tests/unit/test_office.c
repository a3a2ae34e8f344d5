/* The Word and Excel readers on what LibreOffice's own files do not show:
 * Word's character styles, list numbering that goes on after a paragraph,
 * nested list levels, HYPERLINK fields, hidden text, merged cells,
 * footnotes in the order of their references, tracked changes; a
 * workbook's shared and inline strings, a percentage cell, a figure typed
 * as text; and the zip limits. Each document is built in memory. */
#include <check.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "check_main.h"
#include "input/docx.h"
#include "input/xlsx.h"
#include "util/arena.h"
#include "util/diag.h"

#define W                                                                                          \
	"xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "                \
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

static struct arena *ar;
static char *zipbuf;
static size_t ziplen;

static void setup(void)
{
	ar = arena_new();
	diag_reset();
	diag_set_stream(fopen("/dev/null", "w"));
}

static void teardown(void)
{
	arena_free(ar);
	free(zipbuf);
	zipbuf = NULL;
}

/* Packs name/content pairs (NULL-terminated) into zipbuf. */
static void pack(const char *const *parts)
{
	zip_error_t err;
	zip_source_t *out;
	zip_t *z;
	zip_stat_t st;
	zip_error_init(&err);
	out = zip_source_buffer_create(NULL, 0, 0, &err);
	zip_source_keep(out);
	z = zip_open_from_source(out, ZIP_TRUNCATE, &err);
	for (size_t i = 0; parts[i] != NULL; i += 2) {
		zip_source_t *s = zip_source_buffer(z, parts[i + 1], strlen(parts[i + 1]), 0);
		ck_assert_int_ge(zip_file_add(z, parts[i], s, 0), 0);
	}
	ck_assert_int_eq(zip_close(z), 0);
	ck_assert_int_eq(zip_source_open(out), 0);
	ck_assert_int_eq(zip_source_stat(out, &st), 0);
	zipbuf = malloc(st.size);
	ziplen = (size_t)zip_source_read(out, zipbuf, st.size);
	zip_source_close(out);
	zip_source_free(out);
	zip_error_fini(&err);
}

static const char *text_of(const struct block *b)
{
	static char buf[512];
	buf[0] = '\0';
	for (size_t i = 0; i < b->text.nspans; i++)
		strncat(buf, b->text.spans[i].text, sizeof buf - strlen(buf) - 1);
	return buf;
}

static const char styles[] =
    "<w:styles " W ">"
    "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"Nadruk\"><w:rPr><w:i/></w:rPr></w:style>"
    "</w:styles>";
static const char numbering[] =
    "<w:numbering " W ">"
    "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
    "w:val=\"decimal\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
static const char rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId9\" Type=\"hyperlink\" Target=\"https://www.utrecht.nl/\" "
    "TargetMode=\"External\"/>"
    "</Relationships>";

#define ITEM(lvl, text)                                                                            \
	"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" lvl "\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>" \
	"<w:r><w:t>" text "</w:t></w:r></w:p>"

START_TEST(word_lists_styles_links)
{
	static const char doc[] =
	    "<w:document " W "><w:body>"
	    "<w:p><w:pPr><w:pStyle w:val=\"Kop2\"/></w:pPr><w:r><w:t>Kop</w:t></w:r></w:p>"
	    "<w:p><w:r><w:rPr><w:rStyle w:val=\"Nadruk\"/></w:rPr><w:t>schuin</w:t></w:r>"
	    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK "
	    "\"https://a.nl/\" </w:instrText></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t> veld</w:t></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
	    "<w:hyperlink r:id=\"rId9\"><w:r><w:t> link</w:t></w:r></w:hyperlink></w:p>" ITEM(
	        "0", "een") ITEM("1", "sub")
	        ITEM("0", "twee") "<w:p><w:r><w:t>tussendoor</w:t></w:r></w:p>" ITEM(
	            "0", "drie") "</w:body></w:document>";
	const char *parts[] = {"word/document.xml",
	                       doc,
	                       "word/styles.xml",
	                       styles,
	                       "word/numbering.xml",
	                       numbering,
	                       "word/_rels/document.xml.rels",
	                       rels,
	                       NULL};
	struct doc d;
	const struct block *p, *list;
	pack(parts);
	ck_assert_int_eq(docx_parse(ar, zipbuf, ziplen, "t.docx", &d), 0);
	ck_assert_uint_eq(d.nblocks, 5);
	ck_assert_int_eq(d.blocks[0].kind, BLOCK_HEADING);
	ck_assert_int_eq(d.blocks[0].level, 2);
	p = &d.blocks[1];
	ck_assert_str_eq(text_of(p), "schuin veld link");
	ck_assert_uint_eq(p->text.spans[0].style, SPAN_ITALIC);   /* from the character style */
	ck_assert_str_eq(p->text.spans[1].link, "https://a.nl/"); /* the field's target */
	ck_assert_str_eq(p->text.spans[2].link, "https://www.utrecht.nl/");
	list = &d.blocks[2];
	ck_assert_int_eq(list->kind, BLOCK_LIST);
	ck_assert_int_eq(list->ordered, 1);
	ck_assert_uint_eq(list->nchildren, 2);
	ck_assert_uint_eq(list->children[0].nchildren, 2); /* "een" and the nested list */
	ck_assert_int_eq(list->children[0].children[1].kind, BLOCK_LIST);
	ck_assert_int_eq(list->children[0].children[1].ordered, 0);
	ck_assert_int_eq(d.blocks[3].kind, BLOCK_PARAGRAPH);
	ck_assert_int_eq(d.blocks[4].kind, BLOCK_LIST);
	ck_assert_int_eq(d.blocks[4].start, 3); /* goes on counting, as Word does */
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
}
END_TEST

START_TEST(word_tables_notes_changes)
{
	static const char doc[] =
	    "<w:document " W "><w:body>"
	    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</"
	    "w:t></w:r></w:p></w:tc></w:tr>"
	    "<w:tr><w:tc><w:tcPr><w:gridSpan "
	    "w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>breed</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
	    "<w:p><w:r><w:t>tekst</w:t></w:r><w:r><w:footnoteReference w:id=\"7\"/></w:r>"
	    "<w:ins><w:r><w:t> erbij</w:t></w:r></w:ins><w:del><w:r><w:delText> "
	    "eraf</w:delText></w:r></w:del>"
	    "<w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>"
	    "</w:body></w:document>";
	static const char notes[] =
	    "<w:footnotes " W
	    "><w:footnote w:id=\"3\"><w:p><w:r><w:t>tweede</w:t></w:r></w:p></w:footnote>"
	    "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> "
	    "eerste</w:t></w:r></w:p></w:footnote>"
	    "</w:footnotes>";
	const char *parts[] = {"word/document.xml", doc, "word/footnotes.xml", notes, NULL};
	struct doc d;
	const struct block *t;
	pack(parts);
	ck_assert_int_eq(docx_parse(ar, zipbuf, ziplen, "t.docx", &d), 0);
	ck_assert_uint_eq(d.nblocks, 3);
	t = &d.blocks[0];
	ck_assert_int_eq(t->kind, BLOCK_TABLE);
	ck_assert_uint_eq(t->ncols, 2);
	ck_assert_uint_eq(t->children[1].nchildren, 2); /* the merged cell and its blank twin */
	ck_assert_str_eq(text_of(&t->children[1].children[0]), "breed");
	ck_assert_str_eq(text_of(&d.blocks[1]), "tekst[1] erbij[2]");
	ck_assert_int_eq(d.blocks[2].kind, BLOCK_NOTES);
	ck_assert_str_eq(text_of(&d.blocks[2].children[0].children[0]), "eerste");
	ck_assert_str_eq(text_of(&d.blocks[2].children[1].children[0]), "tweede");
	ck_assert_uint_eq(diag_count(LEVEL_WAARSCHUWING), 2); /* merged cells, tracked changes */
}
END_TEST

START_TEST(word_refused)
{
	static const char doctype[] =
	    "<!DOCTYPE x [<!ENTITY a \"b\">]><w:document " W "><w:body/></w:document>";
	const char *p1[] = {"word/document.xml", doctype, NULL};
	const char *p2[] = {"word/styles.xml", styles, NULL};
	struct doc d;
	ck_assert_int_eq(docx_parse(ar, "PK\3\4 no zip", 11, "t.docx", &d), -1);
	pack(p1);
	ck_assert_int_eq(docx_parse(ar, zipbuf, ziplen, "t.docx", &d), -1);
	free(zipbuf);
	pack(p2);
	ck_assert_int_eq(docx_parse(ar, zipbuf, ziplen, "t.docx", &d), -1);
	ck_assert_uint_eq(d.nblocks, 0);
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 3);
}
END_TEST

static const char wb[] =
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Indicatoren\" r:id=\"rId1\"/><sheet name=\"reeksen\" r:id=\"rId2\"/>"
    "</sheets></workbook>";
static const char wbrels[] =
    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/a.xml\"/>"
    "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/b.xml\"/></Relationships>";
static const char sst[] = "<sst><si><t>Naam</t></si><si><r><t>Rich</t></r><r><t>ting</t></r></si>"
                          "<si><t>Bereik</t></si><si><t>hoger is beter</t></si></sst>";
static const char xstyles[] =
    "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0&quot;%&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf "
    "numFmtId=\"165\"/></cellXfs></styleSheet>";

START_TEST(workbook_cells)
{
	static const char a[] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
	                        "t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
	                        "<c r=\"C1\" t=\"inlineStr\"><is><t>Streefwaarde</t></is></c></row>"
	                        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" "
	                        "t=\"s\"><v>3</v></c><c r=\"C3\" s=\"1\"><v>12.5</v></c></row>"
	                        "</sheetData></worksheet>";
	static const char b[] = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
	                        "t=\"inlineStr\"><is><t>Indicator</t></is></c>"
	                        "<c r=\"B1\" t=\"inlineStr\"><is><t>Periode</t></is></c><c "
	                        "r=\"C1\" t=\"inlineStr\"><is><t>Waarde</t></is></c></row>"
	                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c "
	                        "r=\"B2\"><v>2022</v></c><c r=\"C2\"><v>40</v></c></row>"
	                        "</sheetData></worksheet>";
	const char *parts[] = {"xl/workbook.xml",
	                       wb,
	                       "xl/_rels/workbook.xml.rels",
	                       wbrels,
	                       "xl/sharedStrings.xml",
	                       sst,
	                       "xl/styles.xml",
	                       xstyles,
	                       "xl/worksheets/a.xml",
	                       a,
	                       "xl/worksheets/b.xml",
	                       b,
	                       NULL};
	struct diag_origin *o = NULL;
	size_t n = 0;
	json_t *j, *ind;
	pack(parts);
	j = xlsx_read(ar, zipbuf, ziplen, "t.xlsx", &o, &n);
	ck_assert_ptr_nonnull(j);
	ind = json_array_get(json_object_get(j, "indicatoren"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(ind, "naam")), "Bereik");
	ck_assert_str_eq(json_string_value(json_object_get(ind, "richting")), "hoger_is_beter");
	/* the % in quotes is text, not a percentage format: 12.5 as typed */
	ck_assert(json_real_value(json_object_get(ind, "streefwaarde")) == 12.5);
	ck_assert_str_eq(json_string_value(json_object_get(
	                     json_array_get(json_object_get(ind, "reeks"), 0), "periode")),
	                 "2022");
	ck_assert_uint_gt(n, 5);
	ck_assert_int_eq(diag_worst(), LEVEL_OK);
	json_decref(j);
	free(o);
}
END_TEST

START_TEST(workbook_mistakes)
{
	static const char a[] =
	    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
	    "t=\"inlineStr\"><is><t>Streefwaarde</t></is></c>"
	    "<c r=\"C1\" t=\"inlineStr\"><is><t>Basiswaarde</t></is></c><c r=\"D1\" "
	    "t=\"inlineStr\"><is><t>Streefjaar</t></is></c></row>"
	    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"2\"><v>0.08</v></c>"
	    "<c r=\"C2\" t=\"inlineStr\"><is><t>\xE2\x82\xAC 1.040,50</t></is></c><c r=\"D2\" "
	    "t=\"e\"><v>#DIV/0!</v></c></row>"
	    "</sheetData></worksheet>";
	const char *parts[] = {"xl/workbook.xml",
	                       wb,
	                       "xl/_rels/workbook.xml.rels",
	                       wbrels,
	                       "xl/sharedStrings.xml",
	                       sst,
	                       "xl/styles.xml",
	                       xstyles,
	                       "xl/worksheets/a.xml",
	                       a,
	                       "xl/worksheets/b.xml",
	                       "<worksheet/>",
	                       NULL};
	struct diag_origin *o = NULL;
	size_t n = 0;
	json_t *j;
	pack(parts);
	j = xlsx_read(ar, zipbuf, ziplen, "t.xlsx", &o, &n);
	ck_assert_ptr_nonnull(j);                     /* the rest still goes to the loader */
	ck_assert_uint_eq(diag_count(LEVEL_FOUT), 3); /* percentage, amount as text, Excel error */
	json_decref(j);
	free(o);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("office");
	TCase *tc = tcase_create("office");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, word_lists_styles_links);
	tcase_add_test(tc, word_tables_notes_changes);
	tcase_add_test(tc, word_refused);
	tcase_add_test(tc, workbook_cells);
	tcase_add_test(tc, workbook_mistakes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
