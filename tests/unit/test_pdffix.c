/* Unit tests for the libharu post-processing in render/pdffix: builds PDFs
 * with Open Sans through libharu's UTF-8 encoder, applies the fixes and
 * checks the result with poppler (pdftotext) and qpdf. Run from the top
 * of the tree (fonts/ must be reachable). */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include "render/pdffix.h"

#define FONT_REGULAR "fonts/OpenSans-Regular.ttf"
#define FONT_BOLD "fonts/OpenSans-Bold.ttf"

static const char sample[] =
    "Meedoen en Schuldenvrij – € 1.040 ‘coördinatie’ één “quotes” ĳ";
static const char *const sample_parts[] = {
	"Meedoen en Schuldenvrij", "– € 1.040", "‘coördinatie’", "één",
	"“quotes”", "ĳ",
};

/* Last libharu error seen by the handler (each test runs in its own
 * process). */
static HPDF_STATUS last_error;

static void on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *data)
{
	(void)detail_no;
	(void)data;
	last_error = error_no;
}

/* A growable byte string. */
struct text {
	char *s;
	size_t len;
};

static void text_add(struct text *t, const char *p, size_t n)
{
	t->s = realloc(t->s, t->len + n + 1);
	ck_assert_ptr_nonnull(t->s);
	memcpy(t->s + t->len, p, n);
	t->len += n;
	t->s[t->len] = '\0';
}

/* Appends code point cp (BMP) as UTF-8. */
static void text_add_cp(struct text *t, unsigned cp)
{
	char u[3];

	if (cp < 0x80) {
		u[0] = (char)cp;
		text_add(t, u, 1);
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		text_add(t, u, 2);
	} else {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		text_add(t, u, 3);
	}
}

/* Runs cmd through the shell and returns everything it wrote to its
 * stdout (NUL-terminated, caller frees); *status gets the exit status,
 * or -1 when the command did not exit normally. */
static char *run(const char *cmd, int *status)
{
	struct text out = { NULL, 0 };
	char chunk[4096];
	size_t n;
	FILE *p;
	int st;

	p = popen(cmd, "r");
	ck_assert_msg(p != NULL, "popen failed: %s", cmd);
	text_add(&out, "", 0);
	while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
		text_add(&out, chunk, n);
	st = pclose(p);
	*status = st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	return out.s;
}

/* Number of times needle occurs in hay. */
static unsigned count_of(const char *hay, const char *needle)
{
	unsigned n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

/* Creates an empty temporary file for a PDF; path must hold 32 bytes. */
static void temp_pdf(char *path)
{
	int fd;

	strcpy(path, "/tmp/test_pdffix_XXXXXX");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
}

/* A new document with both Open Sans faces loaded under UTF-8. */
static HPDF_Doc new_doc(int compress, HPDF_Font *regular, HPDF_Font *bold)
{
	HPDF_Doc pdf;
	const char *name;

	ck_assert_msg(access(FONT_REGULAR, R_OK) == 0 &&
	    access(FONT_BOLD, R_OK) == 0, "run from the top of the tree");
	last_error = HPDF_OK;
	pdf = HPDF_New(on_error, NULL);
	ck_assert_ptr_nonnull(pdf);
	if (compress)
		ck_assert_int_eq(HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL),
		    HPDF_OK);
	ck_assert_int_eq(HPDF_UseUTFEncodings(pdf), HPDF_OK);
	name = HPDF_LoadTTFontFromFile(pdf, FONT_REGULAR, HPDF_TRUE);
	ck_assert_ptr_nonnull(name);
	*regular = HPDF_GetFont(pdf, name, "UTF-8");
	name = HPDF_LoadTTFontFromFile(pdf, FONT_BOLD, HPDF_TRUE);
	ck_assert_ptr_nonnull(name);
	*bold = HPDF_GetFont(pdf, name, "UTF-8");
	ck_assert_ptr_nonnull(*regular);
	ck_assert_ptr_nonnull(*bold);
	return pdf;
}

