#include "expand.h"

#include <stdio.h>
#include <string.h>

#include "../util/buf.h"

char *text_expand(const char *tpl, expand_lookup_fn lookup, void *ctx, const char *absent, int *all_empty)
{
	struct buf out = {0}, part = {0};
	int in_opt = 0, empty = 0, fields = 0, filled = 0;

	for (const char *s = tpl; s != NULL && *s; s++) {
		struct buf *b = in_opt ? &part : &out;
		if (*s == '[' && !in_opt) {
			in_opt = 1;
			empty = 0;
			buf_reset(&part);
		} else if (*s == ']' && in_opt) {
			in_opt = 0;
			if (!empty)
				buf_puts(&out, buf_str(&part));
		} else if (*s == '{' && strchr(s, '}') != NULL) {
			size_t n = (size_t)(strchr(s, '}') - s - 1);
			char key[128];
			const char *v;
			snprintf(key, sizeof key, "%.*s", (int)(n < sizeof key - 1 ? n : sizeof key - 1), s + 1);
			v = lookup != NULL ? lookup(ctx, key) : NULL;
			fields++;
			filled += v != NULL && *v != '\0';
			if (v == NULL || *v == '\0') {
				empty = 1;
				if (!in_opt && absent != NULL)
					buf_puts(b, absent);
			} else {
				buf_puts(b, v);
			}
			s += n + 1;
		} else {
			buf_putc(b, *s);
		}
	}
	if (all_empty != NULL)
		*all_empty = fields > 0 && filled == 0;
	buf_putc(&out, '\0'); /* a buffer, even for an empty text */
	buf_free(&part);
	return out.data;
}
