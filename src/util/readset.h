/* The files a run has read, by device and inode, so that no output of the
 * run can replace one of them (render -o in.json in.json). */
#ifndef VG_READSET_H
#define VG_READSET_H

/* Records the open file fd as read by this run. */
void readset_add_fd(int fd);
/* Records the file at path (followed when a link) as read; ignored when
 * it does not exist. */
void readset_add_path(const char *path);
/* True when the file at path (links followed) is one this run has read. */
int readset_has_path(const char *path);

#endif
