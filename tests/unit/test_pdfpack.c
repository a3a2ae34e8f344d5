/* Unit tests for render/pdfpack: packs PDFs written by libharu into object
 * streams and a cross-reference stream, then follows every entry of the
 * packed cross-reference stream back to its object; damaged input must
 * be refused without touching the output. */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include <hpdf.h>

#include "render/pdfpack.h"
#include "util/buf.h"

/* A libharu document with a few pages, an outline, a link and text. */
static char *make_pdf(size_t *len, int pages)
{
	HPDF_Doc pdf = HPDF_New(NULL, NULL);
	HPDF_Font font;
	HPDF_UINT32 size;
	char *data;
	ck_assert_ptr_nonnull(pdf);
	HPDF_SetCompressionMode(pdf, HPDF_COMP_IMAGE); /* as the device saves: pdfpack compresses */
	HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Pakproef (met haakjes) >> en zo");
	font = HPDF_GetFont(pdf, "Helvetica", NULL);
	for (int i = 0; i < pages; i++) {
		HPDF_Page page = HPDF_AddPage(pdf);
		HPDF_Outline o = HPDF_CreateOutline(pdf, NULL, "Hoofdstuk", NULL);
		HPDF_Rect r = {10, 10, 100, 30};
		HPDF_Page_BeginText(page);
		HPDF_Page_SetFontAndSize(page, font, 12);
		HPDF_Page_TextOut(page, 50, 700, "endobj endstream stream xref trailer");
		HPDF_Page_EndText(page);
		HPDF_Outline_SetDestination(o, HPDF_Page_CreateDestination(page));
		HPDF_Page_CreateURILinkAnnot(page, r, "https://www.utrecht.nl/");
	}
	ck_assert_int_eq(HPDF_SaveToStream(pdf), HPDF_OK);
	size = HPDF_GetStreamSize(pdf);
	data = malloc(size);
	ck_assert_ptr_nonnull(data);
	HPDF_ReadFromStream(pdf, (HPDF_BYTE *)data, &size);
	HPDF_Free(pdf);
	*len = size;
	return data;
}

static const char *find(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(s + i, w, n) == 0)
			return s + i;
	return NULL;
}

/* Inflates the stream of the object at p ("N 0 obj\n<<... /Length L>>"). */
static unsigned char *inflate_at(const char *p, const char *end, size_t *out_len)
{
	const char *len_at = find(p, (size_t)(end - p), "/Length "), *data;
	unsigned long zlen;
	uLongf cap = 1 << 22;
	unsigned char *u = malloc(cap);
	ck_assert_ptr_nonnull(len_at);
	zlen = strtoul(len_at + 8, NULL, 10);
	data = find(p, (size_t)(end - p), "stream\n");
	ck_assert_ptr_nonnull(data);
	data += 7;
	ck_assert(data + zlen <= end);
	ck_assert_int_eq(uncompress(u, &cap, (const unsigned char *)data, zlen), Z_OK);
	*out_len = cap;
	return u;
}

/* Follows every cross-reference entry to its object. */
static void verify(const char *pdf, size_t len, size_t *n_in_streams)
{
	const char *sx = NULL, *x;
	size_t xoff, rows_len, size, cols, w2;
	unsigned char *rows, prev[16] = {0};
	char want[48];
	for (size_t i = len - 40; i < len; i++)
		if (memcmp(pdf + i, "startxref", 9) == 0)
			sx = pdf + i;
	ck_assert_ptr_nonnull(sx);
	xoff = strtoul(sx + 10, NULL, 10);
	ck_assert_uint_lt(xoff, len);
	x = pdf + xoff;
	ck_assert_ptr_nonnull(find(x, (size_t)(sx - x), "/Type /XRef"));
	size = strtoul(find(x, (size_t)(sx - x), "/Size ") + 6, NULL, 10);
	w2 = strtoul(find(x, (size_t)(sx - x), "/W [1 ") + 6, NULL, 10);
	cols = 1 + w2 + 2;
	rows = inflate_at(x, sx, &rows_len);
	ck_assert_uint_eq(rows_len, size * (cols + 1));
	*n_in_streams = 0;
	for (size_t k = 0; k < size; k++) {
		unsigned char *r = rows + k * (cols + 1), row[16];
		size_t f2 = 0, f3;
		ck_assert_int_eq(r[0], 2);
		for (size_t c = 0; c < cols; c++)
			row[c] = prev[c] = (unsigned char)(r[1 + c] + prev[c]);
		for (size_t c = 0; c < w2; c++)
			f2 = f2 << 8 | row[1 + c];
		f3 = (size_t)row[1 + w2] << 8 | row[2 + w2];
		if (row[0] == 1) {
			snprintf(want, sizeof want, "%zu 0 obj", k);
			ck_assert_uint_lt(f2, len);
			ck_assert_msg(memcmp(pdf + f2, want, strlen(want)) == 0, "object %zu not at %zu", k, f2);
		} else if (row[0] == 2) {
			/* the object stream lists k at index f3 */
			const char *sp = NULL;
			unsigned char *u;
			size_t ulen, num, off;
			char *e;
			snprintf(want, sizeof want, "\n%zu 0 obj\n<</Type /ObjStm", f2);
			sp = find(pdf, len, want);
			ck_assert_ptr_nonnull(sp);
			u = inflate_at(sp + 1, pdf + len, &ulen);
			e = (char *)u;
			for (size_t i = 0; i <= f3; i++) {
				num = strtoul(e, &e, 10);
				off = strtoul(e, &e, 10);
			}
			ck_assert_uint_eq(num, k);
			(void)off;
			free(u);
			++*n_in_streams;
		} else {
			ck_assert_int_eq(row[0], 0);
		}
	}
	free(rows);
}