static void show(HPDF_Page page, HPDF_Font font, HPDF_REAL size, HPDF_REAL y,
    const char *s)
{
	ck_assert_int_eq(HPDF_Page_BeginText(page), HPDF_OK);
	ck_assert_int_eq(HPDF_Page_SetFontAndSize(page, font, size), HPDF_OK);
	ck_assert_int_eq(HPDF_Page_TextOut(page, 40, y, s), HPDF_OK);
	ck_assert_int_eq(HPDF_Page_EndText(page), HPDF_OK);
}

/* Builds the two-page sample document (both faces on each page), applies
 * both fixes and saves it to path. */
static void build_sample(const char *path, int compress)
{
	HPDF_Font regular, bold;
	HPDF_Doc pdf = new_doc(compress, &regular, &bold);
	char head[32];
	int i;

	for (i = 1; i <= 2; i++) {
		HPDF_Page page = HPDF_AddPage(pdf);

		ck_assert_ptr_nonnull(page);
		snprintf(head, sizeof head, "Pagina %d", i);
		show(page, bold, 16, 780, head);
		show(page, regular, 11, 740, sample);
		show(page, bold, 11, 720, sample);
	}
	ck_assert_int_eq(pdffix_tounicode(pdf), 0);
	ck_assert_int_eq(pdffix_set_lang(pdf, "nl-NL"), 0);
	ck_assert_int_eq(HPDF_SaveToFile(pdf, path), HPDF_OK);
	ck_assert_uint_eq(last_error, HPDF_OK);
	HPDF_Free(pdf);
}

/* pdftotext's output for path, with its stderr merged in. */
static char *extract(const char *path)
{
	char cmd[128];
	char *out;
	int st;

	snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 %s - 2>&1", path);
	out = run(cmd, &st);
	ck_assert_msg(st == 0, "pdftotext exit %d: %s", st, out);
	return out;
}

static void assert_no_poppler_noise(const char *out)
{
	ck_assert_msg(strstr(out, "Syntax Error") == NULL &&
	    strstr(out, "Syntax Warning") == NULL &&
	    strstr(out, "Invalid") == NULL && strstr(out, "Error") == NULL,
	    "poppler complained:\n%s", out);
}

/* Decoded data of every /ToUnicode stream in path, concatenated with a
 * "%%stream\n" line before each; *nstreams gets their number. libharu
 * writes no object streams, so the font dictionaries are plain text in
 * the file even when compression is on. */
static char *tounicode_streams(const char *path, unsigned *nstreams)
{
	struct text all = { NULL, 0 }, file = { NULL, 0 };
	char chunk[4096], cmd[160];
	const char *key = "/ToUnicode ";
	size_t n, i;
	FILE *f;

	f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		text_add(&file, chunk, n);
	fclose(f);
	text_add(&all, "", 0);
	*nstreams = 0;
	for (i = 0; i + strlen(key) < file.len; i++) {
		unsigned obj;
		char *data;
		int st;

		if (memcmp(file.s + i, key, strlen(key)) != 0 ||
		    sscanf(file.s + i + strlen(key), "%u 0 R", &obj) != 1)
			continue;
		snprintf(cmd, sizeof cmd, "qpdf --show-object=%u "
		    "--filtered-stream-data %s", obj, path);
		data = run(cmd, &st);
		ck_assert_msg(st == 0, "qpdf exit %d for object %u", st, obj);
		text_add(&all, "%%stream\n", 9);
		text_add(&all, data, strlen(data));
		free(data);
		(*nstreams)++;
	}
	free(file.s);
	return all.s;
}

/* What check_cmaps() found. */
struct cmap_stats {
	unsigned char_blocks, range_blocks; /* beginbfchar, beginbfrange */
	unsigned chars, ranges;             /* entries */
	unsigned max_char_block, max_range_block;
};

/* Checks every CMap in cmaps (from tounicode_streams()) line by line:
 * ToUnicode header, a single 2-byte codespace, only bfchar/bfrange
 * blocks of 1 to 100 entries whose count matches, identity mappings
 * (this encoder's code is the Unicode value) and ranges that stay within
 * one high byte. */
static struct cmap_stats check_cmaps(const char *cmaps)
{
	struct cmap_stats st = { 0, 0, 0, 0, 0, 0 };
	const char *p = cmaps;
	char line[128], word[16];
	unsigned want = 0, got = 0;
	int in = 0; /* 0 none, 1 bfchar, 2 bfrange */

