#include "fontmetrics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/utf8.h"
#include "../util/readall.h"
#include "../util/readset.h"
#include "../util/xalloc.h"

/* Largest font file we read; the Open Sans faces are about 220 KB. */
#define FM_MAX_FILE (32u * 1024 * 1024)
#define FM_BMP 0x10000u
#define FM_REPLACEMENT 0xFFFDu
/* Cap and x-height in 1/1000 em when the font has no OS/2 version 2. */
#define FM_DEFAULT_CAPHEIGHT 700
#define FM_DEFAULT_XHEIGHT 500

/* A cmap format 12 range above the BMP. */
struct cmap_group {
	uint32_t first; /* first code point */
	uint32_t last;  /* last code point, inclusive */
	uint32_t gid;   /* glyph of `first`; the rest follow in order */
};

struct fontmetrics {
	uint16_t *bmp;             /* glyph per BMP code point (FM_BMP entries), 0 = none */
	struct cmap_group *groups; /* ranges above the BMP, sorted by first */
	size_t ngroups;            /* entries in groups */
	int *widths;               /* advance per glyph in 1/1000 em, rounded as libharu */
	unsigned nglyphs;          /* entries in widths (maxp.numGlyphs) */
	int ascent;                /* typographic ascender, 1/1000 em, positive */
	int descent;               /* typographic descender, 1/1000 em, negative */
	int capheight;             /* height of capitals, 1/1000 em */
	int xheight;               /* height of lowercase x, 1/1000 em */
};

/* A bounds-checked view of bytes inside the font file. */
struct span {
	const unsigned char *p; /* first byte */
	size_t len;             /* bytes that may be read */
};

/* Everything the parse needs from the file before the result is built. */
struct sfnt {
	struct span file;  /* the whole font file */
	unsigned upem;     /* head.unitsPerEm */
	unsigned nglyphs;  /* maxp.numGlyphs */
};

/* Reads a big-endian unsigned 16-bit value at off. Returns 0, or -1 when
 * it lies outside the span. */
static int get_u16(const struct span *s, size_t off, uint16_t *v)
{
	if (off > s->len || s->len - off < 2)
		return -1;
	*v = (uint16_t)(s->p[off] << 8 | s->p[off + 1]);
	return 0;
}

static int get_s16(const struct span *s, size_t off, int *v)
{
	uint16_t u;

	if (get_u16(s, off, &u) != 0)
		return -1;
	*v = u >= 0x8000 ? (int)u - 0x10000 : (int)u;
	return 0;
}

static int get_u32(const struct span *s, size_t off, uint32_t *v)
{
	if (off > s->len || s->len - off < 4)
		return -1;
	*v = (uint32_t)s->p[off] << 24 | (uint32_t)s->p[off + 1] << 16 |
	     (uint32_t)s->p[off + 2] << 8 | s->p[off + 3];
	return 0;
}

/* The part of s from off on, at most len bytes (SIZE_MAX: to the end).
 * Returns 0, or -1 when off lies beyond s. */
static int sub_span(const struct span *s, size_t off, size_t len, struct span *out)
{
	if (off > s->len)
		return -1;
	out->p = s->p + off;
	out->len = s->len - off < len ? s->len - off : len;
	return 0;
}

/* Reads the whole file into memory. Returns the bytes (free them), or NULL
 * when the file cannot be read or is larger than FM_MAX_FILE. */
static unsigned char *read_font_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *data;

	if (fp == NULL)
		return NULL;
	readset_add_fd(fileno(fp)); /* no output may replace a font */
	data = read_all(fp, FM_MAX_FILE, len);
	fclose(fp);
	return data;
}

/* Finds a table in the table directory. Returns 0 with the table's bytes,
 * or -1 when it is absent or reaches beyond the file. */
static int find_table(const struct sfnt *f, const char *tag, struct span *t)
{
	uint16_t ntables, i;
	uint32_t off, len;
	size_t rec;

	if (get_u16(&f->file, 4, &ntables) != 0)
		return -1;
	for (i = 0; i < ntables; i++) {
		rec = 12 + (size_t)i * 16;
		if (get_u32(&f->file, rec + 8, &off) != 0 || get_u32(&f->file, rec + 12, &len) != 0)
			return -1;
		if (memcmp(f->file.p + rec, tag, 4) != 0)
			continue;
		if (off > f->file.len || len > f->file.len - off)
			return -1;
		return sub_span(&f->file, off, len, t);
	}
	return -1;
}

/* Checks that every table in the directory lies inside the file, so that
 * a truncated file is refused as a whole. Returns 0 or -1. */