START_TEST(test_pack_roundtrip)
{
	size_t len, id_from, in_streams;
	char *in = make_pdf(&len, 3);
	struct buf out = {0};
	buf_puts(&out, "voorloop");
	ck_assert_int_eq(pdfpack(in, len, &out, &id_from, 1), 0);
	ck_assert(memcmp(out.data + 8, "%PDF-1.5", 8) == 0);
	ck_assert_uint_ge(id_from, 8);
	verify(out.data + 8, out.len - 8, &in_streams);
	ck_assert_uint_gt(in_streams, 10); /* catalog, pages, outline items, annotations, fonts */
	ck_assert_uint_lt(out.len - 8, len);
	buf_free(&out);
	free(in);
}
END_TEST

/* Without object streams: a classic table whose every entry points at its
 * object, the trailer kept, the streams compressed. */
START_TEST(test_pack_classic)
{
	size_t len, id_from, off;
	char *in = make_pdf(&len, 3), want[32];
	struct buf out = {0};
	const char *x, *tr;
	ck_assert_int_eq(pdfpack(in, len, &out, &id_from, 0), 0);
	ck_assert(memcmp(out.data, in, 15) == 0); /* the header as it was */
	x = find(out.data, out.len, "\nxref\n0 ");
	ck_assert_ptr_nonnull(x);
	tr = find(out.data, out.len, "trailer\n<<\n/Root ");
	ck_assert_ptr_nonnull(tr);
	ck_assert_uint_eq(id_from, (size_t)(tr - out.data));
	ck_assert_ptr_nonnull(find(tr, out.len - (size_t)(tr - out.data), "/Info "));
	{
		size_t n = strtoul(x + 8, NULL, 10);
		const char *e = strchr(x + 8, '\n') + 1 + 20; /* past entry 0 */
		for (size_t k = 1; k < n; k++, e += 20) {
			off = strtoul(e, NULL, 10);
			snprintf(want, sizeof want, "%zu 0 obj\n", k);
			ck_assert_msg(memcmp(out.data + off, want, strlen(want)) == 0, "object %zu", k);
		}
	}
	ck_assert_ptr_nonnull(find(out.data, out.len, "/Filter /FlateDecode"));
	ck_assert_ptr_null(find(out.data, out.len, "endobj endstream")); /* the page text is compressed */
	ck_assert_ptr_nonnull(find(in, len, "endobj endstream"));
	buf_free(&out);
	free(in);
}
END_TEST

START_TEST(test_pack_many_objects)
{
	size_t len, id_from, in_streams;
	char *in = make_pdf(&len, 150); /* more than one object stream */
	struct buf out = {0};
	ck_assert_int_eq(pdfpack(in, len, &out, &id_from, 1), 0);
	verify(out.data, out.len, &in_streams);
	ck_assert_uint_gt(in_streams, 200);
	buf_free(&out);
	free(in);
}
END_TEST

/* Every truncation and a sweep of single-byte damage: refused or packed,
 * never a crash, and a refusal leaves out as it was. */
START_TEST(test_pack_damaged)
{
	size_t len, id_from;
	char *in = make_pdf(&len, 2), *bad = malloc(len);
	struct buf out = {0};
	static const char junk[] = "0 9 /<>()\n";
	ck_assert_int_eq(pdfpack("", 0, &out, &id_from, 1), -1);
	for (size_t cut = 0; cut < len; cut += (cut < len - 400 ? 37 : 1)) {
		buf_puts(&out, "x");
		if (pdfpack(in, cut, &out, &id_from, cut % 2) != 0)
			ck_assert(out.len == 1 && out.data[0] == 'x');
		buf_reset(&out);
	}
	for (size_t i = 0; i < len; i += 3) {
		memcpy(bad, in, len);
		bad[i] = junk[i % (sizeof junk - 1)];
		buf_reset(&out);
		if (pdfpack(bad, len, &out, &id_from, (int)(i % 2)) != 0)
			ck_assert_uint_eq(out.len, 0);
	}
	buf_free(&out);
	free(bad);
	free(in);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("pdfpack");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_pack_roundtrip);
	tcase_add_test(tc, test_pack_many_objects);
	tcase_add_test(tc, test_pack_classic);
	tcase_add_test(tc, test_pack_damaged);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