	ck_assert_ptr_null(strstr(cmaps, "cidrange"));
	ck_assert_ptr_null(strstr(cmaps, "notdefrange"));
	ck_assert_uint_eq(count_of(cmaps, "%%stream\n"),
	    count_of(cmaps, "/CMapType 2 def\n"));
	ck_assert_uint_eq(count_of(cmaps, "%%stream\n"),
	    count_of(cmaps, "1 begincodespacerange\n<0000> <FFFF>\n"
	    "endcodespacerange\n"));
	while (*p != '\0') {
		size_t n = strcspn(p, "\n");
		unsigned a, b, c, k;

		ck_assert_uint_lt(n, sizeof line);
		memcpy(line, p, n);
		line[n] = '\0';
		p += n + (p[n] == '\n');
		if (in != 0 && strcmp(line, in == 1 ? "endbfchar" :
		    "endbfrange") == 0) {
			ck_assert_uint_eq(got, want);
			in = 0;
		} else if (in == 1) {
			ck_assert_int_eq(sscanf(line, "<%4X> <%4X>", &a, &b), 2);
			ck_assert_uint_eq(a, b);
			got++;
			st.chars++;
		} else if (in == 2) {
			ck_assert_int_eq(sscanf(line, "<%4X> <%4X> <%4X>", &a,
			    &b, &c), 3);
			ck_assert_uint_lt(a, b);
			ck_assert_uint_eq(a >> 8, b >> 8);
			ck_assert_uint_eq(a, c);
			got++;
			st.ranges++;
		} else if (sscanf(line, "%u %15s", &k, word) == 2 &&
		    (strcmp(word, "beginbfchar") == 0 ||
		    strcmp(word, "beginbfrange") == 0)) {
			ck_assert_uint_ge(k, 1);
			ck_assert_uint_le(k, 100);
			want = k;
			got = 0;
			if (strcmp(word, "beginbfchar") == 0) {
				in = 1;
				st.char_blocks++;
				if (k > st.max_char_block)
					st.max_char_block = k;
			} else {
				in = 2;
				st.range_blocks++;
				if (k > st.max_range_block)
					st.max_range_block = k;
			}
		}
	}
	ck_assert_int_eq(in, 0);
	return st;
}

START_TEST(sample_extracts_cleanly)
{
	char path[32];
	char *out;
	size_t i;

	temp_pdf(path);
	build_sample(path, _i == 0);
	out = extract(path);
	assert_no_poppler_noise(out);
	ck_assert_msg(count_of(out, sample) == 4, "text was:\n%s", out);
	for (i = 0; i < sizeof sample_parts / sizeof *sample_parts; i++)
		ck_assert_uint_eq(count_of(out, sample_parts[i]), 4);
	ck_assert_ptr_nonnull(strstr(out, "Pagina 1"));
	ck_assert_ptr_nonnull(strstr(out, "Pagina 2"));
	ck_assert_uint_eq(count_of(out, "\f"), 2);
	free(out);
	unlink(path);
}
END_TEST

START_TEST(sample_passes_qpdf)
{
	char path[32], cmd[128];
	char *out;
	int st;

	temp_pdf(path);
	build_sample(path, _i == 0);
	snprintf(cmd, sizeof cmd, "qpdf --check %s 2>&1", path);
	out = run(cmd, &st);
	ck_assert_msg(st == 0, "qpdf --check exit %d:\n%s", st, out);
	ck_assert_ptr_nonnull(strstr(out, "No syntax or stream encoding errors"));
	ck_assert_ptr_null(strstr(out, "WARNING"));
	free(out);
	unlink(path);
}
END_TEST

START_TEST(sample_has_lang)
{
	char path[32], cmd[128];
	char *out, *root;
	unsigned obj;
	int st;

	temp_pdf(path);
	build_sample(path, _i == 0);
	snprintf(cmd, sizeof cmd, "qpdf --show-object=trailer %s", path);
	out = run(cmd, &st);
	ck_assert_int_eq(st, 0);
	root = strstr(out, "/Root ");
	ck_assert_ptr_nonnull(root);
	ck_assert_int_eq(sscanf(root, "/Root %u 0 R", &obj), 1);
	free(out);
	snprintf(cmd, sizeof cmd, "qpdf --show-object=%u %s", obj, path);
	out = run(cmd, &st);
	ck_assert_int_eq(st, 0);
	ck_assert_msg(strstr(out, "/Type /Catalog") != NULL &&
	    strstr(out, "/Lang (nl-NL)") != NULL, "catalog: %s", out);
	free(out);
	unlink(path);
}
END_TEST