static int check_directory(const struct sfnt *f, uint16_t ntables)
{
	uint32_t off, len;
	uint16_t i;

	for (i = 0; i < ntables; i++) {
		if (get_u32(&f->file, 12 + (size_t)i * 16 + 8, &off) != 0 ||
		    get_u32(&f->file, 12 + (size_t)i * 16 + 12, &len) != 0)
			return -1;
		if (off > f->file.len || len > f->file.len - off)
			return -1;
	}
	return 0;
}

/* Font units to 1/1000 em, truncating toward zero as libharu does. */
static int scale(const struct sfnt *f, int units)
{
	return (int)((long)units * 1000 / (long)f->upem);
}

/* Checks the sfnt header and reads head and maxp. Returns 0 or -1. */
static int parse_header(struct sfnt *f)
{
	struct span head, maxp;
	uint32_t version, magic;
	uint16_t ntables, upem, nglyphs;

	if (get_u32(&f->file, 0, &version) != 0 || get_u16(&f->file, 4, &ntables) != 0)
		return -1;
	if (version != 0x00010000u && version != 0x74727565u) /* 'true' (Apple) */
		return -1;
	if (ntables == 0 || f->file.len < 12 + (size_t)ntables * 16 ||
	    check_directory(f, ntables) != 0)
		return -1;
	if (find_table(f, "head", &head) != 0 || get_u32(&head, 12, &magic) != 0 ||
	    magic != 0x5F0F3CF5u || get_u16(&head, 18, &upem) != 0 || head.len < 54)
		return -1;
	if (upem < 16 || upem > 16384)
		return -1;
	if (find_table(f, "maxp", &maxp) != 0 || get_u16(&maxp, 4, &nglyphs) != 0 ||
	    nglyphs == 0)
		return -1;
	f->upem = upem;
	f->nglyphs = nglyphs;
	return 0;
}

/* Fills fm->widths from hhea and hmtx: glyphs past numberOfHMetrics repeat
 * the last advance. Each is advance * 1000 / unitsPerEm, truncated, the way
 * libharu 2.3.0 computes the /W entries (HPDF_TTFontDef_GetGidWidth).
 * Returns 0 or -1. */
static int parse_widths(const struct sfnt *f, struct fontmetrics *fm)
{
	struct span hhea, hmtx;
	uint16_t nhm, adv = 0;
	unsigned g;

	if (find_table(f, "hhea", &hhea) != 0 || hhea.len < 36 ||
	    get_u16(&hhea, 34, &nhm) != 0 || nhm == 0)
		return -1;
	if (find_table(f, "hmtx", &hmtx) != 0)
		return -1;
	fm->nglyphs = f->nglyphs;
	fm->widths = xcalloc(f->nglyphs, sizeof *fm->widths);
	for (g = 0; g < f->nglyphs; g++) {
		if (g < nhm && get_u16(&hmtx, (size_t)g * 4, &adv) != 0)
			return -1;
		fm->widths[g] = (int)((unsigned long)adv * 1000 / f->upem);
	}
	return 0;
}

/* Glyph of code point c in format 4 segment i (seg points at the subtable,
 * segx2 = 2 * segCount), or 0. Follows the OpenType rules; a glyph index
 * outside the subtable counts as missing. */
static unsigned f4_glyph(const struct span *seg, size_t segx2, size_t i, uint32_t c,
                         uint16_t start, uint16_t delta)
{
	size_t ro_at = 16 + 3 * segx2 + 2 * i;
	uint16_t ro, g;

	if (get_u16(seg, ro_at, &ro) != 0)
		return 0;
	if (ro == 0)
		return (c + delta) & 0xFFFFu;
	if (get_u16(seg, ro_at + ro + 2 * (size_t)(c - start), &g) != 0 || g == 0)
		return 0;
	return (g + delta) & 0xFFFFu;
}

/* Fills fm->bmp from a format 4 subtable (st runs to the end of the cmap
 * table; its length field is not trusted, every read is bounds-checked).
 * Like libharu, a code point belongs to the first segment whose endCode is
 * not below it. Returns 0, or -1 for a malformed subtable. */
static int parse_format4(const struct span *st, const struct sfnt *f, struct fontmetrics *fm)
{
	uint16_t segx2, end = 0, start = 0, delta = 0; /* arrays checked to fit below */
	uint32_t next = 0, c;
	unsigned g;
	size_t i;

	if (get_u16(st, 6, &segx2) != 0)
		return -1;
	if (segx2 == 0 || segx2 % 2 != 0 || st->len < 16 + 4 * (size_t)segx2)
		return -1;
	for (i = 0; i < segx2 / 2u; i++) {
		get_u16(st, 14 + 2 * i, &end);
		get_u16(st, 16 + segx2 + 2 * i, &start);
		get_u16(st, 16 + 2 * (size_t)segx2 + 2 * i, &delta);
		if (end < next)
			continue;
		for (c = start > next ? start : next; c <= end; c++) {
			g = f4_glyph(st, segx2, i, c, start, delta);
			fm->bmp[c] = g < f->nglyphs ? (uint16_t)g : 0;
		}
		next = (uint32_t)end + 1;
	}
	return 0;
}

