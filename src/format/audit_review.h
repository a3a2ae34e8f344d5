/* The auditor's chapters of the 213a review (audit_review.c), from the
 * review file (model/review.h), or what the auditor still has to write.
 * Internal to the audit formatter. */
#ifndef VG_AUDIT_REVIEW_H
#define VG_AUDIT_REVIEW_H
#include <stddef.h>

struct fmt;
struct review;

/* Title-page facts: commissioner, authors, period, date. */
void audit_review_title(struct fmt *f, const struct review *rv);
/* The auditor's own summary, or a note that it is still missing. */
void audit_review_summary(struct fmt *f, const struct review *rv);
/* "Nog te schrijven door de auditor", when parts are missing. */
void audit_review_todo(struct fmt *f, const struct review *rv);
/* Scope, central question and research questions. */
void audit_review_questions(struct fmt *f, const struct review *rv);
/* Conclusions per question, overall conclusions, recommendations with
 * their addressee, the management response. */
void audit_review_closing(struct fmt *f, const struct review *rv);
/* The parts the auditor still has to write (rv NULL: all), as phrases
 * into items (room for 5: at most 5 are missing), one of which may be
 * written into scratch;
 * returns their number. */
size_t audit_review_missing(const struct review *rv, const char **items, char *scratch,
                            size_t size);

#endif
