#include "xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long fail_at;       /* allocation number that fails; 0 = none */
static unsigned long alloc_count;   /* allocations made so far */
static unsigned long long alloc_bytes; /* bytes asked for so far: the scaling test counts work with it */
static void (*oom_handler)(void);   /* test hook, called instead of exit */

void xalloc_fail_after(unsigned long n)
{
	fail_at = n ? alloc_count + n : 0;
}

void xalloc_set_oom_handler(void (*handler)(void))
{
	oom_handler = handler;
}

unsigned long xalloc_count(void)
{
	return alloc_count;
}

unsigned long long xalloc_bytes(void)
{
	return alloc_bytes;
}

static void oom(void)
{
	if (oom_handler != NULL)
		oom_handler();
	fputs("voortgang: fout: onvoldoende geheugen; sluit andere programma's of splits de invoer\n", stderr);
	exit(3);
}

/* Counts an allocation; true when the test hook says this one must fail. */
static int injected_failure(void)
{
	alloc_count++;
	return fail_at != 0 && alloc_count >= fail_at;
}

void *xmalloc(size_t size)
{
	void *p = injected_failure() ? NULL : malloc(size ? size : 1);
	alloc_bytes += size;
	if (p == NULL)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = injected_failure() ? NULL : calloc(n ? n : 1, size ? size : 1);
	alloc_bytes += (unsigned long long)n * size;
	if (p == NULL)
		oom();
	return p;
}

void *xrealloc(void *p, size_t size)
{
	void *q = injected_failure() ? NULL : realloc(p, size ? size : 1);
	alloc_bytes += size;
	if (q == NULL)
		oom();
	return q;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t ncap = *cap ? *cap : 8;
	if (need <= *cap)
		return p;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			oom();
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / size)
		oom();
	p = xrealloc(p, ncap * size);
	*cap = ncap;
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}
