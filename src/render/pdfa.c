#include "pdfa.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_list.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/sha256.h"
#include "../util/utf8.h"
#include "../util/readset.h"
#include "../util/xalloc.h"
#include "pdffix.h"
#include "xmp.h"

#define PDFA_ID_LEN 16 /* bytes of each /ID string */
#define PDFA_ICC_MAX (4L * 1024 * 1024) /* an sRGB profile is a few KB */

HPDF_Binary pdfa_text(HPDF_Doc pdf, const char *value)
{
	size_t n = strlen(value), i = 0, o = 2, k;
	HPDF_BYTE *u16 = xmalloc(4 * n + 2);
	HPDF_Binary bin;
	uint32_t cp;
	u16[0] = 0xFE;
	u16[1] = 0xFF;
	while (i < n) {
		k = utf8_decode(value + i, n - i, &cp);
		if (k == 0) {
			k = 1;
			cp = 0xFFFD;
		}
		i += k;
		/* what XML cannot carry becomes U+FFFD here as in the XMP packet
		 * (xmp_escape), so that /Info and XMP stay equal for PDF/A */
		if (!utf8_xml_char(cp))
			cp = 0xFFFD;
		if (cp >= 0x10000) { /* surrogate pair */
			uint32_t v = cp - 0x10000, hi = 0xD800 + (v >> 10), lo = 0xDC00 + (v & 0x3FF);
			u16[o++] = (HPDF_BYTE)(hi >> 8);
			u16[o++] = (HPDF_BYTE)hi;
			cp = lo;
		}
		u16[o++] = (HPDF_BYTE)(cp >> 8);
		u16[o++] = (HPDF_BYTE)cp;
	}
	bin = HPDF_Binary_New(pdf->mmgr, u16, (HPDF_UINT)o);
	free(u16);
	return bin;
}

int pdfa_info_text(HPDF_Doc pdf, const char *key, const char *value)
{
	HPDF_Binary bin;
	if (value == NULL || *value == '\0')
		return 0;
	/* libharu makes the /Info dictionary on its first entry */
	if (pdf->info == NULL && HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "-") != HPDF_OK)
		return -1;
	bin = pdfa_text(pdf, value);
	return bin != NULL && HPDF_Dict_Add(pdf->info, key, bin) == HPDF_OK ? 0 : -1;
}

int pdfa_dates(HPDF_Doc pdf, time_t when, char out[32])
{
	struct tm tm;
	char pdfdate[32];
	gmtime_r(&when, &tm);
	/* libharu's own form, "Z00'00'", does not parse as equal to the XMP
	 * date in validators; "+00'00'" does */
	if (strftime(pdfdate, sizeof pdfdate, "D:%Y%m%d%H%M%S+00'00'", &tm) == 0 ||
	    strftime(out, 32, "%Y-%m-%dT%H:%M:%S+00:00", &tm) == 0)
		return -1;
	if (pdf->info == NULL && HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "-") != HPDF_OK)
		return -1;
	if (HPDF_Dict_Add(pdf->info, "CreationDate", HPDF_String_New(pdf->mmgr, pdfdate, NULL)) != HPDF_OK ||
	    HPDF_Dict_Add(pdf->info, "ModDate", HPDF_String_New(pdf->mmgr, pdfdate, NULL)) != HPDF_OK)
		return -1;
	return 0;
}

/* A direct copy of a destination array ([page /FitH top] and the like):
 * PDF/A-1 validators expect destinations inline, libharu writes them as
 * objects of their own. NULL when an element is of an unexpected kind. */
static HPDF_Array inline_dest(HPDF_Doc pdf, HPDF_Array dest)
{
	HPDF_Array copy = HPDF_Array_New(pdf->mmgr);
	if (copy == NULL)
		return NULL;
	for (HPDF_UINT i = 0; i < dest->list->count; i++) {
		HPDF_Obj_Header *h = HPDF_List_ItemAt(dest->list, i);
		HPDF_STATUS st;
		switch (h->obj_class & HPDF_OCLASS_ANY) {
		case HPDF_OCLASS_PROXY: st = HPDF_Array_Add(copy, ((HPDF_Proxy)h)->obj); break;
		case HPDF_OCLASS_NAME: st = HPDF_Array_AddName(copy, ((HPDF_Name)h)->value); break;
		case HPDF_OCLASS_REAL: st = HPDF_Array_AddReal(copy, ((HPDF_Real)h)->value); break;
		case HPDF_OCLASS_NUMBER: st = HPDF_Array_AddNumber(copy, ((HPDF_Number)h)->value); break;
		case HPDF_OCLASS_NULL: st = HPDF_Array_Add(copy, HPDF_Null_New(pdf->mmgr)); break;
		default: st = HPDF_INVALID_OBJECT; break;
		}
		if (st != HPDF_OK) {
			HPDF_Array_Free(copy);
			return NULL;
		}
	}
	return copy;
}

/* The value stored under key, proxy or not (HPDF_Dict_GetItem looks
 * through proxies; we need to know). */
