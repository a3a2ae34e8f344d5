#include "readset.h"

#include <stddef.h>
#include <sys/stat.h>

#include "xalloc.h"

/* One read file. */
struct file_id {
	dev_t dev; /* device */
	ino_t ino; /* inode on that device */
};

static struct file_id *ids; /* every file read so far, in reading order */
static size_t nids, cap;

static void add(const struct stat *st)
{
	for (size_t i = 0; i < nids; i++)
		if (ids[i].dev == st->st_dev && ids[i].ino == st->st_ino)
			return;
	ids = xgrow(ids, &cap, nids + 1, sizeof *ids);
	ids[nids].dev = st->st_dev;
	ids[nids++].ino = st->st_ino;
}

void readset_add_fd(int fd)
{
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0)
		add(&st);
}

void readset_add_path(const char *path)
{
	struct stat st;
	if (path != NULL && stat(path, &st) == 0)
		add(&st);
}

int readset_has_path(const char *path)
{
	struct stat st;
	if (path == NULL || stat(path, &st) != 0)
		return 0;
	for (size_t i = 0; i < nids; i++)
		if (ids[i].dev == st.st_dev && ids[i].ino == st.st_ino)
			return 1;
	return 0;
}
