/* Reading the parts of an Office file (.docx, .xlsx): a zip archive in
 * memory, with limits against zip bombs, read through libzip. */
#ifndef VG_ZIPREAD_H
#define VG_ZIPREAD_H
#include <stddef.h>

#define ZIPREAD_MAX_ENTRIES 1000                  /* parts in one archive */
#define ZIPREAD_MAX_TOTAL   (64u * 1024u * 1024u) /* all parts together, uncompressed */
#define ZIPREAD_MAX_RATIO   100                   /* uncompressed / compressed of a large part */
#define ZIPREAD_RATIO_FROM  (1024u * 1024u)       /* a part this large must keep to the ratio */

struct zipread;

/* Opens the archive in `data` (which must outlive it). Checks the entry
 * count, each part's size (FILES_MAX_INPUT), the total and the ratio from
 * the central directory before anything is inflated. Reports D_OFFICE
 * naming `shown` and returns NULL when it is no zip or breaks a limit. */
struct zipread *zipread_open(const char *data, size_t len, const char *shown);

/* The part `name` inflated and NUL-terminated (caller frees), *len its
 * size. NULL when the part is absent (a message only when `required`) or
 * cannot be read, or when it inflates to more than its directory said. */
char *zipread_get(struct zipread *z, const char *name, int required, size_t *len);

/* True when the archive has a part of this name. */
int zipread_has(struct zipread *z, const char *name);

void zipread_close(struct zipread *z);

#endif
