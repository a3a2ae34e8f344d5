/* The generated lead (lead.h): counts of the indicators' statuses as
 * sentences that agree in number ("Eén van de vier doelen ligt op koers",
 * "Beide doelen zijn gehaald"), small counts in words. */
#include "lead.h"

#include <stdio.h>
#include <string.h>

#include "../model/status.h"

static const char *const small[] = {"geen",  "één",  "twee",  "drie", "vier", "vijf",  "zes",
                                    "zeven", "acht", "negen", "tien", "elf",  "twaalf"};

/* A count in words up to twelve, else in digits. */
static const char *count_word(char *buf, size_t size, size_t n)
{
	if (n < sizeof small / sizeof *small)
		return small[n];
	snprintf(buf, size, "%zu", n);
	return buf;
}

/* "Eén van de vier doelen", "Beide doelen", "Alle vijf doelen", "Het
 * enige doel": the subject for n of `of` goals. */
static void subject(char *out, size_t size, size_t n, size_t of)
{
	char a[24], b[24];
	if (n == of && of == 1)
		snprintf(out, size, "Het enige doel");
	else if (n == of && of == 2)
		snprintf(out, size, "Beide doelen");
	else if (n == of)
		snprintf(out, size, "Alle %s doelen", count_word(b, sizeof b, of));
	else
		snprintf(out, size, "%s van de %s doelen",
		         n == 1 ? "Eén" : count_word(a, sizeof a, n), count_word(b, sizeof b, of));
	if (out[0] >= 'a' && out[0] <= 'z') /* "twee van de vier" opens the sentence */
		out[0] = (char)(out[0] - 'a' + 'A');
}

/* One sentence "<subject> <verb>." for n of `of` goals; nothing for 0. */
static size_t say(char out[][LEAD_LEN], size_t k, size_t max, size_t n, size_t of, const char *one,
                  const char *more)
{
	char s[96];
	if (n == 0 || k >= max)
		return k;
	subject(s, sizeof s, n, of);
	snprintf(out[k], LEAD_LEN, "%s %s.", s, n == 1 ? one : more);
	return k + 1;
}

size_t nl_lead(const struct report *r, char out[][LEAD_LEN], size_t max)
{
	size_t c[STATUS_MAX] = {0}, nogoal = 0, goals, k = 0;
	char a[24];
	for (size_t i = 0; i < r->nindicatoren; i++) {
		struct ind_status st = indicator_status(&r->indicatoren[i]);
		if (st.kind == STATUS_ONBEKEND && st.reason == REASON_GEEN_DOEL)
			nogoal++;
		else
			c[st.kind]++;
	}
	goals = r->nindicatoren - nogoal;
	if (max == 0)
		return 0;
	if (r->nindicatoren == 0) {
		snprintf(out[0], LEAD_LEN,
		         "De rapportage noemt geen indicatoren; hoe de opgave ervoor staat, is "
		         "daarom niet "
		         "in cijfers te zeggen.");
		return 1;
	}
	if (goals == 0) {
		if (nogoal <= 2)
			snprintf(out[0], LEAD_LEN,
			         "%s geen streefwaarde; of de opgave op koers ligt, is daarom niet "
			         "te zeggen.",
			         nogoal == 1 ? "De enige indicator heeft"
			                     : "Beide indicatoren hebben");
		else
			snprintf(out[0], LEAD_LEN,
			         "Geen van de %s indicatoren heeft een streefwaarde; of de opgave "
			         "op koers "
			         "ligt, is daarom niet te zeggen.",
			         count_word(a, sizeof a, nogoal));
		return 1;
	}
	/* met, at the target date or before it: one sentence */
	if (c[STATUS_GEHAALD] && c[STATUS_BEREIKT])
		k = say(out, k, max, c[STATUS_GEHAALD] + c[STATUS_BEREIKT], goals, "",
		        "zijn gehaald of al vóór het streefjaar bereikt");
	else if (c[STATUS_GEHAALD])
		k = say(out, k, max, c[STATUS_GEHAALD], goals, "is gehaald", "zijn gehaald");
	else
		k = say(out, k, max, c[STATUS_BEREIKT], goals, "is al vóór het streefjaar bereikt",
		        "zijn al vóór het streefjaar bereikt");
	k = say(out, k, max, c[STATUS_OP_KOERS], goals, "ligt op koers", "liggen op koers");
	k = say(out, k, max, c[STATUS_NIET_OP_KOERS], goals, "ligt niet op koers",
	        "liggen niet op koers");
	k = say(out, k, max, c[STATUS_NIET_GEHAALD], goals, "is niet gehaald", "zijn niet gehaald");
	k = say(out, k, max, c[STATUS_ONBEKEND], goals, "heeft nog geen bekende stand",
	        "hebben nog geen bekende stand");
	if (nogoal && k < max) {
		snprintf(out[k], LEAD_LEN, "%s %s %s geen streefwaarde.",
		         nogoal == 1 ? "Eén" : count_word(a, sizeof a, nogoal),
		         nogoal == 1 ? "indicator" : "indicatoren",
		         nogoal == 1 ? "heeft" : "hebben");
		if (out[k][0] >= 'a' && out[k][0] <= 'z') /* "twee" opens the sentence */
			out[k][0] = (char)(out[k][0] - 'a' + 'A');
		k++;
	}
	return k;
}
