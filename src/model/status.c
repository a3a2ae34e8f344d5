#include "status.h"

#include <math.h>
#include <stdio.h>

const char *const status_word[STATUS_MAX] = {
    "onbekend", "gehaald", "niet gehaald", "doel bereikt", "op koers", "niet op koers",
};

const char *const status_reason_text[REASON_MAX] = {
    "",
    "geen streefwaarde",
    "streefwaarde nog te bepalen",
    "geen richting opgegeven",
    "geen meting",
    "geen streefjaar",
    "geen meting na de nulmeting",
    "geen meting over het streefjaar",
    "de meting waartegen de streefwaarde is opgegeven ontbreekt nog",
};

double period_end(const struct period *p)
{
	if (p->quarter)
		return p->year + p->quarter / 4.0;
	if (p->month)
		return p->year + p->month / 12.0;
	return p->year + 1.0;
}

int indicator_has_baseline(const struct indicator *ind)
{
	return ind->basis.periode.year != 0 && ind->basis.waarde.kind == VAL_NUMBER;
}

static int has_band(const struct indicator *ind)
{
	return ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER &&
	       ind->band_laag.num <= ind->band_hoog.num;
}

int indicator_has_target(const struct indicator *ind)
{
	return ind->streefwaarde.kind == VAL_NUMBER || has_band(ind);
}

int indicator_target_pending(const struct indicator *ind)
{
	return ind->relatief.present && !indicator_has_target(ind);
}

int indicator_target_ntb(const struct indicator *ind)
{
	return !indicator_has_target(ind) && !ind->relatief.present &&
	       (ind->streefwaarde.kind == VAL_UNKNOWN || ind->band_laag.kind == VAL_UNKNOWN ||
	        ind->band_hoog.kind == VAL_UNKNOWN);
}

/* Whether value v meets the goal: inside the band, or at or beyond the
 * target in the good direction. Sets *target to the value it is judged
 * against. */
static int meets(const struct indicator *ind, double v, double *target)
{
	if (has_band(ind)) {
		double lo = ind->band_laag.num, hi = ind->band_hoog.num;
		*target = ind->richting == DIR_HIGHER ? lo : ind->richting == DIR_LOWER ? hi : v < lo ? lo : hi;
		/* beyond the band on the good side counts as met */
		return (v >= lo || ind->richting == DIR_LOWER) && (v <= hi || ind->richting == DIR_HIGHER);
	}
	*target = ind->streefwaarde.num;
	return ind->richting == DIR_HIGHER ? v >= *target : v <= *target;
}

/* The latest known measurement, and the latest one whose period lies in
 * the target year or later. */
static const struct datapoint *latest(const struct indicator *ind, int from_year)
{
	for (size_t i = ind->nreeks; i-- > 0;)
		if (ind->reeks[i].waarde.kind == VAL_NUMBER && ind->reeks[i].periode.year >= from_year)
			return &ind->reeks[i];
	return NULL;
}

/* Where the trend starts: the baseline when it lies before the latest
 * measurement, else the first measurement before it; NULL when none. */
static const struct datapoint *trend_start(const struct indicator *ind, const struct datapoint *last)
{
	double t1 = period_end(&last->periode);
	if (indicator_has_baseline(ind))
		return period_end(&ind->basis.periode) < t1 ? &ind->basis : NULL;
	for (size_t i = 0; i < ind->nreeks; i++)
		if (ind->reeks[i].waarde.kind == VAL_NUMBER && period_end(&ind->reeks[i].periode) < t1)
			return &ind->reeks[i];
	return NULL;
}

static struct ind_status unknown(enum status_reason why)
{
	return (struct ind_status){STATUS_ONBEKEND, why, 0, 0};
}

