/* The quarterly report's own sections (report_fmt.c): cover, table of
 * contents, summary, appendices. */
#ifndef VG_FMT_REPORT_FMT_H
#define VG_FMT_REPORT_FMT_H

struct fmt_acts;

extern const struct fmt_acts fmt_report_acts; /* lang.h */

#endif
