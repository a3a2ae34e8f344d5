#include "datadir.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/xalloc.h"

static char *cached; /* computed data folder */

static int has_templates(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;
	if ((size_t)snprintf(path, sizeof path, "%s/templates/sjabloon.rng", dir) >= sizeof path)
		return 0;
	return stat(path, &st) == 0;
}

static char *find_datadir(void)
{
	char exe[PATH_MAX], cand[PATH_MAX + 32];
	const char *env = getenv("VOORTGANG_DATADIR");
	ssize_t n;
	char *slash;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		if (has_templates(exe))
			return xstrdup(exe);
		snprintf(cand, sizeof cand, "%s/../share/voortgang", exe);
		if (has_templates(cand))
			return xstrdup(cand);
	}
	return xstrdup(".");
}

const char *datadir(void)
{
	if (cached == NULL)
		cached = find_datadir();
	return cached;
}

char *datadir_path(const char *sub, const char *name)
{
	const char *d = datadir();
	char *p = xmalloc(strlen(d) + strlen(sub) + strlen(name) + 3);
	sprintf(p, "%s/%s/%s", d, sub, name);
	return p;
}