static void *raw_item(HPDF_Dict d, const char *key)
{
	for (HPDF_UINT i = 0; i < d->list->count; i++) {
		HPDF_DictElement e = HPDF_List_ItemAt(d->list, i);
		if (strcmp(e->key, key) == 0)
			return e->value;
	}
	return NULL;
}

static int is_name(HPDF_Dict d, const char *key, const char *value)
{
	HPDF_Name n = HPDF_Dict_GetItem(d, key, HPDF_OCLASS_NAME);
	return n != NULL && strcmp(n->value, value) == 0;
}

/* Outline items and link annotations: inline destinations; annotations
 * printable (/F 4, PDF/A-1 6.5.3). */
static int fix_links(HPDF_Doc pdf)
{
	HPDF_UINT n = pdf->xref->entries->count;
	for (HPDF_UINT i = 0; i < n; i++) {
		HPDF_XrefEntry e = HPDF_List_ItemAt(pdf->xref->entries, i);
		HPDF_Obj_Header *h = e ? e->obj : NULL;
		HPDF_Dict d;
		HPDF_Obj_Header *dest;
		if (h == NULL || (h->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT)
			continue;
		d = (HPDF_Dict)h;
		dest = raw_item(d, "Dest");
		if (dest != NULL && (dest->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_PROXY) {
			HPDF_Obj_Header *target = ((HPDF_Proxy)dest)->obj;
			HPDF_Array copy;
			if ((target->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_ARRAY ||
			    (copy = inline_dest(pdf, (HPDF_Array)target)) == NULL ||
			    HPDF_Dict_Add(d, "Dest", copy) != HPDF_OK)
				return -1;
		}
		if (is_name(d, "Type", "Annot") && HPDF_Dict_AddNumber(d, "F", 4) != HPDF_OK)
			return -1;
	}
	return 0;
}

/* A stream object with the given bytes, compressed. */
static HPDF_Dict new_stream(HPDF_Doc pdf, const void *data, size_t len)
{
	HPDF_Dict s = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	if (s == NULL)
		return NULL;
	s->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	return HPDF_Stream_Write(s->stream, data, (HPDF_UINT)len) == HPDF_OK ? s : NULL;
}

/* libharu's own before-write function of Type0 TrueType fonts, which
 * builds the font descriptor while the file is written; the same for
 * every such font, so one variable suffices. */
static HPDF_Dict_BeforeWriteFunc type0_before_write;

/* Completes the descriptor libharu has just made: /CapHeight (required
 * by PDF 1.4 and PDF/A) and /CIDSet, one bit per CID present in the
 * subset, counting from the high bit (PDF/A-1 6.3.5). */
static HPDF_STATUS font_before_write(HPDF_Dict font)
{
	unsigned char used[0x10000 / 8];
	HPDF_FontAttr attr = font->attr;
	HPDF_Dict fd, set;
	size_t last = 0;
	HPDF_STATUS st = type0_before_write(font);
	if (st != HPDF_OK || (fd = attr->fontdef->descriptor) == NULL ||
	    HPDF_Dict_GetItem(fd, "CIDSet", HPDF_OCLASS_DICT) != NULL)
		return st;
	if ((st = HPDF_Dict_AddNumber(fd, "CapHeight", attr->fontdef->cap_height)) != HPDF_OK)
		return st;
	if (pdffix_used_codes((HPDF_Font)font, used) != 0)
		return HPDF_INVALID_FONTDEF_DATA; /* no CIDSet: not PDF/A, so no PDF at all */
	for (size_t b = 0; b < sizeof used; b++) {
		unsigned char v = used[b], r = 0;
		for (int k = 0; k < 8; k++)
			r |= (unsigned char)(((v >> k) & 1) << (7 - k));
		used[b] = b == 0 ? (unsigned char)(r | 0x80) : r; /* CID 0: .notdef */
		if (used[b])
			last = b;
	}
	set = HPDF_DictStream_New(font->mmgr, attr->xref);
	if (set == NULL)
		return HPDF_Error_GetCode(font->error);
	set->filter = font->filter;
	if ((st = HPDF_Stream_Write(set->stream, used, (HPDF_UINT)(last + 1))) != HPDF_OK)
		return st;
	return HPDF_Dict_Add(fd, "CIDSet", set);
}

/* Hooks font_before_write into every Type0 TrueType font. */
static int fix_fonts(HPDF_Doc pdf)
{
	for (HPDF_UINT i = 0; i < pdf->font_mgr->count; i++) {
		HPDF_Font font = HPDF_List_ItemAt(pdf->font_mgr, i);
		HPDF_FontAttr attr = font->attr;
		if (attr->type != HPDF_FONT_TYPE0_TT || font->before_write_fn == NULL ||
		    font->before_write_fn == font_before_write)
			continue;
		if (type0_before_write != NULL && type0_before_write != font->before_write_fn)
			return -1; /* another libharu: do not guess */
		type0_before_write = font->before_write_fn;
		font->before_write_fn = font_before_write;
	}
	return 0;
}

/* The sRGB OutputIntent (PDF/A-1 6.2.2): all our colours are DeviceRGB. */
static int output_intent(HPDF_Doc pdf)
{
	size_t len;
	char *icc;
	FILE *fp = fopen(PDFA_ICC_PROFILE, "rb");
	HPDF_Dict profile, intent;
	HPDF_Array intents;
	if (fp == NULL) {
		msg(D_PDF, NULL, "het kleurprofiel %s ontbreekt; een archief-PDF heeft het nodig "
		                 "(installeer het Debian-pakket icc-profiles-free, of draai make deps)",
		    PDFA_ICC_PROFILE);
		return -1;
	}
	readset_add_fd(fileno(fp));
	icc = xmalloc(PDFA_ICC_MAX);
	len = fread(icc, 1, PDFA_ICC_MAX, fp);
	fclose(fp);
	profile = len > 128 && len < PDFA_ICC_MAX ? new_stream(pdf, icc, len) : NULL;
	free(icc);
	if (profile == NULL || HPDF_Dict_AddNumber(profile, "N", 3) != HPDF_OK) {
		msg(D_PDF, NULL, "het kleurprofiel %s is onleesbaar", PDFA_ICC_PROFILE);
		return -1;
	}
	intent = HPDF_Dict_New(pdf->mmgr);
	intents = HPDF_Array_New(pdf->mmgr);
	if (intent == NULL || intents == NULL || HPDF_Dict_AddName(intent, "Type", "OutputIntent") != HPDF_OK ||
	    HPDF_Dict_AddName(intent, "S", "GTS_PDFA1") != HPDF_OK ||
	    HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", NULL)) != HPDF_OK ||
	    HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", NULL)) != HPDF_OK ||
	    HPDF_Dict_Add(intent, "DestOutputProfile", profile) != HPDF_OK || HPDF_Array_Add(intents, intent) != HPDF_OK ||
	    HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents) != HPDF_OK)
		return -1;
	return 0;
}

/* The XMP packet, uncompressed as PDF/A-1 6.7.2 asks. */
static int metadata(HPDF_Doc pdf, const struct xmp_info *x)
{
	struct buf b = {0};
	HPDF_Dict s = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	int rc = -1;
	xmp_build(&b, x);
	if (s != NULL && HPDF_Dict_AddName(s, "Type", "Metadata") == HPDF_OK &&
	    HPDF_Dict_AddName(s, "Subtype", "XML") == HPDF_OK &&
	    HPDF_Stream_Write(s->stream, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len) == HPDF_OK &&
	    HPDF_Dict_Add(pdf->catalog, "Metadata", s) == HPDF_OK)
		rc = 0;
	buf_free(&b);
	return rc;
}

/* A placeholder /ID of zero bytes, replaced after saving. */
static int placeholder_id(HPDF_Doc pdf)
{
	static const HPDF_BYTE zero[PDFA_ID_LEN];
	HPDF_Array id = HPDF_Array_New(pdf->mmgr);
	if (id == NULL || HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)zero, PDFA_ID_LEN)) != HPDF_OK ||
	    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)zero, PDFA_ID_LEN)) != HPDF_OK)
		return -1;
	return HPDF_Dict_Add(pdf->trailer, "ID", id) == HPDF_OK ? 0 : -1;
}