START_TEST(sample_cmap_syntax)
{
	struct cmap_stats st;
	char path[32];
	unsigned n;
	char *cmaps;

	temp_pdf(path);
	build_sample(path, _i == 0);
	cmaps = tounicode_streams(path, &n);
	ck_assert_uint_eq(n, 2);
	st = check_cmaps(cmaps);
	ck_assert_uint_ge(st.char_blocks, 2);
	/* Regular: the sample's letters; bold also "Pagina 12". */
	ck_assert_uint_gt(st.chars + st.ranges, 20);
	free(cmaps);
	unlink(path);
}
END_TEST

/* More than 100 single codes (every other code point of a few blocks) in
 * the regular face and more than 100 two-code runs in the bold face
 * split into several blocks, and all of it still extracts. */
START_TEST(many_codes_split_into_blocks)
{
	static const unsigned blocks[][2] = {
		{ 0x00C0, 0x017F }, { 0x0410, 0x044F }, { 0x1EA0, 0x1EF9 },
	};
	struct text singles = { NULL, 0 }, pairs = { NULL, 0 };
	struct cmap_stats st;
	HPDF_Font regular, bold;
	HPDF_Doc pdf;
	HPDF_Page page;
	char path[32], *out, *cmaps;
	unsigned b, c, n;
	HPDF_REAL y = 800;
	size_t at, len;

	text_add(&singles, "", 0);
	text_add(&pairs, "", 0);
	for (b = 0; b < 3; b++) {
		for (c = blocks[b][0]; c <= blocks[b][1]; c += 2)
			text_add_cp(&singles, c);
		for (c = blocks[b][0]; c + 1 <= blocks[b][1]; c += 3) {
			text_add_cp(&pairs, c);
			text_add_cp(&pairs, c + 1);
		}
	}
	pdf = new_doc(_i == 0, &regular, &bold);
	page = HPDF_AddPage(pdf);
	ck_assert_ptr_nonnull(page);
	/* Lines of about 40 characters, cut at character boundaries. */
	for (at = 0; at < singles.len; at += len, y -= 14) {
		char line[200];

		for (len = 0; at + len < singles.len && len < 80; len++)
			;
		while (at + len < singles.len &&
		    (singles.s[at + len] & 0xC0) == 0x80)
			len++;
		memcpy(line, singles.s + at, len);
		line[len] = '\0';
		show(page, regular, 10, y, line);
	}
	for (at = 0; at < pairs.len; at += len, y -= 14) {
		char line[200];

		for (len = 0; at + len < pairs.len && len < 80; len++)
			;
		while (at + len < pairs.len && (pairs.s[at + len] & 0xC0) == 0x80)
			len++;
		memcpy(line, pairs.s + at, len);
		line[len] = '\0';
		show(page, bold, 10, y, line);
	}
	ck_assert_int_eq(pdffix_tounicode(pdf), 0);
	temp_pdf(path);
	ck_assert_int_eq(HPDF_SaveToFile(pdf, path), HPDF_OK);
	ck_assert_uint_eq(last_error, HPDF_OK);
	HPDF_Free(pdf);

	cmaps = tounicode_streams(path, &n);
	ck_assert_uint_eq(n, 2);
	st = check_cmaps(cmaps);
	ck_assert_uint_gt(st.chars, 100);
	ck_assert_uint_gt(st.ranges, 100);
	ck_assert_uint_ge(st.char_blocks, 3);
	ck_assert_uint_ge(st.range_blocks, 3);
	ck_assert_uint_eq(st.max_char_block, 100);
	ck_assert_uint_eq(st.max_range_block, 100);
	free(cmaps);

	/* Every line must come back; compare without line breaks. */
	out = extract(path);
	assert_no_poppler_noise(out);
	{
		struct text flat = { NULL, 0 };
		const char *q;

		text_add(&flat, "", 0);
		for (q = out; *q != '\0'; q++)
			if (*q != '\n' && *q != '\f')
				text_add(&flat, q, 1);
		ck_assert_msg(strstr(flat.s, singles.s) != NULL,
		    "singles lost:\n%s", out);
		ck_assert_msg(strstr(flat.s, pairs.s) != NULL,
		    "pairs lost:\n%s", out);
		free(flat.s);
	}
	free(out);
	free(singles.s);
	free(pairs.s);
	unlink(path);
}
END_TEST

