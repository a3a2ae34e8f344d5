/* Growable byte buffer, always NUL-terminated after buf_* calls. */
#ifndef VG_BUF_H
#define VG_BUF_H
#include <stddef.h>

struct buf {
	char *data; /* contents, NUL-terminated; NULL until first append */
	size_t len; /* bytes used, excluding the NUL */
	size_t cap; /* bytes allocated */
};

void buf_append(struct buf *b, const char *s, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);
void buf_free(struct buf *b);
/* Contents as a string ("" when empty); stays owned by the buffer. */
const char *buf_str(const struct buf *b);

#endif
