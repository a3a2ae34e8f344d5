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
	v = xgrow(v, &cap, 1, sizeof *v);
	v[0] = NULL; /* an empty, terminated array */
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

/* Clears the progress line so a message starts on a line of its own. */
static void clear_progress(const struct tally *t)
{
	if (t->progress)
		fputs("\r\033[K", stderr);
}

/* Renders inputs first, first + step, ... in this process. */
static void run_here(char **inputs, size_t n, size_t first, size_t step, struct tally *t, batch_fn fn, void *ctx)
{
	for (size_t i = first; i < n; i += step) {
		int rc;
		progress(t, n, inputs[i]);
		clear_progress(t);
		diag_set_file(inputs[i]);
		rc = fn(ctx, inputs[i], n);
		count(t, rc);
	}
	diag_set_file(NULL);
}

size_t batch_run(char **inputs, size_t n, int jobs, int quiet, batch_fn fn, void *ctx)
{
	struct tally t = {0, 0, 0, 0, now(), !quiet && isatty(2) && n > 1};
	if (jobs < 1)
		jobs = 1;
	if ((size_t)jobs > n)
		jobs = (int)(n ? n : 1);
	if (jobs == 1) {
		run_here(inputs, n, 0, 1, &t, fn, ctx);
	} else {
		int fd[2], started = 0;
		pid_t *pid = xcalloc((size_t)jobs, sizeof *pid);
		unsigned char *got = xcalloc(n + 1, 1);
		struct result res;
		if (pipe(fd) != 0) {
			msg(D_OUTPUT, NULL, "kan geen werkprocessen starten (%s); alles in één proces", diag_strerror(errno));
			free(pid);
			free(got);
			run_here(inputs, n, 0, 1, &t, fn, ctx);
			goto summary;
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
				msg(D_OUTPUT, NULL, "kan werkproces %d niet starten (%s); zijn invoer volgt in dit proces", w + 1,
				    diag_strerror(errno));
				break;
			}
			started++;
		}
		close(fd[1]);
		while (read(fd[0], &res, sizeof res) == (ssize_t)sizeof res) {
			if (res.index < n && !got[res.index]) {
				got[res.index] = 1;
				count(&t, res.rc);
			}
			progress(&t, n, res.index < n ? inputs[res.index] : NULL);
		}
		close(fd[0]);
		for (int w = 0; w < started; w++) {
			int status = 0;
			pid_t r;
			while ((r = waitpid(pid[w], &status, 0)) < 0 && errno == EINTR)
				;
			if (r < 0)
				continue; /* not ours to wait for (SIGCHLD ignored): its results came through the pipe */
			if (WIFSIGNALED(status)) {
				clear_progress(&t);
				msg(D_OUTPUT, NULL, "werkproces %d is afgebroken (signaal %d)", w + 1, WTERMSIG(status));
			}
			diag_note_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 3);
		}
		/* the inputs of workers that never started, here */
		for (int w = started; w < jobs; w++)
			run_here(inputs, n, (size_t)w, (size_t)jobs, &t, fn, ctx);
		for (size_t i = 0; i < n; i++)
			if (!got[i] && (i % (size_t)jobs) < (size_t)started) { /* a worker died before reporting it */
				clear_progress(&t);
				msg(D_OUTPUT, NULL, "%s: niet gerenderd: het werkproces is afgebroken", inputs[i]);
				count(&t, -1);
			}
		free(pid);
		free(got);
	}
summary:
	clear_progress(&t);
	if (n > 1 && !quiet)
		fprintf(stderr, "voortgang: %zu invoerbestanden: %zu goed, %zu met waarschuwingen, %zu mislukt, %.2f s\n", n,
		        t.ok, t.warned, t.failed, now() - t.start);
	return t.failed;
}