struct ind_status indicator_status(const struct indicator *ind)
{
	struct ind_status st = {STATUS_ONBEKEND, REASON_NONE, 0, 0};
	const struct datapoint *last = latest(ind, 0), *from;
	double now, t0, t1;
	double due = ind->streefjaar + 1.0; /* the end of the target year; used only when there is one */
	if (!indicator_has_target(ind))
		return unknown(indicator_target_pending(ind) ? REASON_REFERENTIE
		               : indicator_target_ntb(ind)   ? REASON_DOEL_NTB
		                                             : REASON_GEEN_DOEL);
	if (!has_band(ind) && ind->richting == DIR_NONE)
		return unknown(REASON_GEEN_RICHTING);
	if (last == NULL)
		return unknown(REASON_GEEN_METING);
	now = ind->peildatum.year ? period_end(&ind->peildatum) : period_end(&last->periode);
	now = fmax(now, period_end(&last->periode));
	if (ind->streefjaar) {
		if (now >= due - 1e-9) {
			const struct datapoint *d = latest(ind, ind->streefjaar);
			if (d == NULL)
				return unknown(REASON_STREEFJAAR_NIET_GEMETEN);
			st.kind = meets(ind, d->waarde.num, &st.target) ? STATUS_GEHAALD : STATUS_NIET_GEHAALD;
			return st;
		}
	}
	if (meets(ind, last->waarde.num, &st.target)) {
		st.kind = STATUS_BEREIKT;
		return st;
	}
	if (!ind->streefjaar)
		return unknown(REASON_GEEN_STREEFJAAR);
	from = trend_start(ind, last);
	if (from == NULL)
		return unknown(REASON_TE_WEINIG);
	t0 = period_end(&from->periode);
	t1 = period_end(&last->periode);
	st.projected = last->waarde.num + (last->waarde.num - from->waarde.num) / (t1 - t0) * (due - t1);
	{
		/* the good way is towards the target from where the series stands */
		double sign = st.target >= last->waarde.num ? 1 : -1;
		double eps = 1e-9 * fmax(1, fabs(st.target)); /* rounding of the line, not of the data */
		st.kind = sign * (st.projected - st.target) >= -eps ? STATUS_OP_KOERS : STATUS_NIET_OP_KOERS;
	}
	return st;
}

const char *status_phrase(char *out, size_t outsz, const struct ind_status *st)
{
	if (st->kind == STATUS_ONBEKEND && st->reason != REASON_NONE)
		snprintf(out, outsz, "onbekend (%s)", status_reason_text[st->reason]);
	else
		snprintf(out, outsz, "%s", status_word[st->kind]);
	return out;
}

/* The fewest decimals from `least` up that show v exactly, at most least + 2. */
static int decimals_for(double v, int least)
{
	for (int d = least; d < least + 2 && d < 6; d++) {
		double s = v * pow(10, d);
		if (fabs(s - round(s)) < 1e-6 * fmax(1, fabs(s)))
			return d;
	}
	return least + 2 > 6 ? 6 : least + 2;
}

int indicator_resolve_relative(struct indicator *ind)
{
	const struct relative_target *rt = &ind->relatief;
	const struct value *ref = NULL;
	double v;
	if (!rt->present)
		return 0;
	for (size_t i = 0; i < ind->nreeks; i++)
		if (ind->reeks[i].periode.year == rt->ten_opzichte_van.year &&
		    ind->reeks[i].periode.quarter == rt->ten_opzichte_van.quarter &&
		    ind->reeks[i].periode.month == rt->ten_opzichte_van.month)
			ref = &ind->reeks[i].waarde;
	if ((ref == NULL || ref->kind != VAL_NUMBER) && ind->basis.periode.year == rt->ten_opzichte_van.year &&
	    ind->basis.periode.quarter == rt->ten_opzichte_van.quarter &&
	    ind->basis.periode.month == rt->ten_opzichte_van.month)
		ref = &ind->basis.waarde;
	if (ref == NULL || ref->kind != VAL_NUMBER || rt->getal.kind != VAL_NUMBER) {
		ind->streefwaarde = (struct value){VAL_UNKNOWN, 0, 0};
		return -1;
	}
	v = rt->is_factor ? ref->num * rt->getal.num : ref->num * (1 + rt->getal.num / 100);
	ind->streefwaarde = (struct value){VAL_NUMBER, v, decimals_for(v, ref->decimals)};
	return 0;
}
