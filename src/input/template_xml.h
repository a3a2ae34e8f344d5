/* Reading a template from XML (libxml2), validated against
 * templates/sjabloon.rng. No network, no DTD, no entity expansion. */
#ifndef VG_TEMPLATE_XML_H
#define VG_TEMPLATE_XML_H
#include <stddef.h>

struct template;
struct arena;

/* Loads a template by name ("voortgangsrapportage", looked up in the data
 * folder's templates/) or by path (anything with a '/' or ending in .xml).
 * Messages name file:line. Fonts must exist in the data folder's fonts/.
 * Returns NULL on any error. The template lives in `a`. */
struct template *template_load(struct arena *a, const char *name_or_path);
/* The same from XML text in memory, named `path` in messages. */
struct template *template_load_buffer(struct arena *a, const char *path, const char *data, size_t len);

#endif
