/* The <opbouw> of a template: sections and the template language (see
 * docs/templates.md), read from a schema-valid document. */
#ifndef VG_TEMPLATE_BODY_H
#define VG_TEMPLATE_BODY_H
#include <libxml/tree.h>
#include <stddef.h>

struct arena;
struct tpl_section;

/* Reads the child elements of `parent` into *out; fields are checked for
 * `scope` (enum field_scope). Returns 0, or -1 after messages. */
int tpl_read_blocks(struct arena *a, const char *path, xmlNodePtr parent, int scope, struct tpl_section **out,
                    size_t *count);
/* Checks a text with {placeholders} and [optional groups] used in `scope`;
 * `running` allows {pagina} and {paginas}. 0, or -1 after a message naming
 * path:line and `what`. */
int tpl_check_text(const char *path, int line, const char *what, const char *s, int scope, int running);

#endif
