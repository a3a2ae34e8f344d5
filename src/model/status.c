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
    "één meting: nog geen verloop",
    "streefband loopt van hoog naar laag",
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

int indicator_band_inverted(const struct indicator *ind)
{
	return ind->band_laag.kind == VAL_NUMBER && ind->band_hoog.kind == VAL_NUMBER &&
	       ind->band_laag.num > ind->band_hoog.num;
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

/* The known measurement whose period ends last, up to `until` (a period
 * end); by period, not by its place in the series. */
static const struct datapoint *latest(const struct indicator *ind, double until)
{
	const struct datapoint *best = NULL;
	for (size_t i = 0; i < ind->nreeks; i++) {
		const struct datapoint *d = &ind->reeks[i];
		if (d->waarde.kind == VAL_NUMBER && period_end(&d->periode) <= until + 1e-9 &&
		    (best == NULL || period_end(&d->periode) >= period_end(&best->periode)))
			best = d;
	}
	return best;
}

/* The measurement over a year: a period in that year that ends with it
 * (the year itself, its fourth quarter or December); the latest given. */
static const struct datapoint *year_value(const struct indicator *ind, int year)
{
	const struct datapoint *best = NULL;
	for (size_t i = 0; i < ind->nreeks; i++) {
		const struct datapoint *d = &ind->reeks[i];
		if (d->waarde.kind == VAL_NUMBER && d->periode.year == year &&
		    fabs(period_end(&d->periode) - (year + 1.0)) < 1e-9)
			best = d;
	}
	return best;
}

/* Where the trend starts: the baseline when it lies before the latest
 * measurement; when the baseline's period ends after it (a yearly
 * baseline for quarterly figures of that year), the first measurement
 * before it; NULL when there is none. */
static const struct datapoint *trend_start(const struct indicator *ind, const struct datapoint *last)
{
	const struct datapoint *first = NULL;
	double t1 = period_end(&last->periode);
	if (indicator_has_baseline(ind)) {
		double tb = period_end(&ind->basis.periode);
		if (tb < t1 - 1e-9)
			return &ind->basis;
		if (fabs(tb - t1) < 1e-9)
			return NULL; /* the baseline is the latest measurement: nothing since */
	}
	for (size_t i = 0; i < ind->nreeks; i++) {
		const struct datapoint *d = &ind->reeks[i];
		if (d->waarde.kind == VAL_NUMBER && period_end(&d->periode) < t1 - 1e-9 &&
		    (first == NULL || period_end(&d->periode) < period_end(&first->periode)))
			first = d;
	}
	return first;
}

static struct ind_status unknown(enum status_reason why)
{
	return (struct ind_status){STATUS_ONBEKEND, why, 0, 0};
}

/* Whether the line reaches the target by the target date: in the band
 * (without a direction, a line that overshoots it misses it), or at or
 * beyond the target coming from where the series stands. */
static int reaches(const struct indicator *ind, double projected, double target, double now_value)
{
	double eps = 1e-9 * fmax(1, fabs(target)); /* rounding of the line, not of the data */
	double sign = target >= now_value ? 1 : -1;
	if (has_band(ind) && ind->richting == DIR_NONE)
		return projected >= ind->band_laag.num - eps && projected <= ind->band_hoog.num + eps;
	return sign * (projected - target) >= -eps;
}

struct ind_status indicator_status(const struct indicator *ind)
{
	struct ind_status st = {STATUS_ONBEKEND, REASON_NONE, 0, 0};
	const struct datapoint *last, *from;
	double now, due = 0, t0, t1;
	if (!indicator_has_target(ind))
		return unknown(indicator_band_inverted(ind)    ? REASON_BAND_OMGEKEERD
		               : indicator_target_pending(ind) ? REASON_REFERENTIE
		               : indicator_target_ntb(ind)     ? REASON_DOEL_NTB
		                                               : REASON_GEEN_DOEL);
	if (!has_band(ind) && ind->richting == DIR_NONE)
		return unknown(REASON_GEEN_RICHTING);
	/* judged at the end of the report's period: later figures do not count */
	now = ind->peildatum.year ? period_end(&ind->peildatum) : INFINITY;
	last = latest(ind, now);
	if (last == NULL)
		return unknown(REASON_GEEN_METING);
	if (!ind->peildatum.year)
		now = period_end(&last->periode);
	if (ind->streefjaar) {
		due = ind->streefjaar + 1.0;
		if (now >= due - 1e-9) {
			const struct datapoint *d = year_value(ind, ind->streefjaar);
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
		return unknown(indicator_has_baseline(ind) ? REASON_TE_WEINIG : REASON_EEN_METING);
	t0 = period_end(&from->periode);
	t1 = period_end(&last->periode);
	st.projected = last->waarde.num + (last->waarde.num - from->waarde.num) / (t1 - t0) * (due - t1);
	st.kind = reaches(ind, st.projected, st.target, last->waarde.num) ? STATUS_OP_KOERS : STATUS_NIET_OP_KOERS;
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
		if (period_same(&ind->reeks[i].periode, &rt->ten_opzichte_van))
			ref = &ind->reeks[i].waarde;
	if ((ref == NULL || ref->kind != VAL_NUMBER) && period_same(&ind->basis.periode, &rt->ten_opzichte_van))
		ref = &ind->basis.waarde;
	if (ref == NULL || ref->kind != VAL_NUMBER || rt->getal.kind != VAL_NUMBER) {
		ind->streefwaarde = (struct value){VAL_UNKNOWN, 0, 0};
		return -1;
	}
	if (ref->num <= 0) { /* "50% lager" than a negative figure reads the wrong way */
		ind->streefwaarde = (struct value){VAL_UNKNOWN, 0, 0};
		return -2;
	}
	v = rt->is_factor ? ref->num * rt->getal.num : ref->num * (1 + rt->getal.num / 100);
	ind->streefwaarde = (struct value){VAL_NUMBER, v, decimals_for(v, ref->decimals)};
	return 0;
}
