/* realpath() is in X/Open, not in plain POSIX; flock() is BSD. */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include "output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../util/diag.h"
#include "../util/readset.h"
#include "../util/xalloc.h"

#define STALE_EMPTY_AGE 60 /* seconds an unlocked empty temporary file may be a run between create and lock */

/* The temporary files being written, for the signal handler: changed
 * only with the signals blocked. A NULL entry is done with. */
static char **live;
static size_t nlive, caplive;

static void on_signal(int sig)
{
	for (size_t i = 0; i < nlive; i++)
		if (live[i] != NULL)
			unlink(live[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void block_signals(sigset_t *old)
{
	sigset_t block;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, old);
}

/* Registers a temporary path for the signal handler; returns its slot. */
static size_t live_add(const char *path)
{
	sigset_t old;
	char *copy = xstrdup(path);
	size_t slot;
	block_signals(&old);
	live = xgrow(live, &caplive, nlive + 1, sizeof *live);
	slot = nlive;
	live[nlive++] = copy;
	sigprocmask(SIG_SETMASK, &old, NULL);
	return slot;
}

static void live_drop(size_t slot)
{
	sigset_t old;
	char *p;
	block_signals(&old);
	p = live[slot];
	live[slot] = NULL;
	while (nlive > 0 && live[nlive - 1] == NULL)
		nlive--;
	sigprocmask(SIG_SETMASK, &old, NULL);
	free(p);
}

/* A temporary file of a dead run: nobody holds its lock. An empty,
 * unlocked file younger than a minute may be a live run between mkstemp
 * and flock, and stays. The lock works across PID namespaces and hosts
 * (where kill(pid, 0) cannot see the writer). */
static int is_stale(const char *path)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC), stale = 0;
	struct stat st;
	if (fd < 0)
		return 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && flock(fd, LOCK_EX | LOCK_NB) == 0)
		stale = st.st_size > 0 || time(NULL) - st.st_mtime > STALE_EMPTY_AGE;
	close(fd); /* releases our lock */
	return stale;
}

void output_cleanup(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		long pid;
		char path[4096];
		if (sscanf(e->d_name, ".voortgang-%ld-", &pid) != 1 || pid <= 0)
			continue;
		if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) < sizeof path && is_stale(path))
			unlink(path);
	}
	closedir(d);
}

void output_install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGXFSZ, SIG_IGN); /* a full disk or file size limit is a write error, not death */
}

static int write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* One file of a set. */
struct out_file {
	char *path;       /* the final name */
	char *tmp;        /* the temporary file, or NULL for a device written through */
	size_t slot;      /* tmp's slot in `live` */
	int fd;           /* tmp, open and locked until renamed */
	const void *data; /* a device's bytes (the caller's), written at commit */
	size_t len;
	int done; /* renamed or written */
};

struct output_set {
	struct out_file *f;
	size_t n, cap;
};

struct output_set *output_set_new(void)
{
	return xcalloc(1, sizeof(struct output_set));
}

/* A device, a pipe or a link to one (-o /dev/null, a FIFO, /dev/stdout):
 * written to as it is. A temporary file renamed over it would replace the
 * device or the link with a file. */
static int write_special(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC), err;
	if (fd < 0 || write_all(fd, data, len) != 0) {
		err = errno;
		if (fd >= 0)
			close(fd);
		msg_at(D_OUTPUT, path, 0, 0, "schrijven mislukt: %s", diag_strerror(err));
		return -1;
	}
	if (close(fd) != 0) {
		msg_at(D_OUTPUT, path, 0, 0, "schrijven mislukt: %s", diag_strerror(errno));
		return -1;
	}
	return 0;
}

