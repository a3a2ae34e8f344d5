/* Markdown narratives (CommonMark, via cmark) into the model's struct doc. */
#ifndef VG_MARKDOWN_H
#define VG_MARKDOWN_H
#include <stddef.h>

#include "../model/doc.h"

struct arena;

#define MARKDOWN_MAX_DEPTH 16 /* deepest nesting of lists and quotes printed */
/* Links in one paragraph: libharu holds at most 8,191 entries in an array,
 * and the paragraph's structure element gets two per link. */
#define MARKDOWN_MAX_LINKS 4000
/* Items in one list: 40,000 items failed inside libharu (its arrays hold
 * at most 8,191 entries), and each item costs several PDF objects. */
#define MARKDOWN_MAX_ITEMS 4000
#define MARKDOWN_MAX_CELLS 100000 /* table cells (rows x columns) of one narrative, Markdown or Word */

/* Parses `text` into `d`, allocating from `a`. Messages name `file` with a
 * line number when `jpath` is NULL (text read from a .md file), or `file`
 * and `jpath` when the text was inline in JSON. Invalid UTF-8 is an error
 * (returns -1, d left empty); unsupported constructs (HTML, images) give a
 * warning and are left out. Returns 0 on success. */
int markdown_parse(struct arena *a, const char *text, size_t len, const char *file,
                   const char *jpath, struct doc *d);

#endif
