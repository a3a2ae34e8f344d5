#include "rich_build.h"

#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/xalloc.h"

void rich_add(struct arena *a, struct span_list *l, const char *text, size_t len, unsigned style,
              const char *link)
{
	struct span *last = l->n ? &l->v[l->n - 1] : NULL;
	if (len == 0)
		return;
	if (last != NULL && last->style == style && last->link == link &&
	    strcmp(last->text, "\n") != 0 && !(len == 1 && text[0] == '\n')) {
		/* the last span's text grows by doubling, so a paragraph of many
		 * small pieces (text nodes, runs, references) stays linear */
		char *t = (char *)last->text;
		if (l->tlen + len + 1 > l->tcap) {
			size_t cap =
			    2 * l->tcap > l->tlen + len + 1 ? 2 * l->tcap : l->tlen + len + 1;
			t = arena_alloc(a, cap);
			memcpy(t, last->text, l->tlen);
			l->tcap = cap;
		}
		memcpy(t + l->tlen, text, len);
		l->tlen += len;
		t[l->tlen] = '\0';
		last->text = t;
		return;
	}
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n].text = arena_strndup(a, text, len);
	l->v[l->n].style = style;
	l->v[l->n].link = link;
	l->n++;
	l->tlen = len;
	l->tcap = len + 1;
}

void rich_finish(struct arena *a, struct span_list *l, struct rich *out)
{
	out->nspans = l->n;
	out->spans = arena_array(a, l->n, sizeof(struct span));
	if (l->n)
		memcpy(out->spans, l->v, l->n * sizeof(struct span));
	free(l->v);
	l->v = NULL;
	l->n = l->cap = l->tlen = l->tcap = 0;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void rich_trim(struct rich *r)
{
	while (r->nspans > 0) {
		const char *t = r->spans[0].text;
		while (*t == ' ' || *t == '\t')
			t++;
		r->spans[0].text = t;
		if (*t != '\0')
			break;
		r->spans++;
		r->nspans--;
	}
	while (r->nspans > 0) {
		struct span *s = &r->spans[r->nspans - 1];
		size_t n = strlen(s->text);
		while (n > 0 && is_space(s->text[n - 1]))
			n--;
		if (n > 0) {
			/* spans live in the arena and are not shared: cut in place */
			((char *)s->text)[n] = '\0';
			break;
		}
		r->nspans--;
	}
}

void blocks_add(struct block_list *l, const struct block *b)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = *b;
}

void blocks_finish(struct arena *a, struct block_list *l, struct block **out, size_t *nout)
{
	*nout = l->n;
	*out = arena_array(a, l->n, sizeof(struct block));
	if (l->n)
		memcpy(*out, l->v, l->n * sizeof(struct block));
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
