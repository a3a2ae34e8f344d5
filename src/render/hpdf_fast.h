/* Faster replacements for libharu's byte-wise memory helpers and its
 * linear cmap lookup, bound in place of libharu's own (see hpdf_fast.c). */
#ifndef VG_HPDF_FAST_H
#define VG_HPDF_FAST_H

/* Returns 1; calling it keeps the replacements linked into programs that
 * take the library objects from an archive. */
int hpdf_fast_linked(void);

#endif
