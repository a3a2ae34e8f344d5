/* Unit tests for render/fonttrim: the trimmed font keeps every table but
 * 'post' and 'hmtx' byte for byte, its checksums hold, and damaged fonts
 * are refused without touching the output. Run from the top of the tree. */
#include <check.h>

#include "check_main.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/fonttrim.h"
#include "util/buf.h"

static unsigned char *load(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *d;
	long n;
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	d = malloc((size_t)n);
	ck_assert_uint_eq(fread(d, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return d;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t sum32(const unsigned char *p, size_t n)
{
	uint32_t s = 0;
	unsigned char last[4] = {0, 0, 0, 0};
	size_t i;
	for (i = 0; i + 4 <= n; i += 4)
		s += be32(p + i);
	memcpy(last, p + i, n - i);
	return s + (i < n ? be32(last) : 0);
}

/* The table with tag in font f: its data and length. */
static const unsigned char *table(const unsigned char *f, const char *tag, size_t *len)
{
	unsigned n = (unsigned)f[4] << 8 | f[5];
	for (unsigned i = 0; i < n; i++)
		if (memcmp(f + 12 + 16 * i, tag, 4) == 0) {
			*len = be32(f + 12 + 16 * i + 12);
			return f + be32(f + 12 + 16 * i + 8);
		}
	return NULL;
}

START_TEST(test_trim_open_sans)
{
	size_t len, n_in, n_out;
	unsigned char *font = load("fonts/OpenSans-Regular.ttf", &len), used[4000];
	const unsigned char *o;
	struct buf out = {0};
	unsigned ntab, nmetrics;
	static const char *const same[] = {"glyf", "loca", "cmap", "name", "OS/2", "fpgm", "prep", "cvt ", "maxp", "hhea"};
	memset(used, 0, sizeof used);
	for (int g = 36; g < 90; g++) /* some letters */
		used[g] = 1;
	ck_assert_int_eq(fonttrim(font, len, used, sizeof used, &out), 0);
	o = (const unsigned char *)out.data;
	ck_assert_uint_lt(out.len, len);
	/* every table's checksum, and the whole font's */
	ntab = (unsigned)o[4] << 8 | o[5];
	for (unsigned i = 0; i < ntab; i++) {
		const unsigned char *r = o + 12 + 16 * i;
		unsigned char *copy;
		size_t tl = be32(r + 12);
		ck_assert_uint_le(be32(r + 8) + tl, out.len);
		copy = malloc(tl + 4);
		memcpy(copy, o + be32(r + 8), tl);
		if (memcmp(r, "head", 4) == 0)
			memset(copy + 8, 0, 4);
		ck_assert_uint_eq(be32(r + 4), sum32(copy, tl));
		free(copy);
	}
	ck_assert_uint_eq(sum32(o, out.len), 0xB1B0AFBAu);
	/* post: format 3 */
	ck_assert_ptr_nonnull(table(o, "post", &n_out));
	ck_assert_uint_eq(n_out, 32);
	ck_assert_uint_eq(be32(table(o, "post", &n_out)), 0x00030000u);
	/* everything else that matters unchanged */
	for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
		const unsigned char *a = table(font, same[i], &n_in), *b = table(o, same[i], &n_out);
		if (a == NULL)
			continue;
		ck_assert_ptr_nonnull(b);
		ck_assert_uint_eq(n_in, n_out);
		ck_assert_msg(memcmp(a, b, n_in) == 0, "table %s changed", same[i]);
	}
	/* hmtx: metrics of used glyphs (and .notdef) kept, the rest zero */
	{
		const unsigned char *a = table(font, "hmtx", &n_in), *b = table(o, "hmtx", &n_out), *hh;
		size_t hl;
		hh = table(font, "hhea", &hl);
		nmetrics = (unsigned)hh[34] << 8 | hh[35];
		ck_assert_uint_eq(n_in, n_out);
		ck_assert(memcmp(a, b, 4) == 0);
		ck_assert(memcmp(a + 4 * 40, b + 4 * 40, 4) == 0);
		ck_assert_uint_eq(be32(b + 4 * 100), 0);
		ck_assert_uint_gt(nmetrics, 100);
	}
	buf_free(&out);
	free(font);
}
END_TEST

START_TEST(test_trim_damaged)
{
	size_t len;
	unsigned char *font = load("fonts/OpenSans-Bold.ttf", &len), used[16] = {1, 1, 1};
	unsigned char *bad = malloc(len);
	struct buf out = {0};
	ck_assert_int_eq(fonttrim((const unsigned char *)"", 0, used, 0, &out), -1);
	ck_assert_int_eq(fonttrim((const unsigned char *)"\0\1\0\0\0\0", 6, used, 3, &out), -1);
	for (size_t cut = 0; cut < 2048; cut += 7) { /* cut inside the table directory */
		buf_puts(&out, "x");
		if (fonttrim(font, cut, used, 3, &out) != 0)
			ck_assert(out.len == 1);
		buf_reset(&out);
	}
	for (size_t i = 0; i < 12 + 16 * 20; i++) { /* damage in the directory */
		memcpy(bad, font, len);
		bad[i] ^= 0xA5;
		buf_reset(&out);
		if (fonttrim(bad, len, used, sizeof used, &out) != 0)
			ck_assert_uint_eq(out.len, 0);
	}
	buf_free(&out);
	free(bad);
	free(font);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("fonttrim");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_trim_open_sans);
	tcase_add_test(tc, test_trim_damaged);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
