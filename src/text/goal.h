/* An indicator's goal and status as Dutch phrases, written the same way in
 * tables, chart labels, alt text, letters and the audit. Each function
 * writes into out (size outsz; 160 is always enough) and returns out. */
#ifndef VG_GOAL_H
#define VG_GOAL_H
#include <stddef.h>

#include "../model/report.h"

/* "8.000 in 2022", "tussen -0,200 en -0,175 in 2033",
 * "6,4 in 2040 (50% lager dan in 2022)", "n.t.b. in 2040 (50% lager dan
 * in 2022)", "n.t.b."; "" when the indicator has no goal at all. */
char *nl_goal(char *out, size_t outsz, const struct indicator *ind);
/* The relative part alone: "50% lager dan in 2022", "2 keer de waarde
 * van 2022"; "" when the target is absolute. */
char *nl_goal_relative(char *out, size_t outsz, const struct indicator *ind);
/* The status word, or "onbekend (geen streefwaarde)" and the like. */
char *nl_status(char *out, size_t outsz, const struct indicator *ind);
/* How many indicators have each status, from best to worst, the kinds
 * with none left out: "2 gehaald, 2 niet gehaald, 1 onbekend"; "" for
 * none. `n` is indexed by enum status_kind (STATUS_MAX counts). */
char *nl_status_counts(char *out, size_t outsz, const size_t *n);

#endif
