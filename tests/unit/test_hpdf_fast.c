/* The replacements in src/render/hpdf_fast.c give what libharu's own
 * functions give: every code of every shipped font maps to the same glyph,
 * and the memory helpers return the same pointers. libharu's originals are
 * found behind ours with dlsym(RTLD_NEXT). */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_streams.h>
#include <hpdf_fontdef.h>
#include <hpdf_utils.h>

#include "check_main.h"
#include "render/hpdf_fast.h"

typedef HPDF_UINT16 (*glyph_fn)(HPDF_FontDef, HPDF_UINT16);
typedef HPDF_BYTE *(*cpy_fn)(HPDF_BYTE *, const HPDF_BYTE *, HPDF_UINT);
typedef void *(*set_fn)(void *, HPDF_BYTE, HPDF_UINT);

START_TEST(same_glyphs)
{
	glyph_fn orig = (glyph_fn)dlsym(RTLD_NEXT, "HPDF_TTFontDef_GetGlyphid");
	const char *dir = getenv("VOORTGANG_DATADIR");
	char path[4096];
	struct dirent *e;
	DIR *d;
	int fonts = 0;
	ck_assert_int_eq(hpdf_fast_linked(), 1);
	ck_assert_ptr_nonnull(orig);
	ck_assert_ptr_ne((void *)orig, (void *)HPDF_TTFontDef_GetGlyphid);
	snprintf(path, sizeof path, "%s/fonts", dir ? dir : ".");
	d = opendir(path);
	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		HPDF_Doc pdf;
		const char *name;
		HPDF_FontDef def;
		if (n < 5 || strcmp(e->d_name + n - 4, ".ttf") != 0)
			continue;
		snprintf(path, sizeof path, "%s/fonts/%s", dir ? dir : ".", e->d_name);
		pdf = HPDF_New(NULL, NULL);
		name = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
		ck_assert_msg(name != NULL, "%s", path);
		def = HPDF_Doc_FindFontDef(pdf, name); /* the document's own: freed with it */
		ck_assert_ptr_nonnull(def);
		for (unsigned c = 0; c <= 0xFFFF; c++)
			ck_assert_msg(HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)c) == orig(def, (HPDF_UINT16)c),
			              "%s U+%04X", e->d_name, c);
		/* out of order too, so the remembered segment is often wrong */
		for (unsigned k = 0, c = 12345; k < 200000; k++) {
			c = (c * 1103515245u + 12345u) & 0xFFFFu;
			ck_assert_msg(HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)c) == orig(def, (HPDF_UINT16)c),
			              "%s U+%04X (random order)", e->d_name, c);
		}
		HPDF_Free(pdf);
		fonts++;
	}
	closedir(d);
	ck_assert_int_ge(fonts, 4);
}
END_TEST

START_TEST(same_memory_helpers)
{
	cpy_fn cpy = (cpy_fn)dlsym(RTLD_NEXT, "HPDF_MemCpy");
	set_fn set = (set_fn)dlsym(RTLD_NEXT, "HPDF_MemSet");
	HPDF_BYTE a[64], b[64], src[64];
	ck_assert_ptr_nonnull(cpy);
	ck_assert_ptr_nonnull(set);
	for (int i = 0; i < 64; i++)
		src[i] = (HPDF_BYTE)(i * 7 + 1);
	for (HPDF_UINT n = 0; n <= 64; n += 7) {
		memset(a, 0, sizeof a);
		memset(b, 0, sizeof b);
		ck_assert_int_eq(HPDF_MemCpy(a, src, n) - a, cpy(b, src, n) - b);
		ck_assert_mem_eq(a, b, sizeof a);
		ck_assert_int_eq((HPDF_BYTE *)HPDF_MemSet(a, 0xAB, n) - a, (HPDF_BYTE *)set(b, 0xAB, n) - b);
		ck_assert_mem_eq(a, b, sizeof a);
	}
}
END_TEST

typedef HPDF_Stream (*reader_fn)(HPDF_MMgr, const char *);

/* Reads the whole stream s into buf (cap bytes); returns the length. */
static size_t read_all(HPDF_Stream s, HPDF_BYTE *buf, size_t cap)
{
	size_t got = 0;
	for (;;) {
		HPDF_UINT n = 4000;
		HPDF_STATUS st;
		if (got + n > cap)
			n = (HPDF_UINT)(cap - got);
		st = HPDF_Stream_Read(s, buf + got, &n);
		got += n;
		if (st != HPDF_OK || n == 0)
			return got;
	}
}

/* The file reader gives the bytes libharu's own gives, seeks the same
 * way, fails on a missing file with the same error, and libharu still
 * loads fonts and PNG images through it. */
START_TEST(same_file_reader)
{
	reader_fn orig = (reader_fn)dlsym(RTLD_NEXT, "HPDF_FileReader_New");
	static const char *const files[] = {"fonts/OpenSans-Regular.ttf", "templates/logo-rood.png"};
	HPDF_Doc pdf = HPDF_New(NULL, NULL);
	HPDF_MMgr mmgr = pdf->mmgr;
	static HPDF_BYTE a[1 << 20], b[1 << 20];
	ck_assert_ptr_nonnull(orig);
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		HPDF_Stream mine = HPDF_FileReader_New(mmgr, files[i]), theirs = orig(mmgr, files[i]);
		size_t na, nb;
		ck_assert_ptr_nonnull(mine);
		ck_assert_ptr_nonnull(theirs);
		na = read_all(mine, a, sizeof a);
		nb = read_all(theirs, b, sizeof b);
		ck_assert_uint_gt(na, 500);
		ck_assert_uint_eq(na, nb);
		ck_assert_mem_eq(a, b, na);
		ck_assert_int_eq(HPDF_Stream_Seek(mine, 100, HPDF_SEEK_SET), HPDF_OK);
		ck_assert_int_eq(HPDF_Stream_Seek(theirs, 100, HPDF_SEEK_SET), HPDF_OK);
		ck_assert_uint_eq(read_all(mine, a, 50), 50);
		ck_assert_uint_eq(read_all(theirs, b, 50), 50);
		ck_assert_mem_eq(a, b, 50);
		/* to the very end, as a file allows */
		ck_assert_int_eq(HPDF_Stream_Seek(mine, 0, HPDF_SEEK_END), HPDF_OK);
		ck_assert_int_eq(HPDF_Stream_Seek(theirs, 0, HPDF_SEEK_END), HPDF_OK);
		ck_assert_int_eq(HPDF_Stream_Seek(mine, (HPDF_INT)nb, HPDF_SEEK_SET), HPDF_OK);
		HPDF_Stream_Free(mine);
		HPDF_Stream_Free(theirs);
	}
	ck_assert_ptr_null(HPDF_FileReader_New(mmgr, "fonts/bestaat-niet.ttf"));
	ck_assert_int_eq(HPDF_GetError(pdf), HPDF_FILE_OPEN_ERROR);
	HPDF_ResetError(pdf);
	ck_assert_ptr_nonnull(HPDF_LoadTTFontFromFile(pdf, "fonts/OpenSans-Bold.ttf", HPDF_TRUE));
	ck_assert_ptr_nonnull(HPDF_LoadPngImageFromFile(pdf, "templates/logo-rood.png"));
	ck_assert_int_eq(HPDF_GetError(pdf), HPDF_OK);
	HPDF_Free(pdf);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("hpdf_fast");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, same_glyphs);
	tcase_add_test(tc, same_memory_helpers);
	tcase_add_test(tc, same_file_reader);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
