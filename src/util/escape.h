/* Control characters made visible, so text from an input or a PDF cannot
 * steer the terminal (ESC, BEL) or forge lines (a newline) in what we print. */
#ifndef VG_ESCAPE_H
#define VG_ESCAPE_H
#include <stddef.h>

#define ESCAPE_MAX_GROWTH 6 /* an input byte becomes at most this many output bytes */

/* Copies n bytes of s to out (room for ESCAPE_MAX_GROWTH * n bytes) with
 * C0 controls, DEL and the C1 controls (U+0080-U+009F) written as \n, \t,
 * \r, \xHH or \u00HH; returns the bytes written. Everything else, UTF-8
 * included, is copied as is. */
size_t escape_ctl(char *out, const char *s, size_t n);
/* True when s (n bytes) holds a byte escape_ctl would change. */
int escape_needed(const char *s, size_t n);
/* s escaped into a malloc'ed NUL-terminated string. */
char *escape_dup(const char *s);

#endif
