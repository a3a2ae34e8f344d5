#include "table.h"

#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/xalloc.h"
#include "fontset.h"
#include "layout_int.h"

#define PAD_V 3.0 /* vertical cell padding, points */

/* A table being laid out. */
struct tl {
	struct layout *L;
	const struct table *t;
	double *colw;            /* column widths */
	struct text_style cell;  /* base cell style */
	struct text_style head;  /* header cell style */
	struct lb_lines *hdr;    /* header cells broken into lines */
	double hdr_h;
	int too_wide;            /* does not fit even in the smallest type */
};

static double text_w(struct layout *L, enum font_style f, double size, const char *s)
{
	return fontset_width(L->fs, f, size, s, strlen(s));
}

/* Widest single word of s, so a column never breaks inside a word. */
static double widest_word(struct layout *L, enum font_style f, double size, const char *s)
{
	double best = 0;
	while (*s) {
		size_t n = strcspn(s, " ");
		double w = fontset_width(L->fs, f, size, s, n);
		best = w > best ? w : best;
		s += n;
		s += strspn(s, " ");
	}
	return best;
}

/* Column widths. Natural widths when they fit, the slack going to the text
 * columns; otherwise columns shrink towards their narrowest (a text
 * column's widest word; a figure column's widest figure or header word),
 * in proportion to what they can give. A cap on the first column hands its
 * excess to the other columns. The widths always add up to the width. */
static double column_widths(struct tl *T, double *minw_out)
{
	double need = 0; /* the narrowest the table can be: text columns at their widest word */
	const struct table *t = T->t;
	struct layout *L = T->L;
	size_t nc = t->ncols;
	double W = L->width - L->indent, total = 0, flex = 0, room = 0, hroom = 0;
	double *nat = xcalloc(nc, sizeof(double)), *minw = xcalloc(nc, sizeof(double));

	for (size_t j = 0; j < nc; j++) {
		const char *h = t->cols[j].header;
		int figures = t->cols[j].align != CELL_LEFT;
		if (h != NULL && !t->no_header) {
			nat[j] = text_w(L, T->head.font, T->head.size, h);
			minw[j] = widest_word(L, T->head.font, T->head.size, h);
		}
		for (size_t i = 0; i < t->nrows; i++) {
			const char *c = t->rows[i].cells[j];
			enum font_style f = t->rows[i].flags & (ROW_BOLD | ROW_TOTAL) ? FONT_BOLD : FONT_REGULAR;
			double w = c ? text_w(L, f, T->cell.size, c) : 0;
			/* a figure cell is one atom: never broken, whatever is in it */
			double m = c ? (figures ? w : widest_word(L, f, T->cell.size, c)) : 0;
			nat[j] = w > nat[j] ? w : nat[j];
			minw[j] = m > minw[j] ? m : minw[j];
		}
		/* a hair more than the text, so measuring never breaks a figure */
		nat[j] += 2 * TABLE_PAD_H + 0.01;
		minw[j] += 2 * TABLE_PAD_H + 0.01;
		if (t->cols[j].min_width > minw[j])
			minw[j] = t->cols[j].min_width;
		if (minw[j] > nat[j])
			nat[j] = minw[j];
		total += nat[j];
		if (t->cols[j].align == CELL_LEFT) {
			flex += nat[j];
			room += nat[j] - minw[j];
		} else {
			hroom += nat[j] - minw[j]; /* a figure column's header can wrap too, but last */
		}
		need += minw[j];
	}
	for (size_t j = 0; j < nc; j++) {
		T->colw[j] = nat[j];
		if (total <= W && !t->plain)
			T->colw[j] += (W - total) * (flex > 0 ? (t->cols[j].align == CELL_LEFT ? nat[j] / flex : 0)
			                                       : nat[j] / total);
		else if (total > W && t->cols[j].align == CELL_LEFT && room > 0)
			T->colw[j] -= (nat[j] - minw[j]) * ((total - W) < room ? (total - W) / room : 1);
		else if (total > W && t->cols[j].align != CELL_LEFT && hroom > 0 && total - W > room)
			T->colw[j] -= (nat[j] - minw[j]) * ((total - W - room) < hroom ? (total - W - room) / hroom : 1);
	}
	total = 0;
	for (size_t j = 0; j < nc; j++)
		total += T->colw[j];
	if (total > W) { /* even the narrowest layout is too wide: the text columns give first */
		double text = 0;
		for (size_t j = 0; j < nc; j++)
			text += t->cols[j].align == CELL_LEFT ? T->colw[j] : 0;
		for (size_t j = 0; j < nc; j++)
			if (text > total - W + 1)
				T->colw[j] *= t->cols[j].align == CELL_LEFT ? (text - (total - W)) / text : 1;
			else /* a last resort; prepare() splits such a table first */
				T->colw[j] *= W / total;
	}
	if (t->first_col_max > 0 && nc > 1 && T->colw[0] > W * t->first_col_max) {
		double cut = T->colw[0] - W * t->first_col_max;
		T->colw[0] -= cut;
		if (!t->plain)
			for (size_t j = 1; j < nc; j++)
				T->colw[j] += cut / (double)(nc - 1);
	}
	if (minw_out != NULL)
		memcpy(minw_out, minw, nc * sizeof(double));
	free(nat);
	free(minw);
	return need;
}

