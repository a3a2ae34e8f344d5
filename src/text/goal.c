#include "goal.h"

#include <math.h>
#include <stdio.h>

#include "../model/status.h"
#include "nlformat.h"

char *nl_goal_relative(char *out, size_t outsz, const struct indicator *ind)
{
	const struct relative_target *rt = &ind->relatief;
	char n[64], p[32];
	out[0] = '\0';
	if (!rt->present || rt->getal.kind != VAL_NUMBER)
		return out;
	nl_period_short(p, sizeof p, &rt->ten_opzichte_van);
	if (rt->is_factor) {
		snprintf(out, outsz, "%s keer de waarde van %s", nl_number(n, sizeof n, rt->getal.num, rt->getal.decimals), p);
	} else if (rt->getal.num == 0) {
		snprintf(out, outsz, "gelijk aan %s", p);
	} else {
		nl_percent(n, sizeof n, fabs(rt->getal.num), rt->getal.decimals);
		snprintf(out, outsz, "%s %s dan in %s", n, rt->getal.num < 0 ? "lager" : "hoger", p);
	}
	return out;
}

char *nl_goal(char *out, size_t outsz, const struct indicator *ind)
{
	char v[64], lo[64], hi[64], rel[96], when[32] = "";
	out[0] = '\0';
	if (ind->streefjaar)
		snprintf(when, sizeof when, " in %d", ind->streefjaar);
	nl_goal_relative(rel, sizeof rel, ind);
	if (ind->band_laag.kind != VAL_ABSENT || ind->band_hoog.kind != VAL_ABSENT) {
		if (ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER)
			snprintf(out, outsz, "tussen %s en %s%s", nl_value(lo, sizeof lo, &ind->band_laag),
			         nl_value(hi, sizeof hi, &ind->band_hoog), when);
		else
			snprintf(out, outsz, "n.t.b.%s", when);
	} else if (ind->streefwaarde.kind == VAL_NUMBER) {
		nl_value(v, sizeof v, &ind->streefwaarde);
		snprintf(out, outsz, rel[0] ? "%s%s (%s)" : "%s%s%s", v, when, rel);
	} else if (ind->streefwaarde.kind == VAL_UNKNOWN || ind->relatief.present) {
		snprintf(out, outsz, rel[0] ? "n.t.b.%s (%s)" : "n.t.b.%s%s", when, rel);
	}
	return out;
}

char *nl_status(char *out, size_t outsz, const struct indicator *ind)
{
	struct ind_status st = indicator_status(ind);
	return (char *)status_phrase(out, outsz, &st);
}

char *nl_status_counts(char *out, size_t outsz, const size_t *n)
{
	static const enum status_kind order[] = {STATUS_GEHAALD,       STATUS_BEREIKT,      STATUS_OP_KOERS,
	                                         STATUS_NIET_OP_KOERS, STATUS_NIET_GEHAALD, STATUS_ONBEKEND};
	size_t len = 0;
	out[0] = '\0';
	for (size_t k = 0; k < sizeof order / sizeof *order && len < outsz; k++)
		if (n[order[k]]) {
			int w = snprintf(out + len, outsz - len, "%s%zu %s", len ? ", " : "", n[order[k]], status_word[order[k]]);
			len += w > 0 ? (size_t)w : 0;
		}
	return out;
}
