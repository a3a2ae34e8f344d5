/* Reading input files safely: a size limit, and referenced files (Markdown,
 * CSV, logos) must resolve inside the folder of the file that names them. */
#ifndef VG_FILES_H
#define VG_FILES_H
#include <stddef.h>

#define FILES_MAX_INPUT (16u * 1024u * 1024u) /* largest input file, bytes */

/* Reads a whole file into a NUL-terminated buffer (caller frees). Reports
 * D_FILE_READ or D_FILE_SIZE through msg() naming `shown` and returns NULL. */
char *files_read(const char *path, const char *shown, size_t *len);

/* Resolves `rel`, named inside the file `from`, against from's folder.
 * Refuses absolute paths and paths (after following symlinks) outside that
 * folder, reporting D_FILE_PATH with `jpath`. Returns the checked canonical
 * path to open (malloc'ed) or NULL; *shown gets the path as the user would
 * write it ("data/teksten/x.md"), for messages (malloc'ed, or NULL). */
char *files_resolve(const char *from, const char *rel, const char *jpath, char **shown);
/* The same, with messages at line `line` of `from` (a template's <logo>). */
char *files_resolve_at(const char *from, int line, const char *rel, const char *jpath, char **shown);

/* Resolves `rel` as files_resolve() does and reads it as files_read()
 * does: the contents (caller frees) or NULL after a message. *shown gets
 * the path as the user wrote it, for later messages (caller frees; set
 * even when reading fails, NULL when the path is refused). */
char *files_read_ref(const char *from, const char *rel, const char *jpath, char **shown, size_t *len);

/* Folder part of a path ("." when none); malloc'ed. */
char *files_dirname(const char *path);
/* Last component without the extension; malloc'ed ("report" for "a/report.json"). */
char *files_stem(const char *path);

#endif
