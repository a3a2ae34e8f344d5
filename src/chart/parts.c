/* Pieces several charts share: a value axis with grid lines, a legend,
 * and names shortened to fit. */
#include <math.h>
#include <string.h>

#include "frame.h"
#include "parts.h"

double chart_slot_x(const struct chart_frame *fr, size_t i)
{
	return fr->left + fr->width * ((double)i + 0.5) / (double)(fr->nslots ? fr->nslots : 1);
}

double chart_value_y(const struct chart_frame *fr, double v)
{
	return fr->top + fr->height - scale_pos(&fr->y, v, fr->height);
}

double axis_label_width(struct canvas *cv, const struct scale *s)
{
	char b[64];
	double w = 0;
	for (size_t i = 0; i < s->nticks; i++)
		w = fmax(w, cv_width(cv, FONT_REGULAR, LABEL_SIZE, scale_label(s, i, b, sizeof b)));
	return w;
}

void axis_horizontal_grid(struct canvas *cv, const struct chart_frame *fr)
{
	struct pen grid = {cv->style->grid, 0.3, 0};
	char b[64];
	for (size_t i = 0; i < fr->y.nticks; i++) {
		double v = scale_tick(&fr->y, i), y = chart_value_y(fr, v);
		cv_line(cv, fr->left, y, fr->left + fr->width, y, &grid);
		cv_text(cv, fr->left - 4, y + LABEL_SIZE * 0.35, FONT_REGULAR, LABEL_SIZE, cv->style->muted, ANCHOR_END,
		        scale_label(&fr->y, i, b, sizeof b));
	}
}

void axis_unit(struct canvas *cv, const struct chart_frame *fr, double y, double w, const char *unit)
{
	char b[96];
	const char *u = fit_text(cv, FONT_ITALIC, LABEL_SIZE, unit, w, b, sizeof b);
	double uw = cv_width(cv, FONT_ITALIC, LABEL_SIZE, u);
	/* over the tick labels, right-aligned with them when there is room */
	cv_text(cv, uw <= fr->left - 4 ? fr->left - 4 : 0, y, FONT_ITALIC, LABEL_SIZE, cv->style->muted,
	        uw <= fr->left - 4 ? ANCHOR_END : ANCHOR_START, u);
}

/* Side by side when they fit; else turned 45 degrees when that fits; else
 * every k-th label. */
static void slot_plan(struct canvas *cv, double width, const char *const *labels, size_t n, int *turn,
                      size_t *every, double *widest)
{
	double slot = width / (double)(n ? n : 1);
	*widest = 0;
	*every = 1;
	for (size_t i = 0; i < n; i++)
		*widest = fmax(*widest, cv_width(cv, FONT_REGULAR, LABEL_SIZE, labels[i]));
	*turn = *widest + 4 > slot && LABEL_SIZE * 1.6 <= slot;
	if (!*turn)
		while (*widest + 4 > slot * (double)*every && *every < n)
			(*every)++;
}

double axis_slot_depth(struct canvas *cv, double width, const char *const *labels, size_t n)
{
	int turn;
	size_t every;
	double widest;
	slot_plan(cv, width, labels, n, &turn, &every, &widest);
	return turn ? widest * 0.7071 + LABEL_SIZE + 6 : 16;
}

void axis_slot_labels(struct canvas *cv, const struct chart_frame *fr, const char *const *labels)
{
	int turn;
	size_t every;
	double widest;
	slot_plan(cv, fr->width, labels, fr->nslots, &turn, &every, &widest);
	for (size_t i = 0; i < fr->nslots; i += every) {
		double x = chart_slot_x(fr, i), y = fr->top + fr->height + 11;
		if (turn) /* the label's end under its slot, rising to the right */
			cv->ops->text(cv->ctx, x + 3, y - 2, FONT_REGULAR, LABEL_SIZE, cv->style->muted, ANCHOR_END, 45,
			              labels[i]);
		else
			cv_text(cv, x, y, FONT_REGULAR, LABEL_SIZE, cv->style->muted, ANCHOR_MIDDLE, labels[i]);
	}
}

double legend_height(struct canvas *cv, double w, const char *const *labels, size_t n)
{
	double x = 0, rows = n ? 1 : 0;
	for (size_t i = 0; i < n; i++) {
		char b[160];
		double iw = 24 + cv_width(cv, FONT_REGULAR, LABEL_SIZE, fit_text(cv, FONT_REGULAR, LABEL_SIZE, labels[i], w - 24, b, sizeof b));
		if (x > 0 && x + iw > w) {
			rows++;
			x = 0;
		}
		x += iw;
	}
	return rows * LEGEND_ROW;
}

void legend_draw(struct canvas *cv, double x0, double y0, double w, const char *const *labels,
                 const struct rgb *colours, size_t n)
{
	double x = 0, y = y0;
	for (size_t i = 0; i < n; i++) {
		char b[160];
		const char *label = fit_text(cv, FONT_REGULAR, LABEL_SIZE, labels[i], w - 24, b, sizeof b);
		double iw = 24 + cv_width(cv, FONT_REGULAR, LABEL_SIZE, label);
		if (x > 0 && x + iw > w) {
			y += LEGEND_ROW;
			x = 0;
		}
		cv_fill_rect(cv, x0 + x, y + 1, 8, 8, colours[i]);
		cv_text(cv, x0 + x + 11, y + 8, FONT_REGULAR, LABEL_SIZE, cv->style->ink, ANCHOR_START, label);
		x += iw;
	}
}

const char *fit_text(struct canvas *cv, enum font_style f, double size, const char *s, double w, char *out,
                     size_t outsz)
{
	size_t len = strlen(s);
	if (cv_width(cv, f, size, s) <= w || outsz < 8)
		return s;
	if (len > outsz - 4)
		len = outsz - 4;
	for (;;) {
		/* drop a whole UTF-8 character, and trailing spaces */
		while (len > 0 && ((unsigned char)s[len - 1] & 0xC0) == 0x80)
			len--;
		if (len > 0)
			len--;
		while (len > 0 && s[len - 1] == ' ')
			len--;
		memcpy(out, s, len);
		memcpy(out + len, "\xE2\x80\xA6", 4); /* … */
		if (len == 0 || cv_width(cv, f, size, out) <= w)
			return out;
	}
}
