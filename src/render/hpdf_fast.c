/* RTLD_NEXT: libharu's own definitions of what we replace. */
#define _GNU_SOURCE
/*
 * Faster versions of four libharu 2.3.0 helpers, which the program
 * defines so that the dynamic linker binds libharu's own calls to them
 * (libharu calls its exported functions through the PLT).
 *
 * libharu copies and clears memory one byte at a time, and looks up a
 * character's glyph by walking the cmap's segments from the first. Making
 * a font walks all 65,536 codes, four fonts per document: a sixth of the
 * time of a warm batch went to the lookup, a tenth to the byte loops.
 * The replacements return exactly what libharu's do (for the lookup: the
 * same segment, found by binary search over the sorted end codes);
 * tests/unit/test_hpdf_fast.c compares them with libharu's own for every
 * code of every shipped font.
 *
 * libharu reads font and image files through stdio and seeks before every
 * glyph it copies into a font subset: a read system call per glyph, some
 * 150 per report. HPDF_FileReader_New here reads the file once into a
 * memory stream, which libharu reads and seeks the same way.
 */
#include <dlfcn.h>
#include <errno.h>
#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <hpdf_mmgr.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hpdf_fast.h"

HPDF_BYTE *HPDF_MemCpy(HPDF_BYTE *out, const HPDF_BYTE *in, HPDF_UINT n)
{
	if (n == 0)
		return out;
	memmove(out, in, n);
	return out + n;
}

void *HPDF_MemSet(void *s, HPDF_BYTE c, HPDF_UINT n)
{
	if (n == 0)
		return s;
	memset(s, c, n);
	return (HPDF_BYTE *)s + n;
}

/* The segment the last lookup found (the program renders in one thread). */
static HPDF_UINT last_seg;

HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef, HPDF_UINT16 unicode)
{
	HPDF_TTFontDefAttr attr = fontdef->attr;
	const HPDF_TTF_CmapRange *c = &attr->cmap;
	HPDF_UINT seg_count, lo, hi, i, idx;

	if (c->format == 0)
		return c->glyph_id_array[unicode & 0xFF];
	if (c->seg_count_x2 == 0) {
		HPDF_SetError(fontdef->error, HPDF_TTF_INVALID_CMAP, 0);
		return 0;
	}
	seg_count = c->seg_count_x2 / 2u;
	/* the first segment whose end is at or after the code (as libharu's
	 * walk finds it); seg_count when there is none. libharu asks for
	 * codes in order (65,536 of them for every font it makes), so the
	 * segment of the last call is checked first: a hint only, verified
	 * against this font's own arrays. */
	i = last_seg;
	if (!(i < seg_count && c->end_count[i] >= unicode && (i == 0 || c->end_count[i - 1] < unicode))) {
		lo = 0;
		hi = seg_count;
		while (lo < hi) {
			HPDF_UINT mid = (lo + hi) / 2;
			if (c->end_count[mid] >= unicode)
				hi = mid;
			else
				lo = mid + 1;
		}
		i = lo;
		last_seg = i;
	}
	/* libharu would read past its arrays here (never for a valid cmap) */
	if (i >= seg_count || c->start_count[i] > unicode)
		return 0;
	if (c->id_range_offset[i] == 0)
		return (HPDF_UINT16)(unicode + c->id_delta[i]);
	idx = c->id_range_offset[i] / 2u + (HPDF_UINT)(unicode - c->start_count[i]) - (seg_count - i);
	if (idx >= c->glyph_id_array_count)
		return 0;
	return (HPDF_UINT16)(c->glyph_id_array[idx] + c->id_delta[i]);
}

/* Files larger than this are left to libharu's own reader (no font or
 * logo is near it). */
#define HPDF_FAST_MAX_FILE (64L * 1024 * 1024)

typedef HPDF_Stream (*file_reader_fn)(HPDF_MMgr, const char *);

void hpdf_fast_original(const char *name, void *fn, size_t fn_size)
{
	void *p = dlsym(RTLD_NEXT, name); /* a data pointer: copied, not cast, into the function pointer */
	memset(fn, 0, fn_size);
	if (p != NULL && fn_size == sizeof p)
		memcpy(fn, &p, sizeof p);
}

/* libharu's own HPDF_FileReader_New. */
static HPDF_Stream libharu_reader(HPDF_MMgr mmgr, const char *fname)
{
	static file_reader_fn fn;
	if (fn == NULL)
		hpdf_fast_original("HPDF_FileReader_New", &fn, sizeof fn);
	if (fn == NULL) {
		HPDF_SetError(mmgr->error, HPDF_FILE_OPEN_ERROR, 0);
		return NULL;
	}
	return fn(mmgr, fname);
}

HPDF_Stream HPDF_FileReader_New(HPDF_MMgr mmgr, const char *fname)
{
	FILE *fp = fopen(fname, "rb");
	HPDF_Stream s = NULL;
	char *data = NULL;
	long n;
	if (fp == NULL) {
		HPDF_SetError(mmgr->error, HPDF_FILE_OPEN_ERROR, (HPDF_STATUS)errno);
		return NULL;
	}
	if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) > HPDF_FAST_MAX_FILE) {
		fclose(fp);
		return libharu_reader(mmgr, fname);
	}
	if (fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
	    (data = malloc(n ? (size_t)n : 1)) == NULL || fread(data, 1, (size_t)n, fp) != (size_t)n) {
		free(data);
		fclose(fp);
		HPDF_SetError(mmgr->error, HPDF_FILE_IO_ERROR, (HPDF_STATUS)errno);
		return NULL;
	}
	fclose(fp);
	/* one block a byte larger than the file: reads and seeks stay in it,
	 * and a seek to the very end works as on a file (libharu's memory
	 * stream refuses a position at the start of a block it lacks) */
	s = HPDF_MemStream_New(mmgr, (HPDF_UINT)n + 1);
	if (s != NULL && (HPDF_Stream_Write(s, (const HPDF_BYTE *)data, (HPDF_UINT)n) != HPDF_OK ||
	                  HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET) != HPDF_OK)) {
		HPDF_Stream_Free(s);
		s = NULL;
	}
	free(data);
	return s;
}

int hpdf_fast_linked(void)
{
	return 1;
}
