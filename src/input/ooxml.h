/* The XML parts of Office files (.docx, .xlsx): parsed with libxml2 with
 * the network off, entities not expanded and a DOCTYPE refused, and small
 * helpers to find elements and attributes by their local name. */
#ifndef VG_OOXML_H
#define VG_OOXML_H
#include <libxml/tree.h>
#include <stddef.h>

#define OOXML_MAX_DEPTH 64 /* deepest element nesting a reader descends into */

/* Parses `part` of the Office file `shown`. Reports D_OFFICE (with the
 * part and line) and returns NULL on malformed XML or a DOCTYPE. */
xmlDocPtr ooxml_parse(const char *data, size_t len, const char *shown, const char *part);

struct zipread;
/* Part `name` of the zip `z` read and parsed: NULL when an optional part
 * is absent (no message), or when it is missing or broken (*broken set,
 * message given). */
xmlDocPtr ooxml_read_part(struct zipread *z, const char *name, int required, const char *shown, int *broken);

/* True when `n` is an element with this local name (namespaces are not
 * compared: Office writes one vocabulary per part). */
int ooxml_is(const xmlNode *n, const char *name);
/* First child element with this local name, or NULL. */
xmlNodePtr ooxml_child(const xmlNode *n, const char *name);
/* The attribute with this local name in any namespace, or NULL; the
 * string lives as long as the document. */
const char *ooxml_attr(const xmlNode *n, const char *name);
/* A Word on/off property (<w:b/>, <w:b w:val="0"/>): 1 when present and not
 * switched off, 0 when absent or off. */
int ooxml_flag(const xmlNode *prop);

#endif
