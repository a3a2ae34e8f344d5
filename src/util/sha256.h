/* SHA-256 (FIPS 180-4), for the provenance of archived reports and the
 * content-derived file identifier of a PDF. */
#ifndef VG_SHA256_H
#define VG_SHA256_H
#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];          /* chaining state */
	uint64_t len;           /* bytes hashed so far */
	unsigned char buf[64];  /* pending partial block */
	size_t nbuf;
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t len);
void sha256_final(struct sha256 *s, unsigned char out[32]);
/* Finishes s and writes its digest as 64 lowercase hex digits and a NUL. */
void sha256_final_hex(struct sha256 *s, char out[65]);
/* The digest of data as 64 lowercase hex digits and a NUL. */
void sha256_hex(const void *data, size_t len, char out[65]);

#endif
