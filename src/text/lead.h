/* The lead a report opens with when it gives no kernboodschap: a few
 * plain Dutch sentences about its goals, from indicator_status() alone
 * (model/status.h), so they say what the tables and charts say and never
 * more. */
#ifndef VG_LEAD_H
#define VG_LEAD_H
#include <stddef.h>

#include "../model/report.h"

#define LEAD_MAX 6   /* sentences at most */
#define LEAD_LEN 200 /* bytes per sentence, always enough */

/* Writes the sentences into out[0..], one each ("Twee van de vier doelen
 * liggen op koers."); returns how many (at least 1). */
size_t nl_lead(const struct report *r, char out[][LEAD_LEN], size_t max);

#endif
