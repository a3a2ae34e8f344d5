/* Many inputs in one run: directories expanded to their .json files, the
 * work spread over N worker processes (each loads template, fonts and
 * dictionary once), a progress line on a terminal, and a summary. One
 * failing input never stops the others. */
#ifndef VG_BATCH_H
#define VG_BATCH_H
#include <stddef.h>

/* Renders one input; returns 0 (written), 1 (written with warnings) or -1
 * (failed). Called in the worker that owns the input. */
typedef int (*batch_fn)(void *ctx, const char *input, size_t ninputs);

/* The inputs with every directory replaced by its *.json files, sorted;
 * a NULL-terminated malloc'ed array (free with batch_free_inputs). */
char **batch_inputs(char **args, size_t nargs, size_t *n);
void batch_free_inputs(char **inputs, size_t n);

/* Runs fn over the inputs with `jobs` processes (1: in this process).
 * Prints progress on a terminal unless quiet, and a summary line when
 * there is more than one input. Returns the number of failed inputs. */
size_t batch_run(char **inputs, size_t n, int jobs, int quiet, batch_fn fn, void *ctx);

#endif