int pdfa_prepare(HPDF_Doc pdf, const struct xmp_info *x)
{
	if (HPDF_GetError(pdf) != HPDF_OK)
		return -1;
	if (pdfa_info_text(pdf, "Producer", x->producer) != 0 || fix_links(pdf) != 0 ||
	    fix_fonts(pdf) != 0 || (x->pdfa && output_intent(pdf) != 0) || metadata(pdf, x) != 0 ||
	    placeholder_id(pdf) != 0)
		return -1;
	/* the structure tree, /Lang and /MarkInfo are PDF 1.4, /Tabs 1.5;
	 * PDF/A-1 allows no more than 1.4 */
	pdf->pdf_version = x->pdfa ? HPDF_VER_14 : HPDF_VER_15;
	return HPDF_GetError(pdf) == HPDF_OK ? 0 : -1;
}

void pdfa_set_id(char *data, size_t len, size_t from)
{
	static const char hex[] = "0123456789ABCDEF";
	char pat[2 * PDFA_ID_LEN + 3];
	unsigned char digest[32];
	struct sha256 s;
	char *hits[2];
	int nhits = 0;
	memset(pat, '0', sizeof pat - 1);
	pat[0] = '<';
	pat[sizeof pat - 2] = '>';
	pat[sizeof pat - 1] = '\0';
	for (char *p = data + from; nhits < 2 && p + sizeof pat - 1 <= data + len; p++)
		if (*p == '<' && memcmp(p, pat, sizeof pat - 1) == 0)
			hits[nhits++] = p;
	if (nhits != 2)
		return;
	sha256_init(&s);
	sha256_update(&s, data, len);
	sha256_final(&s, digest);
	for (int h = 0; h < 2; h++)
		for (int i = 0; i < PDFA_ID_LEN; i++) {
			hits[h][1 + 2 * i] = hex[digest[i] >> 4];
			hits[h][2 + 2 * i] = hex[digest[i] & 15];
		}
}
