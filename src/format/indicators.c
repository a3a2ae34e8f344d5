/* An indicator's charts (trend, comparison) and its series as a table:
 * the quarterly report's quadrant Data en informatie and the annual
 * report's quadrant chapters both show them. */
#include "../chart/chart.h"
#include "../text/nlformat.h"
#include "fmt_base.h"
#include "indicators.h"

/* Draw an indicator's charts (layout_draw_fn). */
static void draw_trend(struct canvas *cv, const void *data, double w, double h)
{
	chart_trend(cv, data, w, h);
}

static void draw_comparison(struct canvas *cv, const void *data, double w, double h)
{
	chart_comparison(cv, data, w, h);
}

void fmt_indicator_charts(struct fmt *f, const struct indicator *ind)
{
	enum chart_choice g = ind->grafiek;
	int trend = chart_trend_wanted(ind);
	int cmp = (g == CHART_AUTO || g == CHART_COMPARISON || g == CHART_BOTH) && chart_comparison_possible(ind);
	const char *unit = ind->eenheid ? fmt_printf(f, " (%s)", ind->eenheid) : "";
	char per[32];
	if (trend)
		fmt_figure(f, fmt_printf(f, "Verloop en doel%s", unit), 150, chart_trend_alt(layout_arena(f->L), ind),
		           draw_trend, ind);
	if (cmp)
		fmt_figure(f,
		           fmt_printf(f, "Per wijk of groep, %s%s", nl_period_short(per, sizeof per, &ind->vergelijking.periode),
		                      unit),
		           chart_comparison_height(ind), chart_comparison_alt(layout_arena(f->L), ind), draw_comparison, ind);
}

/* The series of one indicator: periods across, as few rows as fit. */
void fmt_indicator_series(struct fmt *f, const struct indicator *ind)
{
	const size_t per_row = 8;
	size_t rows = (ind->nreeks + per_row - 1) / per_row;
	for (size_t k = 0; k < rows; k++) {
		size_t from = k * per_row, n = ind->nreeks - from < per_row ? ind->nreeks - from : per_row;
		struct table *t = fmt_table(f, n + 1, 1);
		char per[64];
		if (k == 0)
			t->caption = fmt_caption(f, ind->eenheid ? fmt_printf(f, "Meetwaarden (%s)", ind->eenheid)
			                                         : "Meetwaarden");
		t->cols[0].header = "Periode";
		t->rows[0].cells[0] = "Waarde";
		for (size_t j = 0; j < n; j++) {
			const struct datapoint *d = &ind->reeks[from + j];
			t->cols[j + 1].header = fmt_printf(f, "%s", nl_period_short(per, sizeof per, &d->periode));
			t->cols[j + 1].align = CELL_RIGHT;
			t->rows[0].cells[j + 1] = fmt_measured(f, &d->waarde);
		}
		fmt_layout_table(f, t);
	}
}
