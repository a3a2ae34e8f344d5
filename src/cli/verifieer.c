/* realpath() is in X/Open */
#define _XOPEN_SOURCE 700
#include "verifieer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../input/files.h"
#include "../input/provenance_read.h"
#include "../model/source.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/escape.h"
#include "../util/sha256.h"
#include "../util/xalloc.h"
#include "run.h"

/* The SHA-256 of a regular file, streamed; 0, or -1 with *why set.
 * Opened without blocking, so a FIFO (named in the PDF or by the user)
 * cannot hang us before fstat says it is no regular file. */
static int hash_file(const char *path, char out[65], const char **why)
{
	unsigned char buf[65536];
	struct sha256 s;
	struct stat st;
	size_t n;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	FILE *fp;
	if (fd < 0) {
		*why = diag_strerror(errno);
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { /* a folder, /dev/zero, a pipe */
		*why = S_ISDIR(st.st_mode) ? "een map, geen bestand" : "geen gewoon bestand";
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	if ((fp = fdopen(fd, "rb")) == NULL) {
		*why = diag_strerror(errno);
		close(fd);
		return -1;
	}
	sha256_init(&s);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sha256_update(&s, buf, n);
	if (ferror(fp)) {
		*why = diag_strerror(errno ? errno : EIO);
		fclose(fp);
		return -1;
	}
	fclose(fp);
	sha256_final_hex(&s, out);
	return 0;
}

/* A path recorded in the PDF, which is untrusted: only a relative path
 * inside the current folder, without "..", and no link leading out of it.
 * NULL when it may be opened, else why not. */
static const char *refuse_recorded(const char *path)
{
	char *cwd, *real;
	const char *why = NULL;
	size_t n;
	if (path[0] == '/' || path[0] == '\0')
		return "een absoluut pad in het rapport; noem het bestand zelf";
	for (const char *p = path; *p; p += strcspn(p, "/"), p += *p == '/')
		if (strncmp(p, "..", 2) == 0 && (p[2] == '/' || p[2] == '\0'))
			return "een pad met .. in het rapport; noem het bestand zelf";
	if ((real = realpath(path, NULL)) == NULL)
		return NULL; /* does not exist: opening says so */
	cwd = realpath(".", NULL);
	n = cwd ? strlen(cwd) : 0;
	if (cwd == NULL || strncmp(real, cwd, n) != 0 || (real[n] != '/' && !(n == 1 && cwd[0] == '/')))
		why = "een koppeling naar buiten de huidige map; noem het bestand zelf";
	free(real);
	free(cwd);
	return why;
}

/* Prints s with control characters made visible: paths and digests come
 * from the PDF and may hold newlines that would forge lines. */
static void put(const char *s)
{
	char *e = escape_dup(s);
	fputs(e, stdout);
	free(e);
}

static const char *base(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* The recorded input a file of that name stands for: the same path, else
 * the only one with the same last component; -1 when none. */
static long same_name(const struct provenance *p, const char *path)
{
	long hit = -1, nhits = 0;
	for (size_t i = 0; i < p->nfiles; i++)
		if (strcmp(p->files[i].path, path) == 0)
			return (long)i;
	for (size_t i = 0; i < p->nfiles; i++)
		if (strcmp(base(p->files[i].path), base(path)) == 0)
			hit = (long)i, nhits++;
	return nhits == 1 ? hit : -1;
}

/* The recorded input with this digest that path most likely is: not yet
 * matched, then the same path, then the same name, then any; -1: none. */
static long by_digest(const struct provenance *p, const char *path, const char *sum, const unsigned char *seen)
{
	long best = -1;
	int score = -1;
	for (size_t i = 0; i < p->nfiles; i++) {
		int sc;
		if (strcmp(p->files[i].sha256, sum) != 0)
			continue;
		sc = (seen[i] ? 0 : 4) + (strcmp(p->files[i].path, path) == 0 ? 2 : 0) +
		     (strcmp(base(p->files[i].path), base(path)) == 0 ? 1 : 0);
		if (sc > score)
			best = (long)i, score = sc;
	}
	return best;
}

/* Checks the given files (or, with none, the recorded paths) against the
 * report; prints a line per file. Returns the number that differ or are
 * not inputs; *unreadable counts those that could not be read. */
static size_t check_files(const struct provenance *p, char **files, size_t nfiles, unsigned char *seen,
                          size_t *unreadable)
{
	size_t bad = 0;
	int own = nfiles == 0;
	for (size_t k = 0; k < (own ? p->nfiles : nfiles); k++) {
		const char *path = own ? p->files[k].path : files[k], *why = "";
		char sum[65];
		long match;
		if ((own && (why = refuse_recorded(path)) != NULL) || hash_file(path, sum, &why) != 0) {
			printf("  onleesbaar      "), put(path), printf(" (%s)\n", why);
			if (own)
				seen[k] = 1; /* said here; not again as "niet opgegeven" */
			(*unreadable)++;
			continue;
		}
		match = by_digest(p, path, sum, seen);
		if (match >= 0) {
			seen[match] = 1;
			printf("  klopt           "), put(path);
			if (strcmp(p->files[match].path, path) != 0)
				printf(" (in het rapport: "), put(p->files[match].path), printf(")");
			printf("\n");
			continue;
		}
		bad++;
		match = same_name(p, path);
		if (match >= 0) {
			seen[match] = 1;
			printf("  GEWIJZIGD       "), put(path), printf(": het controlegetal is %s, het rapport noemt ", sum);
			put(p->files[match].sha256), printf("\n");
		} else {
			printf("  NIET GEBRUIKT   "), put(path), printf(": dit bestand is niet gebruikt voor dit rapport\n");
		}
	}
	return bad;
}

int cmd_verifieer(int argc, char **argv)
{
	struct arena *a;
	struct provenance p;
	unsigned char *seen;
	size_t bad, missing = 0, unreadable = 0;
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		FILE *fp = argc < 2 ? stderr : stdout;
		fputs("gebruik: voortgang verifieer RAPPORT.pdf [BESTAND...]\n\n"
		      "Zegt of het rapport uit deze bestanden is gemaakt: het vergelijkt hun SHA-256 met de\n"
		      "controlegetallen die het rapport bij zijn maken heeft vastgelegd. Zonder BESTAND worden\n"
		      "de vastgelegde paden gecontroleerd (vanuit de huidige map).\n"
		      "Afsluitstatus: 0 alles klopt, 1 een bestand wijkt af of het rapport heeft geen herkomst.\n",
		      fp);
		return argc < 2 ? 2 : 0;
	}
	a = arena_new();
	if (provenance_read(a, argv[1], &p) != 0) {
		arena_free(a);
		return 1;
	}
	put(argv[1]), printf(": gemaakt met "), put(p.tool ? p.tool : "(onbekend)"), printf(", sjabloon ");
	put(p.template_id ? p.template_id : "(geen)");
	printf(", uit %zu %s\n", p.nfiles, p.nfiles == 1 ? "bestand" : "bestanden");
	seen = xcalloc(p.nfiles + 1, 1);
	bad = check_files(&p, argv + 2, (size_t)(argc - 2), seen, &unreadable);
	for (size_t i = 0; i < p.nfiles; i++)
		if (!seen[i]) {
			printf("  niet opgegeven  "), put(p.files[i].path), printf("\n");
			missing++;
		}
	if (bad > 0)
		msg_at(D_VERIFY, argv[1], 0, 0, "het rapport is NIET uit deze bestanden gemaakt: %zu %s", bad,
		       bad == 1 ? "bestand wijkt af" : "bestanden wijken af");
	else if (unreadable > 0)
		msg_at(D_VERIFY, argv[1], 0, 0,
		       "%zu %s niet worden gelezen en dus niet gecontroleerd%s", unreadable,
		       unreadable == 1 ? "bestand kan" : "bestanden kunnen",
		       argc == 2 ? "; draai verifieer vanuit de map waar het rapport is gemaakt, of noem de bestanden" : "");
	else if (missing > 0)
		msg_at(D_VERIFY_PARTIAL, argv[1], 0, 0,
		       "de opgegeven bestanden kloppen, maar %zu van de %zu bestanden van het rapport zijn niet "
		       "opgegeven",
		       missing, p.nfiles);
	else
		printf("Het rapport is gemaakt uit precies deze bestanden.\n");
	free(seen);
	arena_free(a);
	return run_stdout_status(diag_exit_status(diag_worst()));
}