static struct text_style cell_style(const struct tl *T, size_t j, unsigned flags, int header)
{
	struct text_style st = header ? T->head : T->cell;
	enum cell_align a = T->t->cols[j].align;
	st.align = a == CELL_RIGHT ? ALIGN_RIGHT : a == CELL_CENTER ? ALIGN_CENTER : ALIGN_LEFT;
	if (flags & (ROW_BOLD | ROW_TOTAL))
		st.font = FONT_BOLD;
	if (flags & ROW_MUTED)
		st.colour = T->L->t->colour[COLOUR_MUTED];
	return st;
}

/* Breaks the cells of one row; returns the row height. */
static double break_row(struct tl *T, const char *const *cells, unsigned flags, int header,
                        struct lb_lines *out)
{
	double h = 0;
	for (size_t j = 0; j < T->t->ncols; j++) {
		struct text_style st = cell_style(T, j, flags, header);
		struct span sp = {cells[j] ? cells[j] : "", 0, NULL};
		struct rich r = {&sp, cells[j] && *cells[j] ? 1u : 0u};
		double ch;
		linebreak(T->L->doc->arena, T->L->doc->arena, T->L->fs, T->L->h, T->L->warned, &r, &st,
		          T->colw[j] - 2 * TABLE_PAD_H, &out[j]);
		ch = (double)out[j].n * st.leading;
		h = ch > h ? ch : h;
	}
	return h + 2 * PAD_V;
}

static void rule(struct layout *L, double x, double y, double w, double width, struct rgb c)
{
	struct item *it = page_add(cur_page(L), ITEM_LINE);
	it->x = (float)x;
	it->y = (float)y;
	it->w = (float)w;
	it->size = (float)width;
	it->colour = c;
}

static size_t max_lines(const struct tl *T, const struct lb_lines *cells)
{
	size_t n = 0;
	for (size_t j = 0; j < T->t->ncols; j++)
		n = cells[j].n > n ? cells[j].n : n;
	return n;
}

/* Draws lines [k0, k1) of a row's cells with their top at L->y, and
 * advances L->y. A whole row is [0, max_lines); a row taller than a page is
 * drawn in parts. */
/* The width of a footnote mark that ends a right-aligned line, or 0: the
 * mark hangs to the right of the column, so figures stay aligned. */
static double hanging_mark(const struct tl *T, const struct lb_line *l, const struct text_style *st)
{
	const struct lb_word *w;
	const struct lb_frag *fr;
	if (st->align != ALIGN_RIGHT || l->n == 0)
		return 0;
	w = &l->words[l->n - 1];
	if (w->nfrags == 0)
		return 0;
	fr = &w->frags[w->nfrags - 1];
	if (fr->len < 2 || fr->text[fr->len - 1] != '*')
		return 0;
	return fontset_width(T->L->fs, fr->font, st->size, "*", 1);
}

