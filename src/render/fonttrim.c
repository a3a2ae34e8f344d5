#include "fonttrim.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include "../util/xalloc.h"
#include "hpdf_fast.h"

#define TT_MAX_TABLES 64

struct tt_table {
	char tag[4];
	size_t off, len;        /* in the input */
	const unsigned char *data;
	unsigned char *own;     /* rewritten contents, or NULL */
	size_t new_len;
};

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static unsigned be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* The TrueType checksum: the sum of big-endian 32-bit words, the last
 * padded with zeros. */
static uint32_t checksum(const unsigned char *p, size_t n)
{
	uint32_t sum = 0;
	size_t i;
	for (i = 0; i + 4 <= n; i += 4)
		sum += be32(p + i);
	if (i < n) {
		unsigned char last[4] = {0, 0, 0, 0};
		memcpy(last, p + i, n - i);
		sum += be32(last);
	}
	return sum;
}

static struct tt_table *find(struct tt_table *t, size_t n, const char *tag)
{
	for (size_t i = 0; i < n; i++)
		if (memcmp(t[i].tag, tag, 4) == 0)
			return &t[i];
	return NULL;
}

int fonttrim(const unsigned char *in, size_t len, const unsigned char *used, size_t nused, struct buf *out)
{
	struct tt_table t[TT_MAX_TABLES], *post, *hmtx, *hhea, *maxp, *head;
	size_t ntab, off, hdr, head_off = 0, start = out->len;
	unsigned nglyphs, nmetrics;
	uint32_t sum;

	if (len < 12 || (be32(in) != 0x00010000u && be32(in) != 0x74727565u /* 'true' */))
		return -1;
	ntab = be16(in + 4);
	if (ntab == 0 || ntab > TT_MAX_TABLES || 12 + 16 * ntab > len)
		return -1;
	memset(t, 0, sizeof t);
	for (size_t i = 0; i < ntab; i++) {
		const unsigned char *r = in + 12 + 16 * i;
		memcpy(t[i].tag, r, 4);
		t[i].off = be32(r + 8);
		t[i].len = be32(r + 12);
		if (t[i].off > len || t[i].len > len - t[i].off)
			return -1;
		t[i].data = in + t[i].off;
		t[i].new_len = t[i].len;
	}
	head = find(t, ntab, "head");
	hhea = find(t, ntab, "hhea");
	maxp = find(t, ntab, "maxp");
	hmtx = find(t, ntab, "hmtx");
	post = find(t, ntab, "post");
	if (head == NULL || head->len < 54 || hhea == NULL || hhea->len < 36 || maxp == NULL || maxp->len < 6)
		return -1;
	nglyphs = be16(maxp->data + 4);
	nmetrics = be16(hhea->data + 34);
	if (nmetrics == 0 || nmetrics > nglyphs)
		return -1;

	if (post != NULL && post->len >= 32 && be32(post->data) != 0x00030000u) {
		post->own = xmalloc(32);
		memcpy(post->own, post->data, 32); /* italic angle, underline, fixed pitch, memory hints */
		put32(post->own, 0x00030000u);
		post->new_len = 32;
	}
	if (hmtx != NULL && hmtx->len >= 4u * nmetrics + 2u * (nglyphs - nmetrics)) {
		hmtx->own = xmalloc(hmtx->len);
		memcpy(hmtx->own, hmtx->data, hmtx->len);
		for (unsigned g = 1; g < nglyphs; g++) {
			if (g < nused && used[g])
				continue;
			if (g < nmetrics)
				memset(hmtx->own + 4 * g, 0, 4);
			else
				memset(hmtx->own + 4 * nmetrics + 2 * (g - nmetrics), 0, 2);
		}
	}

	/* the table directory as it was, then each table padded to 4 bytes */
	hdr = 12 + 16 * ntab;
	buf_append(out, (const char *)in, hdr);
	off = hdr;
	for (size_t i = 0; i < ntab; i++) {
		const unsigned char *d = t[i].own ? t[i].own : t[i].data;
		unsigned char *rec = (unsigned char *)out->data + start + 12 + 16 * i;
		static const char pad[4] = {0, 0, 0, 0};
		if (&t[i] == head) { /* checkSumAdjustment is summed as zero */
			unsigned char *h = xmalloc(head->len);
			memcpy(h, head->data, head->len);
			put32(h + 8, 0);
			t[i].own = h;
			d = h;
			head_off = off;
		}
		put32(rec + 4, checksum(d, t[i].new_len));
		put32(rec + 8, (uint32_t)off);
		put32(rec + 12, (uint32_t)t[i].new_len);
		buf_append(out, (const char *)d, t[i].new_len);
		off += t[i].new_len;
		if (off % 4) {
			buf_append(out, pad, 4 - off % 4);
			off += 4 - off % 4;
		}
	}
	sum = checksum((const unsigned char *)out->data + start, out->len - start);
	put32((unsigned char *)out->data + start + head_off + 8, 0xB1B0AFBAu - sum);
	for (size_t i = 0; i < ntab; i++)
		free(t[i].own);
	return 0;
}

typedef HPDF_STATUS (*save_font_fn)(HPDF_FontDef, HPDF_Stream);

/* libharu's own HPDF_TTFontDef_SaveFontData. */
static save_font_fn libharu_save(void)
{
	static save_font_fn fn;
	if (fn == NULL)
		hpdf_fast_original("HPDF_TTFontDef_SaveFontData", &fn, sizeof fn);
	return fn;
}

HPDF_STATUS HPDF_TTFontDef_SaveFontData(HPDF_FontDef fontdef, HPDF_Stream stream)
{
	HPDF_TTFontDefAttr attr = fontdef->attr;
	save_font_fn save = libharu_save();
	HPDF_Stream ms;
	HPDF_STATUS ret;
	HPDF_UINT32 size;
	unsigned char *data;
	struct buf out = {0};

	if (save == NULL)
		return HPDF_INVALID_FONTDEF_DATA;
	if ((ms = HPDF_MemStream_New(fontdef->mmgr, 8192)) == NULL)
		return HPDF_FAILD_TO_ALLOC_MEM;
	if ((ret = save(fontdef, ms)) != HPDF_OK) {
		HPDF_Stream_Free(ms);
		return ret;
	}
	size = HPDF_Stream_Size(ms);
	data = xmalloc(size ? size : 1);
	if (HPDF_Stream_Seek(ms, 0, HPDF_SEEK_SET) != HPDF_OK ||
	    HPDF_Stream_Read(ms, data, &size) != HPDF_OK) {
		free(data);
		HPDF_Stream_Free(ms);
		return HPDF_INVALID_FONTDEF_DATA;
	}
	HPDF_Stream_Free(ms);
	if (fonttrim(data, size, attr->glyph_tbl.flgs, attr->glyph_tbl.flgs ? attr->num_glyphs : 0, &out) == 0) {
		ret = HPDF_Stream_Write(stream, (const HPDF_BYTE *)out.data, (HPDF_UINT)out.len);
		attr->length1 = (HPDF_UINT)out.len;
	} else {
		ret = HPDF_Stream_Write(stream, data, size);
		attr->length1 = size;
	}
	buf_free(&out);
	free(data);
	return ret;
}
