#include "textdev.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/xalloc.h"

/* A text item kept until the page ends. */
struct tword {
	double x, y, size, w;
	const char *s;
	size_t len;
	int heading; /* heading level it belongs to, 0 for none */
};

struct textdev {
	const struct layout_doc *doc;
	struct buf out;
	struct tword *w;
	size_t n, cap;
	int heading;   /* inside Hn */
	int artifact;  /* inside an artifact (running header/footer) */
	int figure;    /* inside a figure: its alt text stands for its contents */
	int caption;   /* inside a caption: printed, also in a figure */
	const char *alt; /* alternate text of the open label (check boxes) */
	const char *fig_alt; /* the open figure's alt text, until placed */
	char **owned;  /* "[grafiek] alt" words of the current page */
	size_t nowned, ocap;
};

struct textdev *textdev_new(void)
{
	return xcalloc(1, sizeof(struct textdev));
}

void textdev_free(struct textdev *t)
{
	if (t == NULL)
		return;
	buf_free(&t->out);
	for (size_t i = 0; i < t->nowned; i++)
		free(t->owned[i]);
	free(t->owned);
	free(t->w);
	free(t);
}

static int begin_doc(void *dev, const struct layout_doc *doc)
{
	struct textdev *t = dev;
	t->doc = doc;
	buf_printf(&t->out, "titel: %s\n", doc->title ? doc->title : "");
	return 0;
}

static int begin_page(void *dev, size_t index)
{
	struct textdev *t = dev;
	buf_printf(&t->out, "\n=== pagina %zu ===\n", index + 1);
	t->n = 0;
	return 0;
}

static void add_word(struct textdev *t, double x, double y, double size, double w, const char *s, size_t len)
{
	t->w = xgrow(t->w, &t->cap, t->n + 1, sizeof(*t->w));
	t->w[t->n++] = (struct tword){x, y, size, w, s, len, t->artifact ? 0 : t->heading};
}

/* A figure reads as its alt text, on a line of its own where the figure's
 * drawing starts. */
static void place_alt(struct textdev *t, double y)
{
	struct buf b = {0};
	if (t->fig_alt == NULL)
		return;
	buf_printf(&b, "[grafiek] %s", t->fig_alt);
	t->owned = xgrow(t->owned, &t->ocap, t->nowned + 1, sizeof *t->owned);
	t->owned[t->nowned++] = b.data; /* the buffer hands its bytes over */
	add_word(t, -1, y, 0, 0, t->owned[t->nowned - 1], strlen(t->owned[t->nowned - 1]));
	t->fig_alt = NULL;
}

static void text(void *dev, double x, double y, double w, enum font_style f, double size,
                 struct rgb c, double angle, const char *s, size_t len)
{
	struct textdev *t = dev;
	(void)f;
	(void)c;
	(void)angle;
	if (t->figure && !t->caption) {
		place_alt(t, y + 0.5);
		return;
	}
	add_word(t, x, y, size, w, s, len);
}

/* Paths only occur in figures, which the text shows by their alt text. */
static void path(void *dev, const struct pathseg *seg, size_t n, enum paint paint, struct rgb c, double width,
                 double dash)
{
	struct textdev *t = dev;
	(void)paint, (void)c, (void)width, (void)dash;
	if (t->figure && n > 0)
		place_alt(t, seg[0].y[0] + 0.5);
}

static void image(void *dev, const char *path, int png, double x, double y, double w, double h)
{
	(void)dev, (void)path, (void)png, (void)x, (void)y, (void)w, (void)h;
}

static void state(void *dev)
{
	(void)dev;
}

static void line(void *dev, double x1, double y1, double x2, double y2, double w, struct rgb c, double dash)
{
	(void)dev, (void)x1, (void)y1, (void)x2, (void)y2, (void)w, (void)c, (void)dash;
}

static void rect(void *dev, double x, double y, double w, double h, struct rgb c)
{
	(void)dev, (void)x, (void)y, (void)w, (void)h, (void)c;
}

/* A box inside a label with alternate text is a check box: print its state. */
static void box(void *dev, double x, double y, double w, double h, double lw, struct rgb c)
{
	struct textdev *t = dev;
	(void)lw, (void)c;
	if (t->alt == NULL)
		return;
	text(dev, x, y + h * 0.85, w, FONT_REGULAR, h, c, 0, strcmp(t->alt, "gekozen") == 0 ? "[x]" : "[ ]", 3);
}

static void link(void *dev, double x, double y, double w, double h, const char *uri, int dest)
{
	(void)dev, (void)x, (void)y, (void)w, (void)h, (void)uri, (void)dest;
}

static void tag_begin(void *dev, enum tag tag, const char *alt)
{
	struct textdev *t = dev;
	if (tag == TAG_LBL)
		t->alt = alt;
	if (tag == TAG_FIGURE) { /* a chart reads as its alt text */
		t->fig_alt = alt ? alt : "";
		t->figure = 1;
	}
	if (tag == TAG_CAPTION)
		t->caption = 1;
	if (tag >= TAG_H1 && tag <= TAG_H4)
		t->heading = (int)(tag - TAG_H1) + 1;
	if (tag == TAG_ARTIFACT)
		t->artifact++;
}

static void tag_end(void *dev, enum tag tag)
{
	struct textdev *t = dev;
	if (tag >= TAG_H1 && tag <= TAG_H4)
		t->heading = 0;
	if (tag == TAG_ARTIFACT && t->artifact > 0)
		t->artifact--;
	if (tag == TAG_LBL)
		t->alt = NULL;
	if (tag == TAG_CAPTION)
		t->caption = 0;
	if (tag == TAG_FIGURE) {
		t->figure = 0;
		t->fig_alt = NULL;
	}
}

static int by_position(const void *a, const void *b)
{
	const struct tword *p = a, *q = b;
	double ya = round(p->y * 2), yb = round(q->y * 2);
	if (ya != yb)
		return ya < yb ? -1 : 1;
	return p->x < q->x ? -1 : p->x > q->x;
}

/* Writes the page's text grouped into lines by baseline, words joined with
 * one space where there is a visible gap. Headings start with #s. */
static int end_page(void *dev)
{
	struct textdev *t = dev;
	qsort(t->w, t->n, sizeof(*t->w), by_position);
	for (size_t i = 0; i < t->n; i++) {
		const struct tword *w = &t->w[i];
		int newline = i == 0 || round(w->y * 2) != round(t->w[i - 1].y * 2);
		if (newline) {
			if (i > 0)
				buf_putc(&t->out, '\n');
			for (int h = 0; h < w->heading; h++)
				buf_putc(&t->out, '#');
			if (w->heading)
				buf_putc(&t->out, ' ');
		} else {
			const struct tword *p = &t->w[i - 1];
			if (w->x - (p->x + p->w) > p->size * 0.1)
				buf_putc(&t->out, ' ');
		}
		buf_append(&t->out, w->s, w->len);
	}
	if (t->n)
		buf_putc(&t->out, '\n');
	t->n = 0;
	for (size_t i = 0; i < t->nowned; i++)
		free(t->owned[i]);
	t->nowned = 0;
	return 0;
}

static int end_doc(void *dev, struct buf *out)
{
	struct textdev *t = dev;
	buf_append(out, buf_str(&t->out), t->out.len);
	return 0;
}

static const struct device_ops ops = {
    "tekst", begin_doc, begin_page, text, line, rect, box, path, image, state, state, link, tag_begin, tag_end, end_page, end_doc,
};

const struct device_ops *textdev_ops(void)
{
	return &ops;
}
