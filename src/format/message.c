/* The message first (issue 21): a council member reads the first lines.
 * The opgavemanager's kernboodschap when the input gives one; otherwise
 * the lead that text/lead.c makes from indicator_status(), said to be
 * generated, so it is never taken for the opgavemanager's own words and
 * never claims more than the statuses do. */
#include "message.h"

#include "../text/lead.h"
#include "fmt_base.h"

void fmt_kernboodschap(struct fmt *f, const char *title)
{
	const struct strlist *k = &f->r->kernboodschap;
	char lead[LEAD_MAX][LEAD_LEN];
	const char *items[LEAD_MAX];
	size_t n;
	if (title)
		layout_heading(f->L, title, 3, 0);
	if (k->n) {
		layout_list(f->L, k->items, k->n, 0);
		return;
	}
	n = nl_lead(f->r, lead, LEAD_MAX);
	for (size_t i = 0; i < n; i++)
		items[i] = fmt_printf(f, "%s", lead[i]);
	layout_list(f->L, items, n, 0);
	layout_text(f->L,
	            "Samengesteld uit de stand van de indicatoren; de rapportage geeft geen eigen "
	            "kernboodschap.",
	            ROLE_MUTED, FONT_ITALIC);
}
