/* Charts from report data, drawn on a canvas, with generated alt text.
 * Every chart kind has a draw function of the same shape, so layout and
 * export can handle any of them. The public header of chart/: the top
 * floor, which the files of chart/ do not include themselves. */
#ifndef VG_CHART_H
#define VG_CHART_H
#include <stddef.h>

#include "../model/report.h"
#include "bars.h"
#include "budget.h"
#include "canvas.h"
#include "frame.h"
#include "multiples.h"
#include "scale.h"
#include "trend.h"

#endif
