/* Faster replacements for libharu's byte-wise memory helpers and its
 * linear cmap lookup, bound in place of libharu's own (see hpdf_fast.c). */
#ifndef VG_HPDF_FAST_H
#define VG_HPDF_FAST_H
#include <stddef.h>

/* Returns 1; calling it keeps the replacements linked into programs that
 * take the library objects from an archive. */
int hpdf_fast_linked(void);

/* libharu's own definition of an exported function that the program
 * replaces (dlsym with RTLD_NEXT), stored into *fn, a function pointer of
 * the right type; *fn stays NULL when it cannot be found. */
void hpdf_fast_original(const char *name, void *fn, size_t fn_size);

#endif
