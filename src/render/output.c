/* realpath() is in X/Open, not in plain POSIX. */
#define _XOPEN_SOURCE 700
#include "output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/diag.h"
#include "../util/xalloc.h"

/* The temporary file being written, for the signal handler. */
static char tmp_path[4096];
static volatile sig_atomic_t tmp_active;

static void on_signal(int sig)
{
	if (tmp_active)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Removes temporary files that a killed run left in `dir`: names
 * .voortgang-PID-XXXXXX whose process no longer exists. */
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
		if (kill((pid_t)pid, 0) == 0 || errno == EPERM)
			continue; /* still running */
		if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) < sizeof path)
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

/* A device, a pipe or a link to one (-o /dev/null, a FIFO, /dev/stdout):
 * written to as it is. A temporary file renamed over it would replace the
 * device or the link with a file. */
static int write_special(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_TRUNC), err;
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

int output_write(const char *path, const void *data, size_t len)
{
	const char *slash = strrchr(path, '/');
	int dirlen = slash ? (int)(slash - path) : 1, fd, err;
	const char *dir = slash ? path : ".";
	sigset_t block, old;
	struct stat st;
	int exists = lstat(path, &st) == 0; /* not a link: the same as stat() */

	if (exists && S_ISLNK(st.st_mode)) {
		/* a link: replace what it points to, never the link itself (think
		 * of /dev/stdout); what is not a regular file is written through */
		char *real = realpath(path, NULL);
		int rc;
		if (real != NULL && stat(real, &st) == 0 && S_ISREG(st.st_mode))
			rc = output_write(real, data, len);
		else
			rc = write_special(path, data, len);
		free(real);
		return rc;
	}
	if (exists && S_ISBLK(st.st_mode)) {
		msg_at(D_OUTPUT, path, 0, 0, "is een schijf (blokapparaat); er is niets geschreven; kies een bestand");
		return -1;
	}
	if (exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)))
		return write_special(path, data, len);

	if (slash == path)
		dirlen = 1;
	if ((size_t)snprintf(tmp_path, sizeof tmp_path, "%.*s/.voortgang-%ld-XXXXXX", dirlen, dir,
	                     (long)getpid()) >=
	    sizeof tmp_path) {
		msg_at(D_OUTPUT, path, 0, 0, "pad is te lang");
		return -1;
	}
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, &old);
	fd = mkstemp(tmp_path);
	tmp_active = fd >= 0;
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (fd < 0) {
		msg_at(D_OUTPUT, path, 0, 0, "kan geen bestand maken in de uitvoermap: %s; kies met -o een map waarin u mag schrijven",
		       diag_strerror(errno));
		return -1;
	}
	{ /* mkstemp makes 0600; give the file the mode a plain create would get */
		mode_t mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	if (getenv("VOORTGANG_TEST_PAUSE") != NULL) /* tests interrupt us here */
		sleep((unsigned)atoi(getenv("VOORTGANG_TEST_PAUSE")));
	if (write_all(fd, data, len) != 0 || fsync(fd) != 0) {
		err = errno;
		close(fd);
		goto fail;
	}
	if (close(fd) != 0) {
		err = errno;
		goto fail;
	}
	if (rename(tmp_path, path) != 0) {
		err = errno;
		goto fail;
	}
	tmp_active = 0;
	/* make the rename itself durable */
	tmp_path[strlen(tmp_path) - strlen(strrchr(tmp_path, '/'))] = '\0';
	if ((fd = open(tmp_path, O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	return 0;
fail:
	unlink(tmp_path);
	tmp_active = 0;
	msg_at(D_OUTPUT, path, 0, 0, "schrijven mislukt: %s; er is niets geschreven", diag_strerror(err));
	return -1;
}
