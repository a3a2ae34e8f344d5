/* Allocation wrappers that never return NULL: on failure they print one
 * Dutch message and exit with status 3 (internal error), like mandoc_aux. */
#ifndef VG_XALLOC_H
#define VG_XALLOC_H
#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* Grow an array: returns a buffer for at least `need` elements of `size`,
 * updating *cap (doubling). Checks multiplication overflow. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Test hook: make the n-th allocation from now fail (0 = never). When an
 * allocation fails and a recovery handler is set, the handler is called
 * instead of exiting (used by allocation-failure tests, which longjmp). */
void xalloc_fail_after(unsigned long n);
void xalloc_set_oom_handler(void (*handler)(void));
unsigned long xalloc_count(void);
/* Bytes asked for by all allocations so far (a measure of work for tests). */
unsigned long long xalloc_bytes(void);

#endif
