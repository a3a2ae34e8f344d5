/* Loading one report from its JSON file (jansson) into the model. */
#ifndef VG_REPORT_JSON_H
#define VG_REPORT_JSON_H
#include <stddef.h>

struct report;

#define JSON_MAX_STRING (1024u * 1024u) /* longest string value, bytes */
#define JSON_MAX_ITEMS 10000u           /* longest array */
#define REPORT_MAX_INDICATORS 1000      /* indicators of one report: each gets a chart and a table row */
#define JSON_MAX_DEPTH 64               /* deepest nesting accepted */

/* Reads and converts `path`. Every problem goes through msg(); the caller
 * looks at diag_worst() to decide whether to render. Returns NULL only when
 * nothing could be read (unreadable file, invalid JSON, not an object). */
struct report *report_load(const char *path);
/* The same from JSON text in memory; `path` names it in messages and is
 * where relative Markdown paths resolve. Used by fuzzing and tests. */
struct report *report_load_buffer(const char *path, const char *data, size_t len);

#endif