static void draw_row(struct tl *T, struct lb_lines *cells, unsigned flags, int header, size_t k0,
                     size_t k1)
{
	struct layout *L = T->L;
	const struct template *tp = L->t;
	double x = L->x0 + L->indent, W = L->width - L->indent, top = L->y;
	double h = (double)(k1 - k0) * T->cell.leading + 2 * PAD_V;
	enum tag ctag = header ? TAG_TH : TAG_TD;

	if (header && !T->t->plain) {
		tag_begin(L, TAG_ARTIFACT);
		layout_rect(L, x, top, W, h, tp->colour[COLOUR_FILL]);
		tag_end(L, TAG_ARTIFACT);
	}
	if ((flags & ROW_TOTAL) && !T->t->plain && k0 == 0) {
		tag_begin(L, TAG_ARTIFACT);
		rule(L, x, top, W, 0.8, tp->colour[COLOUR_TEXT]);
		tag_end(L, TAG_ARTIFACT);
	}
	tag_begin(L, TAG_TR);
	for (size_t j = 0; j < T->t->ncols; j++) {
		struct text_style st = cell_style(T, j, flags, header);
		tag_begin(L, ctag);
		for (size_t k = k0; k < k1 && k < cells[j].n; k++) {
			L->y = top + PAD_V + (double)(k - k0) * st.leading;
			/* a plain table (no rules, no fills) starts flush with the text */
			emit_line(L, &cells[j].v[k], &st, x + (T->t->plain && j == 0 ? 0 : TABLE_PAD_H),
			          T->colw[j] - 2 * TABLE_PAD_H + (header ? 0 : hanging_mark(T, &cells[j].v[k], &st)));
		}
		tag_end(L, ctag);
		x += T->colw[j];
	}
	tag_end(L, TAG_TR);
	L->y = top + h;
	if (!T->t->plain) {
		tag_begin(L, TAG_ARTIFACT);
		rule(L, L->x0 + L->indent, L->y, W, header ? 0.8 : 0.35,
		     header ? tp->colour[COLOUR_TEXT] : tp->colour[COLOUR_RULE]);
		tag_end(L, TAG_ARTIFACT);
	}
}

static void draw_header(struct tl *T, int repeat)
{
	if (T->t->no_header)
		return;
	if (repeat)
		tag_begin(T->L, TAG_ARTIFACT);
	else
		tag_begin(T->L, TAG_THEAD);
	draw_row(T, T->hdr, 0, 1, 0, max_lines(T, T->hdr));
	tag_end(T->L, repeat ? TAG_ARTIFACT : TAG_THEAD);
}

/* Measures a table: column widths, the header and every row broken into
 * lines. rows gets nrows*ncols cells, rh each row's height (caller frees
 * rh and T->colw). */
static void prepare(struct tl *T, struct layout *L, const struct table *t, struct lb_lines **rows,
                    double **rh)
{
	memset(T, 0, sizeof *T);
	T->L = L;
	T->t = t;
	T->cell = L->role[ROLE_BODY];
	T->cell.size *= 0.95;
	T->cell.leading *= 0.92;
	T->cell.hyphenate = 1;
	T->head = T->cell;
	T->head.font = FONT_BOLD;
	T->colw = xcalloc(t->ncols, sizeof(double));
	{
		/* too wide even with text columns at their widest word (many years):
		 * set the whole table smaller rather than break figures */
		double need = column_widths(T, NULL), W = L->width - L->indent;
		if (need > W) {
			double k = W / need < 0.6 ? 0.6 : W / need;
			T->cell.size *= k;
			T->cell.leading *= k;
			T->head.size *= k;
			T->head.leading *= k;
			T->too_wide = column_widths(T, NULL) > W + 0.5;
		}
	}
	T->hdr = arena_array(L->doc->arena, t->ncols, sizeof(struct lb_lines));
	if (!t->no_header) {
		const char **h = arena_array(L->doc->arena, t->ncols, sizeof(char *));
		for (size_t j = 0; j < t->ncols; j++)
			h[j] = t->cols[j].header;
		T->hdr_h = break_row(T, h, 0, 1, T->hdr);
	}
	*rows = arena_array(L->doc->arena, t->nrows * t->ncols, sizeof(struct lb_lines));
	*rh = xcalloc(t->nrows ? t->nrows : 1, sizeof(double));
	for (size_t i = 0; i < t->nrows; i++)
		(*rh)[i] = break_row(T, t->rows[i].cells, t->rows[i].flags, 0, &(*rows)[i * t->ncols]);
}

double layout_table_height(struct layout *L, const struct table *t)
{
	struct tl T;
	struct lb_lines *rows;
	double *rh, h;
	prepare(&T, L, t, &rows, &rh);
	h = T.hdr_h;
	for (size_t i = 0; i < t->nrows; i++)
		h += rh[i];
	free(rh);
	free(T.colw);
	return h;
}

/* A table too wide for the page even in small type (many years): laid out
 * as consecutive parts of as many columns as fit, each repeating the first
 * column; later parts are captioned "(vervolg)" and the note follows the
 * last part. */
