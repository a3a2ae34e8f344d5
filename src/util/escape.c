#include "escape.h"

#include <stdio.h>
#include <string.h>

#include "xalloc.h"

/* The escape for the byte at s[i] (and s[i + 1] for a C1 control);
 * *used: bytes of s it stands for; 0 when the byte stays as it is. */
static size_t one(char *out, const char *s, size_t i, size_t n, size_t *used)
{
	unsigned char c = (unsigned char)s[i];
	*used = 1;
	if (c == '\n')
		return (size_t)sprintf(out, "\\n");
	if (c == '\t')
		return (size_t)sprintf(out, "\\t");
	if (c == '\r')
		return (size_t)sprintf(out, "\\r");
	if (c < 0x20 || c == 0x7f)
		return (size_t)sprintf(out, "\\x%02x", c);
	if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f) {
		*used = 2;
		return (size_t)sprintf(out, "\\u%04x", (unsigned char)s[i + 1]);
	}
	return 0;
}

size_t escape_ctl(char *out, const char *s, size_t n)
{
	size_t o = 0;
	char tmp[8];
	for (size_t i = 0; i < n;) {
		size_t used, k = one(tmp, s, i, n, &used);
		if (k == 0)
			out[o++] = s[i];
		else
			memcpy(out + o, tmp, k), o += k;
		i += used;
	}
	return o;
}

int escape_needed(const char *s, size_t n)
{
	char tmp[8];
	for (size_t i = 0; i < n; i++) {
		size_t used;
		if (one(tmp, s, i, n, &used) != 0)
			return 1;
	}
	return 0;
}

char *escape_dup(const char *s)
{
	size_t n = strlen(s);
	char *out = xmalloc(ESCAPE_MAX_GROWTH * n + 1);
	out[escape_ctl(out, s, n)] = '\0';
	return out;
}