/* Text drawn after a first call is picked up by a second one, and a
 * second call does not duplicate anything. */
START_TEST(second_call_picks_up_new_text)
{
	struct cmap_stats once, twice;
	HPDF_Font regular, bold;
	HPDF_Doc pdf;
	HPDF_Page page;
	char path[32], *out, *cmaps;
	unsigned n;

	pdf = new_doc(1, &regular, &bold);
	page = HPDF_AddPage(pdf);
	show(page, regular, 12, 700, "abc");
	ck_assert_int_eq(pdffix_tounicode(pdf), 0);
	show(page, regular, 12, 680, "xyz € ĳ");
	ck_assert_int_eq(pdffix_tounicode(pdf), 0);
	temp_pdf(path);
	ck_assert_int_eq(HPDF_SaveToFile(pdf, path), HPDF_OK);
	cmaps = tounicode_streams(path, &n);
	once = check_cmaps(cmaps);
	free(cmaps);
	out = extract(path);
	assert_no_poppler_noise(out);
	ck_assert_ptr_nonnull(strstr(out, "abc"));
	ck_assert_ptr_nonnull(strstr(out, "xyz € ĳ"));
	free(out);

	ck_assert_int_eq(pdffix_tounicode(pdf), 0);
	ck_assert_int_eq(HPDF_SaveToFile(pdf, path), HPDF_OK);
	cmaps = tounicode_streams(path, &n);
	twice = check_cmaps(cmaps);
	free(cmaps);
	ck_assert_uint_eq(once.chars, twice.chars);
	ck_assert_uint_eq(once.ranges, twice.ranges);
	ck_assert_uint_eq(last_error, HPDF_OK);
	HPDF_Free(pdf);
	unlink(path);
}
END_TEST

/* The CIDToGIDMap maps the used codes to their glyphs, every other code
 * to glyph 0, and ends after the highest used code. */
START_TEST(cid_map_covers_used_codes_only)
{
	HPDF_Font regular, bold;
	HPDF_Doc pdf = new_doc(1, &regular, &bold);
	HPDF_Page page = HPDF_AddPage(pdf);
	HPDF_FontAttr attr;
	HPDF_Stream st;
	HPDF_UINT32 size;
	unsigned char *map;

	show(page, regular, 12, 700, "Az \xE2\x82\xAC"); /* A, z, space, euro sign */
	ck_assert_int_eq(pdffix_tounicode(pdf), 0);
	attr = regular->attr;
	ck_assert_ptr_nonnull(attr->map_stream);
	st = attr->map_stream->stream;
	size = HPDF_Stream_Size(st);
	ck_assert_uint_eq(size, 2u * (0x20ACu + 1));
	map = malloc(size);
	ck_assert_int_eq(HPDF_Stream_Seek(st, 0, HPDF_SEEK_SET), HPDF_OK);
	ck_assert_int_eq(HPDF_Stream_Read(st, map, &size), HPDF_OK);
	for (unsigned c = 0; c <= 0x20AC; c++) {
		unsigned gid = (unsigned)map[2 * c] << 8 | map[2 * c + 1];
		int used = c == 'A' || c == 'z' || c == ' ' || c == 0x20AC;
		if (used)
			ck_assert_uint_eq(gid, HPDF_TTFontDef_GetGlyphid(attr->fontdef, (HPDF_UINT16)c));
		if (used)
			ck_assert_uint_ne(gid, 0);
		else if (c != 0xA0) /* no-break space shares the space's glyph */
			ck_assert_uint_eq(gid, 0);
	}
	free(map);
	{ /* /W: widths of used codes only, libharu's values */
		HPDF_Array w = HPDF_Dict_GetItem(attr->descendant_font, "W", HPDF_OCLASS_ARRAY);
		unsigned covered = 0;
		ck_assert_ptr_nonnull(w);
		for (HPDF_UINT i = 0; i + 1 < w->list->count; i += 2) {
			HPDF_Number first = HPDF_Array_GetItem(w, i, HPDF_OCLASS_NUMBER);
			HPDF_Array run = HPDF_Array_GetItem(w, i + 1, HPDF_OCLASS_ARRAY);
			ck_assert_ptr_nonnull(first);
			ck_assert_ptr_nonnull(run);
			for (HPDF_UINT k = 0; k < run->list->count; k++) {
				unsigned c = (unsigned)first->value + k;
				HPDF_Number n = HPDF_Array_GetItem(run, k, HPDF_OCLASS_NUMBER);
				ck_assert_msg(c == 'A' || c == 'z' || c == ' ' || c == 0x20AC || c == 0xA0, "code %u in /W", c);
				ck_assert_int_eq(n->value, HPDF_TTFontDef_GetCharWidth(attr->fontdef, (HPDF_UINT16)c));
				covered++;
			}
		}
		ck_assert_uint_ge(covered, 4);
	}
	HPDF_Free(pdf);
}
END_TEST

