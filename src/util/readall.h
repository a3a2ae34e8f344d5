/* Reading the rest of an open file into memory, with a size limit. */
#ifndef VG_READALL_H
#define VG_READALL_H
#include <stddef.h>
#include <stdio.h>

/* Reads fp to its end. Returns the bytes (free them; one spare byte after
 * them, so a caller may add a NUL) and sets *len, or returns NULL on a
 * read error or when there are more than max bytes (ferror(fp) tells
 * which). Never NULL for lack of memory (see xalloc.h). */
unsigned char *read_all(FILE *fp, size_t max, size_t *len);

#endif
