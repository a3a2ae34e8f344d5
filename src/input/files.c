#define _XOPEN_SOURCE 700 /* realpath */
#include "files.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/diag.h"
#include "../util/readset.h"
#include "../util/xalloc.h"

char *files_read(const char *path, const char *shown, size_t *len)
{
	/* non-blocking, so a FIFO or device cannot hang us before fstat */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	FILE *fp = NULL;
	struct stat st;
	char *data = NULL;
	size_t n;

	if (fd < 0) {
		msg_at(D_FILE_READ, shown, 0, 0, "kan het bestand niet openen: %s", diag_strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		msg_at(D_FILE_READ, shown, 0, 0, "is geen gewoon bestand; geef het pad van een bestand");
		close(fd);
		return NULL;
	}
	readset_add_fd(fd); /* no output of this run may replace it */
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	if ((fp = fdopen(fd, "rb")) == NULL) {
		msg_at(D_FILE_READ, shown, 0, 0, "kan het bestand niet lezen: %s", diag_strerror(errno));
		close(fd);
		return NULL;
	}
	if ((unsigned long long)st.st_size > FILES_MAX_INPUT) {
		msg_at(D_FILE_SIZE, shown, 0, 0,
		       "bestand is %lld bytes, de limiet is %u bytes; splits de invoer",
		       (long long)st.st_size, FILES_MAX_INPUT);
		goto out;
	}
	data = xmalloc((size_t)st.st_size + 1);
	n = fread(data, 1, (size_t)st.st_size + 1, fp);
	if (ferror(fp) || n > (size_t)st.st_size) {
		msg_at(D_FILE_READ, shown, 0, 0, "lezen mislukt of het bestand veranderde tijdens het lezen");
		free(data);
		data = NULL;
		goto out;
	}
	data[n] = '\0';
	*len = n;
out:
	fclose(fp);
	return data;
}

char *files_read_ref(const char *from, const char *rel, const char *jpath, char **shown, size_t *len)
{
	char *path = files_resolve(from, rel, jpath, shown);
	char *data = path != NULL ? files_read(path, *shown, len) : NULL;
	free(path);
	return data;
}

char *files_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

char *files_stem(const char *path)
{
	const char *base = strrchr(path, '/');
	const char *dot;
	base = base != NULL ? base + 1 : path;
	dot = strrchr(base, '.');
	return dot != NULL && dot != base ? xstrndup(base, (size_t)(dot - base)) : xstrdup(base);
}

/* True when `path` equals `dir` or lies below it (both canonical). */
static int is_inside(const char *dir, const char *path)
{
	size_t n = strlen(dir);
	if (strcmp(dir, "/") == 0)
		return 1;
	return strncmp(dir, path, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

/* True when a relative path climbs above its starting folder by its
 * own "..", whether or not the target exists. */
static int escapes_lexically(const char *rel)
{
	int depth = 0;
	const char *p = rel;
	while (*p) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.')
			depth--;
		else if (n > 0 && !(n == 1 && p[0] == '.'))
			depth++;
		if (depth < 0)
			return 1;
		p += n;
		p += strspn(p, "/");
	}
	return 0;
}

char *files_resolve_at(const char *from, int line, const char *rel, const char *jpath, char **shown)
{
	struct diag_loc loc = {from, line, 0, jpath};
	char *dir = files_dirname(from);
	char *joined = NULL, *canon_dir = NULL, *canon = NULL, *result = NULL;
	*shown = NULL;

	if (rel[0] == '/' || rel[0] == '\0') {
		msg(D_FILE_PATH, &loc, "\"%s\" is een absoluut of leeg pad; gebruik een pad ten opzichte van de map van dit bestand",
		         rel);
		goto out;
	}
	if (escapes_lexically(rel)) {
		msg(D_FILE_PATH, &loc, "\"%s\" verwijst naar een bestand buiten de map \"%s\"; zet het bestand in die map", rel, dir);
		goto out;
	}
	joined = xmalloc(strlen(dir) + strlen(rel) + 2);
	sprintf(joined, "%s/%s", dir, rel);
	canon_dir = realpath(dir, NULL);
	canon = realpath(joined, NULL);
	if (canon_dir == NULL) {
		msg(D_FILE_READ, &loc, "map \"%s\" bestaat niet", dir);
		goto out;
	}
	if (canon == NULL) {
		msg(D_FILE_READ, &loc, "bestand \"%s\" kan niet worden gelezen: %s", rel,
		         diag_strerror(errno));
		goto out;
	}
	if (!is_inside(canon_dir, canon)) {
		msg(D_FILE_PATH, &loc, "\"%s\" verwijst naar een bestand buiten de map \"%s\"; zet het bestand in die map", rel,
		         dir);
		goto out;
	}
	result = canon; /* the checked path itself: no second lookup through symlinks */
	canon = NULL;
	*shown = joined;
	joined = NULL;
out:
	free(dir);
	free(joined);
	free(canon_dir);
	free(canon);
	return result;
}

char *files_resolve(const char *from, const char *rel, const char *jpath, char **shown)
{
	return files_resolve_at(from, 0, rel, jpath, shown);
}
