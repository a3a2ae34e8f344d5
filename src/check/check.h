/* The check pass: one walk over a loaded report that reports every
 * problem the loader could not see (completeness, consistency, the
 * mandatory paragraph), so formatters only ever see clean input. */
#ifndef VG_CHECK_H
#define VG_CHECK_H

struct report;

/* Reports through msg(); returns the number of errors (level fout). */
int check_report(const struct report *r);

#endif
