/* Writing finished documents without ever leaving a half-written file:
 * temporary files in the destination folders, fsync, then rename. The
 * files of one input (the document and its charts) form a set that is
 * written all or nothing. No output replaces a file the run has read. */
#ifndef VG_OUTPUT_H
#define VG_OUTPUT_H
#include <stddef.h>

struct output_set;

/* An empty set of files to write together. */
struct output_set *output_set_new(void);
/* Writes data to a locked temporary file next to path. `named`: the user
 * named path with -o, so a link there is followed and a device or pipe is
 * written through (at commit); otherwise whatever is at path (a link, a
 * pipe) is replaced and never followed. Returns 0, or -1 with a message;
 * after -1 the set can only be freed. */
int output_set_add(struct output_set *s, const char *path, const void *data, size_t len, int named);
/* Renames every temporary file to its name. Returns 0, or -1 with a
 * message that says which files were and were not written. */
int output_set_commit(struct output_set *s);
/* Removes temporary files not committed; frees the set (NULL is fine). */
void output_set_free(struct output_set *s);

/* One file written atomically (a set of one); 0, or -1 with a message. */
int output_write(const char *path, const void *data, size_t len, int named);
/* Removes temporary files of dead runs from a folder: those no running
 * process holds a lock on. */
void output_cleanup(const char *dir);
/* Installs SIGINT/SIGTERM/SIGHUP handlers that remove the temporary files
 * being written and exit; call once at start-up. */
void output_install_signals(void);

#endif
