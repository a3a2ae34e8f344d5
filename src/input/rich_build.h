/* Building the model's rich text and block arrays while a narrative is
 * read (Markdown or Word): growing lists that are copied into the arena
 * when done. */
#ifndef VG_RICH_BUILD_H
#define VG_RICH_BUILD_H
#include <stddef.h>

#include "../model/doc.h"

struct arena;

/* Spans being collected. */
struct span_list {
	struct span *v;
	size_t n, cap;
	size_t tlen, tcap; /* length and room of the last span's text, which grows in place */
};

/* Blocks being collected. */
struct block_list {
	struct block *v;
	size_t n, cap;
};

/* Appends text in a style, merging with the previous span when style and
 * link are equal (a line break "\n" always stays a span of its own). */
void rich_add(struct arena *a, struct span_list *l, const char *text, size_t len, unsigned style,
              const char *link);
/* Moves the spans into the arena as `out` and empties the list. */
void rich_finish(struct arena *a, struct span_list *l, struct rich *out);
/* Drops white space at the start of the first span and the end of the last. */
void rich_trim(struct rich *r);

/* Appends a copy of `b`. */
void blocks_add(struct block_list *l, const struct block *b);
/* Moves the blocks into the arena and empties the list. */
void blocks_finish(struct arena *a, struct block_list *l, struct block **out, size_t *nout);

#endif
