/* UTF-8 decoding and validation (strict: no overlongs, no surrogates). */
#ifndef VG_UTF8_H
#define VG_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point from s (n bytes available). Returns the number of
 * bytes used (1-4), or 0 for an invalid or truncated sequence. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (at least 4 bytes); returns bytes written. */
size_t utf8_encode(uint32_t cp, char *out);
/* Whether XML 1.0 (and so XMP) can carry cp: no control characters but
 * tab and newline, no surrogates, no U+FFFE or U+FFFF. */
int utf8_xml_char(uint32_t cp);
/* Byte offset of the first invalid sequence, or (size_t)-1 when valid. */
size_t utf8_invalid_at(const char *s, size_t n);
/* Number of code points in a valid string. */
size_t utf8_length(const char *s, size_t n);

#endif
