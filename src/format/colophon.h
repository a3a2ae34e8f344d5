/* The colophon of an archived document (colophon.c). */
#ifndef VG_FMT_COLOPHON_H
#define VG_FMT_COLOPHON_H
#include <stddef.h>

struct fmt;
struct source_file;

/* The colophon of an archived document: tool, template and every input
 * file with its SHA-256, and how to check them. */
void fmt_colophon(struct fmt *f, const struct source_file *s, size_t n);

#endif