/* Glyph `off` places after a group's first glyph, or 0 when the font has
 * no such glyph. */
static uint16_t group_glyph(const struct fontmetrics *fm, const struct cmap_group *grp,
                            uint32_t off)
{
	uint32_t g = grp->gid + off;

	return g >= grp->gid && g < fm->nglyphs ? (uint16_t)g : 0;
}

/* Stores one format 12 group: its BMP part goes into fm->bmp when fill_bmp
 * is set (no format 4 subtable), the rest into fm->groups. */
static void add_group(struct fontmetrics *fm, size_t *cap, struct cmap_group grp, int fill_bmp)
{
	uint32_t c;

	if (fill_bmp)
		for (c = grp.first; c <= grp.last && c < FM_BMP; c++)
			fm->bmp[c] = group_glyph(fm, &grp, c - grp.first);
	if (grp.last < FM_BMP)
		return;
	if (grp.first < FM_BMP) {
		grp.gid += FM_BMP - grp.first;
		grp.first = FM_BMP;
	}
	fm->groups = xgrow(fm->groups, cap, fm->ngroups + 1, sizeof *fm->groups);
	fm->groups[fm->ngroups++] = grp;
}

/* Reads a format 12 subtable: code points above the BMP, and the BMP too
 * when fill_bmp is set. Returns 0 or -1; unsorted or overlapping groups
 * make it malformed. */
static int parse_format12(const struct span *st, struct fontmetrics *fm, int fill_bmp)
{
	uint32_t len, ngroups, i, prev_last = 0;
	struct cmap_group grp = {0, 0, 0}; /* groups checked to fit below */
	struct span sub;
	size_t cap = 0;

	if (get_u32(st, 4, &len) != 0 || get_u32(st, 12, &ngroups) != 0)
		return -1;
	sub_span(st, 0, len, &sub);
	if (sub.len < 16 || (sub.len - 16) / 12 < ngroups)
		return -1;
	for (i = 0; i < ngroups; i++) {
		get_u32(&sub, 16 + (size_t)i * 12, &grp.first);
		get_u32(&sub, 20 + (size_t)i * 12, &grp.last);
		get_u32(&sub, 24 + (size_t)i * 12, &grp.gid);
		if (grp.last < grp.first || grp.last > 0x10FFFF || (i > 0 && grp.first <= prev_last))
			return -1;
		prev_last = grp.last;
		add_group(fm, &cap, grp, fill_bmp);
	}
	return 0;
}

/* Rank of a cmap subtable for our use: 2 for the Windows Unicode ones
 * ((3,1) format 4, (3,10) format 12), 1 for the Unicode platform, else 0. */
static int cmap_rank(uint16_t plat, uint16_t enc, uint16_t fmt)
{
	if (plat == 3 && ((fmt == 4 && enc == 1) || (fmt == 12 && enc == 10)))
		return 2;
	return plat == 0 && (fmt == 4 || fmt == 12) ? 1 : 0;
}

/* Finds the best format 4 and format 12 subtables (offsets from the start
 * of cmap, 0 when absent). Like libharu, the first (3,1) format 4 wins. */
static void choose_cmaps(const struct span *cmap, uint32_t *f4, uint32_t *f12)
{
	uint16_t n, plat, enc, fmt, i;
	uint32_t off;
	int rank, best4 = 0, best12 = 0;

	*f4 = *f12 = 0;
	if (get_u16(cmap, 2, &n) != 0)
		return;
	for (i = 0; i < n; i++) {
		if (get_u16(cmap, 4 + 8 * (size_t)i, &plat) != 0 ||
		    get_u16(cmap, 6 + 8 * (size_t)i, &enc) != 0 ||
		    get_u32(cmap, 8 + 8 * (size_t)i, &off) != 0)
			return;
		if (get_u16(cmap, off, &fmt) != 0 || (rank = cmap_rank(plat, enc, fmt)) == 0)
			continue;
		if (fmt == 4 && rank > best4) {
			*f4 = off;
			best4 = rank;
		} else if (fmt == 12 && rank > best12) {
			*f12 = off;
			best12 = rank;
		}
	}
}

/* Builds the code point to glyph lookup from the cmap table. Returns 0, or
 * -1 when the font has no usable Unicode cmap. */
