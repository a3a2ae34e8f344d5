/* The auditor's own text of a 213a review (seed 004): title, scope,
 * period, authors, the research questions with a conclusion each, the
 * recommendations with their addressee, and the management response. The
 * tool computes the evidence; this is what only the auditor can write.
 * Read by input/review_json.c, arranged by format/audit_review.c. */
#ifndef VG_REVIEW_H
#define VG_REVIEW_H
#include <stddef.h>

#include "report.h"

/* One research question and the auditor's answer to it. */
struct review_question {
	const char *vraag;    /* the question as the review asks it */
	struct doc conclusie; /* the conclusion; empty when not written yet */
};

/* One recommendation and to whom it is addressed. */
struct review_recommendation {
	const char *titel;     /* its one-line gist, or NULL */
	struct doc tekst;      /* the recommendation itself */
	const char *adressaat; /* "het college", "de concerndirectie", ... or NULL */
};

struct review {
	struct report *store;       /* owns the arena and the list of files read (the JSON first) */
	const char *source;         /* the review file as the user named it */
	const char *titel;          /* "Veerkracht en Gelijke Kansen" */
	const char *soort;          /* "Onderzoek naar doelmatigheid en doeltreffendheid (art. 213a
	                               Gemeentewet)", or NULL */
	const char *opdrachtgever;  /* who commissioned it, or NULL */
	struct strlist auteurs;     /* who wrote it: "Concernaudit" */
	struct date datum;          /* date of the report; all 0 when absent */
	struct period van, tot;     /* the period it covers; year 0 when absent */
	struct doc reikwijdte;      /* scope: what was and was not examined */
	const char *centrale_vraag; /* the central question, or NULL */
	struct review_question *vragen;
	size_t nvragen;
	struct doc samenvatting; /* the auditor's summary */
	struct doc conclusies;   /* the overall conclusion and observations */
	struct review_recommendation *aanbevelingen;
	size_t naanbevelingen;
	const char *reactie_van; /* who gives the management response, or NULL */
	struct doc reactie;      /* the management response (bestuurlijke reactie) */
};

/* Reads a review file; NULL when it cannot be read as JSON. Problems go
 * through msg() with their JSON path; the caller checks the error count. */
struct review *review_load(const char *path);
/* The same from bytes in memory (the fuzzer); path names them in messages
 * and resolves Markdown files. */
struct review *review_load_buffer(const char *path, const char *data, size_t len);
void review_free(struct review *rv);

#endif
