/* Writing a finished document without ever leaving a half-written file:
 * a temporary file in the destination folder, fsync, then rename. */
#ifndef VG_OUTPUT_H
#define VG_OUTPUT_H
#include <stddef.h>

/* Writes data to path atomically; 0, or -1 with a message. */
int output_write(const char *path, const void *data, size_t len);
/* Removes temporary files of killed runs from a folder. */
void output_cleanup(const char *dir);
/* Installs SIGINT/SIGTERM handlers that remove a temporary file being
 * written and exit; call once at start-up. */
void output_install_signals(void);

#endif