static int parse_cmap(const struct sfnt *f, struct fontmetrics *fm)
{
	struct span cmap, st;
	uint32_t f4, f12;
	uint16_t version;

	if (find_table(f, "cmap", &cmap) != 0 || get_u16(&cmap, 0, &version) != 0 ||
	    version != 0)
		return -1;
	choose_cmaps(&cmap, &f4, &f12);
	if (f4 == 0 && f12 == 0)
		return -1;
	fm->bmp = xcalloc(FM_BMP, sizeof *fm->bmp);
	if (f4 != 0 && (sub_span(&cmap, f4, SIZE_MAX, &st) != 0 || parse_format4(&st, f, fm) != 0))
		return -1;
	if (f12 != 0 &&
	    (sub_span(&cmap, f12, SIZE_MAX, &st) != 0 || parse_format12(&st, fm, f4 == 0) != 0))
		return -1;
	return 0;
}

/* Vertical metrics: OS/2 typographic values when the table has them (cap
 * and x-height need version 2), else hhea ascender/descender and typical
 * Latin proportions. Returns 0 or -1. */
static int parse_vertical(const struct sfnt *f, struct fontmetrics *fm)
{
	struct span hhea, os2;
	uint16_t version;
	int asc, desc, cap = 0, xh = 0;

	if (find_table(f, "hhea", &hhea) != 0 || get_s16(&hhea, 4, &asc) != 0 ||
	    get_s16(&hhea, 6, &desc) != 0)
		return -1;
	fm->capheight = FM_DEFAULT_CAPHEIGHT;
	fm->xheight = FM_DEFAULT_XHEIGHT;
	if (find_table(f, "OS/2", &os2) == 0 && os2.len >= 78 && get_u16(&os2, 0, &version) == 0) {
		get_s16(&os2, 68, &asc);
		get_s16(&os2, 70, &desc);
		if (version >= 2 && get_s16(&os2, 86, &xh) == 0 && get_s16(&os2, 88, &cap) == 0) {
			fm->capheight = scale(f, cap);
			fm->xheight = scale(f, xh);
		}
	}
	fm->ascent = scale(f, asc);
	fm->descent = scale(f, desc > 0 ? -desc : desc);
	return 0;
}

/* Parses the font in f into a new fontmetrics. Returns it, or NULL when
 * the font is malformed. */
static struct fontmetrics *parse_font(struct sfnt *f)
{
	struct fontmetrics *fm = xcalloc(1, sizeof *fm);

	if (parse_header(f) != 0 || parse_widths(f, fm) != 0 || parse_cmap(f, fm) != 0 ||
	    parse_vertical(f, fm) != 0) {
		fontmetrics_free(fm);
		return NULL;
	}
	return fm;
}

struct fontmetrics *fontmetrics_load(const char *path)
{
	struct sfnt f = {{NULL, 0}, 0, 0};
	struct fontmetrics *fm;
	unsigned char *data;

	if ((data = read_font_file(path, &f.file.len)) == NULL)
		return NULL;
	f.file.p = data;
	fm = parse_font(&f);
	free(data);
	return fm;
}

void fontmetrics_free(struct fontmetrics *fm)
{
	if (fm == NULL)
		return;
	free(fm->bmp);
	free(fm->groups);
	free(fm->widths);
	free(fm);
}

/* Glyph of a code point, 0 when the font lacks it. O(1) in the BMP, a
 * binary search above it. */
static unsigned glyph_of(const struct fontmetrics *fm, uint32_t cp)
{
	size_t lo = 0, hi = fm->ngroups, mid;

	if (cp < FM_BMP)
		return fm->bmp[cp];
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < fm->groups[mid].first)
			hi = mid;
		else if (cp > fm->groups[mid].last)
			lo = mid + 1;
		else
			return group_glyph(fm, &fm->groups[mid], cp - fm->groups[mid].first);
	}
	return 0;
}

int fontmetrics_width(const struct fontmetrics *fm, uint32_t cp)
{
	return fm->widths[glyph_of(fm, cp)];
}

int fontmetrics_has(const struct fontmetrics *fm, uint32_t cp)
{
	return glyph_of(fm, cp) != 0;
}

long fontmetrics_text_width(const struct fontmetrics *fm, const char *s, size_t len)
{
	long w = 0;
	size_t i = 0, k;
	uint32_t cp;

	while (i < len) {
		if ((k = utf8_decode(s + i, len - i, &cp)) == 0) {
			cp = FM_REPLACEMENT;
			k = 1;
		}
		w += fontmetrics_width(fm, cp);
		i += k;
	}
	return w;
}

int fontmetrics_ascent(const struct fontmetrics *fm)
{
	return fm->ascent;
}

int fontmetrics_descent(const struct fontmetrics *fm)
{
	return fm->descent;
}

int fontmetrics_capheight(const struct fontmetrics *fm)
{
	return fm->capheight;
}

int fontmetrics_xheight(const struct fontmetrics *fm)
{
	return fm->xheight;
}