static void split_columns(struct layout *L, const struct table *t)
{
	struct arena *a = L->doc->arena;
	struct tl T;
	double *minw = xcalloc(t->ncols, sizeof(double)), W = L->width - L->indent, w0;
	size_t j = 1;
	int part = 0;

	memset(&T, 0, sizeof T);
	T.L = L;
	T.t = t;
	T.cell = L->role[ROLE_BODY];
	T.cell.size *= 0.95;
	T.head = T.cell;
	T.head.font = FONT_BOLD;
	T.colw = xcalloc(t->ncols, sizeof(double));
	column_widths(&T, minw);
	w0 = minw[0] < W * 0.35 ? minw[0] : W * 0.35;
	while (j < t->ncols) {
		struct table sub = *t;
		size_t k = j;
		double acc = w0;
		while (k < t->ncols && (k == j || acc + minw[k] <= W))
			acc += minw[k++];
		sub.ncols = 1 + (k - j);
		sub.cols = arena_array(a, sub.ncols, sizeof(struct table_col));
		sub.cols[0] = t->cols[0];
		memcpy(sub.cols + 1, t->cols + j, (k - j) * sizeof(struct table_col));
		sub.rows = arena_array(a, t->nrows, sizeof(struct table_row));
		for (size_t i = 0; i < t->nrows; i++) {
			sub.rows[i] = t->rows[i];
			sub.rows[i].cells = arena_array(a, sub.ncols, sizeof(char *));
			sub.rows[i].cells[0] = t->rows[i].cells[0];
			memcpy(sub.rows[i].cells + 1, t->rows[i].cells + j, (k - j) * sizeof(char *));
		}
		if (part > 0 && t->caption != NULL)
			sub.caption = arena_printf(a, "%s (vervolg)", t->caption);
		sub.note = k == t->ncols ? t->note : NULL;
		sub.is_part = 1; /* a part that is still too wide wraps; it never splits again */
		layout_table(L, &sub);
		j = k;
		part++;
	}
	free(T.colw);
	free(minw);
}

void layout_table(struct layout *L, const struct table *t)
{
	struct tl T;
	struct lb_lines *rows;
	double *rh;
	struct caption cap;

	prepare(&T, L, t, &rows, &rh);
	if (T.too_wide && t->ncols > 2 && !t->is_part) {
		free(T.colw);
		free(rh);
		split_columns(L, t);
		return;
	}
	caption_prepare(L, t->caption, L->width - L->indent, &cap);
	/* caption, header and the first two rows; a short table stays whole */
	{
		double first = cap.h + T.hdr_h, all = first;
		for (size_t i = 0; i < t->nrows; i++) {
			all += rh[i];
			if (i < 2)
				first += rh[i];
		}
		need(L, t->nrows <= 5 && all <= L->bottom - L->top ? all : first);
	}
	tag_begin(L, TAG_TABLE);
	caption_emit(L, &cap, L->width - L->indent);
	draw_header(&T, 0);
	tag_begin(L, TAG_TBODY);
	for (size_t i = 0; i < t->nrows; i++) {
		struct lb_lines *cells = &rows[i * t->ncols];
		size_t nl = max_lines(&T, cells), k = 0;
		double h = rh[i];
		/* the last two rows (a total and what it sums) never part */
		if (i + 2 == t->nrows || (i + 1 < t->nrows && (t->rows[i + 1].flags & ROW_TOTAL)))
			h += rh[i + 1];
		if (L->y + h > L->bottom + 0.01 && L->y > L->top + T.hdr_h + 0.01 &&
		    h <= L->bottom - L->top - T.hdr_h) {
			layout_new_page(L);
			draw_header(&T, 1);
		}
		/* a row taller than the room left is drawn in parts, line by line */
		int fresh = 0; /* a page was just begun for this row */
		while (k < nl) {
			double room = L->bottom - L->y - 2 * PAD_V + 0.01;
			size_t fit = room >= T.cell.leading ? (size_t)(room / T.cell.leading) : 0;
			if (fit == 0 && !fresh) {
				layout_new_page(L);
				draw_header(&T, 1);
				fresh = 1;
				continue;
			}
			/* a header row taller than a page leaves no room even on a new
			 * page (Markdown and Word tables can have one): a line at a time */
			if (fit == 0)
				fit = 1;
			fresh = 0;
			if (fit > nl - k)
				fit = nl - k;
			draw_row(&T, cells, t->rows[i].flags, 0, k, k + fit);
			k += fit;
			if (k < nl) {
				layout_new_page(L);
				draw_header(&T, 1);
				fresh = 1;
			}
		}
		if (nl == 0)
			draw_row(&T, cells, t->rows[i].flags, 0, 0, 0);
	}
	tag_end(L, TAG_TBODY);
	tag_end(L, TAG_TABLE);
	L->y += 4;
	if (t->note != NULL)
		layout_text(L, t->note, ROLE_SMALL, FONT_ITALIC);
	else
		L->y += L->role[ROLE_BODY].leading * 0.5;
	free(T.colw);
	free(rh);
}
