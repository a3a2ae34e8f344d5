/* Word narratives (.docx, Office Open XML) into the model's struct doc. */
#ifndef VG_DOCX_H
#define VG_DOCX_H
#include <stddef.h>

#include "../model/doc.h"

struct arena;

#define DOCX_MAX_BLOCKS 100000 /* paragraphs and table rows of one document */

/* Reads the Word file `data` (the .docx bytes) into `d`, allocating from
 * `a`; messages name `shown`. Paragraphs, headings (outline level of the
 * paragraph style), bold and italic, lists (numbering.xml), hyperlinks
 * (relationships), tables and footnotes are kept; tracked changes are read
 * as accepted with a warning; comments are ignored; anything else is left
 * out with a warning naming the paragraph. Returns 0, or -1 after a
 * D_OFFICE error (d left empty). */
int docx_parse(struct arena *a, const char *data, size_t len, const char *shown, struct doc *d);

#endif
