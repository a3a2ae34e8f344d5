#include "readall.h"

#include <stdlib.h>

#include "xalloc.h"

unsigned char *read_all(FILE *fp, size_t max, size_t *len)
{
	unsigned char *buf = NULL;
	size_t cap = 0, n = 0, got;

	do {
		buf = xgrow(buf, &cap, n + 65536 + 1, 1);
		got = fread(buf + n, 1, cap - n - 1, fp);
		n += got;
	} while (got > 0 && n <= max);
	if (ferror(fp) || n > max) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}
