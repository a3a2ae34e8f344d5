/* SHA-256 against the FIPS 180-4 examples and across block boundaries. */
#include <stdio.h>
#include <string.h>

#include "check_main.h"
#include "util/sha256.h"

START_TEST(known_answers)
{
	char hex[65];
	sha256_hex("", 0, hex);
	ck_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, hex);
	ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(two, strlen(two), hex);
	ck_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char x60[60]; /* padding spills into a second block (sha256sum's answer) */
	memset(x60, 'x', sizeof x60);
	sha256_hex(x60, sizeof x60, hex);
	ck_assert_str_eq(hex, "42f2d97335669f86846b721a8aa58551a46564eaf6977e3b4836d4645e3e3ed2");
}
END_TEST

/* A million 'a's fed in odd-sized pieces gives the published digest. */
START_TEST(pieces)
{
	static char a[1000];
	unsigned char d[32];
	struct sha256 s;
	memset(a, 'a', sizeof a);
	sha256_init(&s);
	for (int i = 0; i < 1000; i++) {
		sha256_update(&s, a, 999);
		sha256_update(&s, a, 1);
	}
	sha256_final(&s, d);
	ck_assert_uint_eq(d[0], 0xcd);
	ck_assert_uint_eq(d[1], 0xc7);
	ck_assert_uint_eq(d[31], 0xd0);
}
END_TEST

/* Lengths around the padding boundary (55, 56, 63, 64 bytes) agree
 * between one call and byte-by-byte updates. */
START_TEST(boundaries)
{
	char buf[130];
	memset(buf, 'x', sizeof buf);
	for (size_t n = 50; n <= 130; n++) {
		char one[65], two[65];
		unsigned char d[32];
		struct sha256 s;
		sha256_hex(buf, n, one);
		sha256_init(&s);
		for (size_t i = 0; i < n; i++)
			sha256_update(&s, buf + i, 1);
		sha256_final(&s, d);
		for (int i = 0; i < 32; i++)
			sprintf(two + 2 * i, "%02x", d[i]);
		ck_assert_str_eq(one, two);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sha256");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, known_answers);
	tcase_add_test(tc, pieces);
	tcase_add_test(tc, boundaries);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