START_TEST(error_state_refused)
{
	HPDF_Font regular, bold;
	HPDF_Doc pdf;

	ck_assert_int_eq(pdffix_tounicode(NULL), -1);
	ck_assert_int_eq(pdffix_set_lang(NULL, "nl-NL"), -1);
	pdf = new_doc(1, &regular, &bold);
	ck_assert_ptr_null(HPDF_GetFont(pdf, "NoSuchFont", "UTF-8"));
	ck_assert_uint_ne(last_error, HPDF_OK);
	ck_assert_int_eq(pdffix_tounicode(pdf), -1);
	ck_assert_int_eq(pdffix_set_lang(pdf, "nl-NL"), -1);
	HPDF_ResetError(pdf);
	ck_assert_int_eq(pdffix_tounicode(pdf), 0);
	ck_assert_int_eq(pdffix_set_lang(pdf, "nl-NL"), 0);
	HPDF_Free(pdf);
}
END_TEST

START_TEST(bad_lang_refused)
{
	static const char *const bad[] = {
		"", "nl NL", "nl(NL)", "nl\\NL", "n\xc3\xa9",
		"a123456789b123456789c123456789d123456789e123456789f123456789abcd",
	};
	HPDF_Font regular, bold;
	HPDF_Doc pdf;
	size_t i;

	pdf = new_doc(0, &regular, &bold);
	ck_assert_int_eq(pdffix_set_lang(pdf, NULL), -1);
	for (i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_msg(pdffix_set_lang(pdf, bad[i]) == -1, "accepted %s",
		    bad[i]);
	ck_assert_int_eq(pdffix_set_lang(pdf, "nl"), 0);
	ck_assert_int_eq(pdffix_set_lang(pdf, "nl-NL"), 0);
	ck_assert_uint_eq(last_error, HPDF_OK);
	HPDF_Free(pdf);
}
END_TEST

static Suite *pdffix_suite(void)
{
	Suite *s = suite_create("pdffix");
	TCase *doc = tcase_create("document");
	TCase *api = tcase_create("api");

	/* Loop index 0: compression on (HPDF_COMP_ALL); 1: off. */
	tcase_set_timeout(doc, 60);
	tcase_add_loop_test(doc, sample_extracts_cleanly, 0, 2);
	tcase_add_loop_test(doc, sample_passes_qpdf, 0, 2);
	tcase_add_loop_test(doc, sample_has_lang, 0, 2);
	tcase_add_loop_test(doc, sample_cmap_syntax, 0, 2);
	tcase_add_loop_test(doc, many_codes_split_into_blocks, 0, 2);
	tcase_add_test(doc, second_call_picks_up_new_text);
	tcase_add_test(doc, cid_map_covers_used_codes_only);
	tcase_add_test(api, error_state_refused);
	tcase_add_test(api, bad_lang_refused);
	suite_add_tcase(s, doc);
	suite_add_tcase(s, api);
	return s;
}

int main(void)
{
	return run_suite(pdffix_suite());
}