/* Creates, locks and fills the temporary file for f->path. */
static int write_tmp(struct out_file *f, const void *data, size_t len)
{
	const char *slash = strrchr(f->path, '/');
	int dirlen = slash == NULL ? 1 : slash == f->path ? 1 : (int)(slash - f->path), err;
	const char *dir = slash ? f->path : ".";
	size_t need = (size_t)dirlen + 64;
	sigset_t old;
	mode_t mask;

	f->tmp = xmalloc(need);
	snprintf(f->tmp, need, "%.*s/.voortgang-%ld-XXXXXX", dirlen, dir, (long)getpid());
	block_signals(&old);
	f->fd = mkstemp(f->tmp);
	if (f->fd >= 0) {
		fcntl(f->fd, F_SETFD, FD_CLOEXEC); /* not inherited by -j workers */
		flock(f->fd, LOCK_EX); /* ours until renamed: output_cleanup leaves it alone */
		f->slot = live_add(f->tmp);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (f->fd < 0) {
		msg_at(D_OUTPUT, f->path, 0, 0,
		       "kan geen bestand maken in de uitvoermap: %s; kies met -o een map waarin u mag schrijven",
		       diag_strerror(errno));
		free(f->tmp);
		f->tmp = NULL;
		return -1;
	}
	mask = umask(0); /* mkstemp makes 0600; give the file the mode a plain create would get */
	umask(mask);
	fchmod(f->fd, 0666 & ~mask);
	if (write_all(f->fd, data, len) != 0 || fsync(f->fd) != 0) {
		err = errno;
		msg_at(D_OUTPUT, f->path, 0, 0, "schrijven mislukt: %s; er is niets geschreven", diag_strerror(err));
		return -1;
	}
	if (getenv("VOORTGANG_TEST_PAUSE") != NULL) /* tests interrupt us here */
		sleep((unsigned)atoi(getenv("VOORTGANG_TEST_PAUSE")));
	return 0;
}

int output_set_add(struct output_set *s, const char *path, const void *data, size_t len, int named)
{
	struct out_file *f;
	struct stat st;
	char *real = NULL;
	int exists = lstat(path, &st) == 0;

	if (named && exists && S_ISLNK(st.st_mode)) {
		/* named with -o: replace what the link points to, never the link
		 * itself (think of /dev/stdout) */
		real = realpath(path, NULL);
		if (real != NULL && stat(real, &st) == 0 && S_ISREG(st.st_mode))
			path = real;
		else
			exists = stat(path, &st) == 0;
	}
	if (exists && (named || !S_ISLNK(st.st_mode)) && readset_has_path(path)) {
		msg_at(D_OUTPUT_IS_INPUT, path, 0, 0,
		       "is ook een invoerbestand van deze opdracht; er is niets geschreven; kies een ander uitvoerbestand of "
		       "een uitvoermap");
		free(real);
		return -1;
	}
	if (exists && S_ISDIR(st.st_mode)) {
		msg_at(D_OUTPUT, path, 0, 0, "schrijven mislukt: is een map; er is niets geschreven");
		free(real);
		return -1;
	}
	if (named && exists && S_ISBLK(st.st_mode)) {
		msg_at(D_OUTPUT, path, 0, 0, "is een schijf (blokapparaat); er is niets geschreven; kies een bestand");
		free(real);
		return -1;
	}
	s->f = xgrow(s->f, &s->cap, s->n + 1, sizeof *s->f);
	f = &s->f[s->n++];
	memset(f, 0, sizeof *f);
	f->fd = -1;
	f->path = real != NULL ? real : xstrdup(path);
	if (named && exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) {
		f->data = data; /* written through at commit */
		f->len = len;
		return 0;
	}
	return write_tmp(f, data, len);
}

/* Makes the renames in the folder of path durable. */
static void sync_dir(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	int fd;
	if (slash == dir)
		slash[1] = '\0';
	else if (slash != NULL)
		*slash = '\0';
	if ((fd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

/* The message after a commit that failed part way: which files are there. */
static void report_partial(const struct output_set *s, const struct out_file *bad, int err)
{
	size_t written = 0;
	for (size_t i = 0; i < s->n; i++)
		written += s->f[i].done;
	if (written == 0)
		msg_at(D_OUTPUT, bad->path, 0, 0, "schrijven mislukt: %s; er is niets geschreven", diag_strerror(err));
	else
		msg_at(D_OUTPUT, bad->path, 0, 0,
		       "schrijven mislukt: %s; van de %zu bestanden van deze invoer zijn er %zu geschreven (%s als eerste), "
		       "de andere niet; herhaal de opdracht",
		       diag_strerror(err), s->n, written, s->f[0].done ? s->f[0].path : "niet");
}

int output_set_commit(struct output_set *s)
{
	/* devices first: they cannot be taken back, temporary files can */
	for (size_t i = 0; i < s->n; i++) {
		struct out_file *f = &s->f[i];
		if (f->tmp == NULL) {
			if (write_special(f->path, f->data, f->len) != 0)
				return -1;
			f->done = 1;
		}
	}
	for (size_t i = 0; i < s->n; i++) {
		struct out_file *f = &s->f[i];
		if (f->tmp == NULL)
			continue;
		if (close(f->fd) != 0 || rename(f->tmp, f->path) != 0) {
			int err = errno;
			f->fd = -1;
			report_partial(s, f, err);
			return -1;
		}
		f->fd = -1;
		f->done = 1;
		live_drop(f->slot);
		free(f->tmp);
		f->tmp = NULL;
		sync_dir(f->path);
	}
	return 0;
}

void output_set_free(struct output_set *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->n; i++) {
		struct out_file *f = &s->f[i];
		if (f->tmp != NULL) {
			unlink(f->tmp);
			live_drop(f->slot);
			free(f->tmp);
		}
		if (f->fd >= 0)
			close(f->fd);
		free(f->path);
	}
	free(s->f);
	free(s);
}

int output_write(const char *path, const void *data, size_t len, int named)
{
	struct output_set *s = output_set_new();
	int rc = output_set_add(s, path, data, len, named) == 0 && output_set_commit(s) == 0 ? 0 : -1;
	output_set_free(s);
	return rc;
}
