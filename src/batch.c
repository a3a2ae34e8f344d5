#include "batch.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util/diag.h"
#include "util/xalloc.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void push(char ***v, size_t *n, size_t *cap, char *s)
{
	*v = xgrow(*v, cap, *n + 2, sizeof **v);
	(*v)[(*n)++] = s;
	(*v)[*n] = NULL;
}

char **batch_inputs(char **args, size_t nargs, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	*n = 0;
	push(&v, n, &cap, NULL), (*n)--; /* an empty, terminated array */
	for (size_t i = 0; i < nargs; i++) {
		struct stat st;
		DIR *d;
		struct dirent *e;
		size_t first = *n;
		if (stat(args[i], &st) != 0 || !S_ISDIR(st.st_mode) || (d = opendir(args[i])) == NULL) {
			push(&v, n, &cap, xstrdup(args[i])); /* a file, or an error reported when it is read */
			continue;
		}
		while ((e = readdir(d)) != NULL) {
			size_t len = strlen(e->d_name);
			if (len > 5 && strcmp(e->d_name + len - 5, ".json") == 0 && e->d_name[0] != '.') {
				char *p = xmalloc(strlen(args[i]) + len + 2);
				sprintf(p, "%s%s%s", args[i], args[i][strlen(args[i]) - 1] == '/' ? "" : "/", e->d_name);
				push(&v, n, &cap, p);
			}
		}
		closedir(d);
		qsort(v + first, *n - first, sizeof *v, by_name);
	}
	return v;
}

void batch_free_inputs(char **inputs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(inputs[i]);
	free(inputs);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct tally {
	size_t done, ok, warned, failed;
	double start;
	int progress; /* a terminal, not quiet */
};

static void count(struct tally *t, int rc)
{
	t->done++;
	if (rc < 0)
		t->failed++;
	else if (rc > 0)
		t->warned++;
	else
		t->ok++;
}

static void progress(const struct tally *t, size_t n, const char *current)
{
	double el = now() - t->start, eta = t->done ? el / (double)t->done * (double)(n - t->done) : 0;
	if (!t->progress)
		return;
	fprintf(stderr, "\r\033[K[%zu/%zu] %.1f s, nog ~%.0f s  %s", t->done, n, el, eta, current ? current : "");
	fflush(stderr);
}

/* One result from a worker: which input and how it went (one write,
 * smaller than PIPE_BUF, so workers never interleave). */
struct result {
	uint32_t index;
	int32_t rc;
};

size_t batch_run(char **inputs, size_t n, int jobs, int quiet, batch_fn fn, void *ctx)
{
	struct tally t = {0, 0, 0, 0, now(), !quiet && isatty(2) && n > 1};
	if (jobs < 1)
		jobs = 1;
	if ((size_t)jobs > n)
		jobs = (int)(n ? n : 1);
	if (jobs == 1) {
		for (size_t i = 0; i < n; i++) {
			int rc;
			progress(&t, n, inputs[i]);
			diag_set_file(inputs[i]);
			rc = fn(ctx, inputs[i], n);
			count(&t, rc);
		}
		diag_set_file(NULL);
	} else {
		int fd[2];
		pid_t *pid = xcalloc((size_t)jobs, sizeof *pid);
		struct result res;
		if (pipe(fd) != 0) {
			msg(D_OUTPUT, NULL, "kan geen werkprocessen starten: %s", diag_strerror(errno));
			free(pid);
			return n;
		}
		fflush(NULL);
		for (int w = 0; w < jobs; w++) {
			pid[w] = fork();
			if (pid[w] == 0) { /* worker w: inputs w, w + jobs, ... */
				close(fd[0]);
				for (size_t i = (size_t)w; i < n; i += (size_t)jobs) {
					diag_set_file(inputs[i]);
					res.index = (uint32_t)i;
					res.rc = fn(ctx, inputs[i], n);
					if (write(fd[1], &res, sizeof res) != (ssize_t)sizeof res)
						_exit(3);
				}
				fflush(NULL);
				_exit(diag_exit_status(diag_worst()));
			}
			if (pid[w] < 0) {
				msg(D_OUTPUT, NULL, "kan geen werkproces starten: %s", diag_strerror(errno));
				jobs = w;
				break;
			}
		}
		close(fd[1]);
		while (read(fd[0], &res, sizeof res) == (ssize_t)sizeof res) {
			count(&t, res.rc);
			progress(&t, n, res.index < n ? inputs[res.index] : NULL);
		}
		close(fd[0]);
		for (int w = 0; w < jobs; w++) {
			int status;
			while (waitpid(pid[w], &status, 0) < 0 && errno == EINTR)
				;
			diag_note_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 3);
		}
		free(pid);
		t.failed += n - t.done; /* a worker that died took its inputs with it */
		t.done = n;
	}
	if (t.progress)
		fputs("\r\033[K", stderr);
	if (n > 1 && !quiet)
		fprintf(stderr, "voortgang: %zu invoerbestanden: %zu goed, %zu met waarschuwingen, %zu mislukt, %.2f s\n", n,
		        t.ok, t.warned, t.failed, now() - t.start);
	return t.failed;
}
