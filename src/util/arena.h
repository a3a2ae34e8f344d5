/* A per-report arena: every model object of one report is allocated here and
 * freed at once when the report is done. Allocations are zeroed. */
#ifndef VG_ARENA_H
#define VG_ARENA_H
#include <stdarg.h>
#include <stddef.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *a);
/* Forgets every allocation but keeps the newest block for reuse: for
 * scratch memory that lives through one step of a loop. */
void arena_reset(struct arena *a);
/* Zeroed memory, aligned for any type; never NULL (exits on OOM). */
void *arena_alloc(struct arena *a, size_t size);
/* n elements of size, with overflow check. */
void *arena_array(struct arena *a, size_t n, size_t size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* printf into the arena. */
char *arena_printf(struct arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The same with a va_list (not consumed: it is copied). */
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

#endif
