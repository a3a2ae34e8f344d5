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

int main(void)
{
	Suite *s = suite_create("hpdf_fast");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, same_glyphs);
	tcase_add_test(tc, same_memory_helpers);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
