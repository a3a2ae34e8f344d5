/* The message first (message.c): a floor-1 part of format/ that the
 * report's summary, the one-page samenvatting and the raadsbrief open
 * with. */
#ifndef VG_FMT_MESSAGE_H
#define VG_FMT_MESSAGE_H

struct fmt;

/* The report's kernboodschap as a list under `title` (no heading when
 * NULL); without one, a lead made from the indicators' statuses, marked
 * as made by the program. */
void fmt_kernboodschap(struct fmt *f, const char *title);

#endif
