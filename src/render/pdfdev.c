#include "pdfdev.h"

#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <hpdf_list.h>
#include <hpdf_streams.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../model/raster.h"
#include "../model/template.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/utf8.h"
#include "../util/xalloc.h"
#include "../model/source.h"
#include "pdfa.h"
#include "pdffix.h"
#include "pdfpack.h"
#include "pdftag.h"
#include "pdftext.h"
#include "xmp.h"

#ifndef VOORTGANG_VERSION
#define VOORTGANG_VERSION "0"
#endif
#define PDFDEV_TOOL "voortgang " VOORTGANG_VERSION
#define PDFDEV_PRODUCER PDFDEV_TOOL " met libharu " HPDF_VERSION_TEXT
/* The block size of the stream libharu saves into: a report fits one
 * (memory not written to is never touched). */
#define PDFDEV_SAVE_BLOCK (16u << 20)

/* Calls libharu only while no error has been reported: its return codes
 * are unreliable and its errors sticky, so after the first error no further
 * call is made at all, not even later in the same function. */
#define H(p, call) do { if (!(p)->failed) (void)(call); } while (0)

/* The font files loaded into a document object, by style (see load_font). */
struct pdfdev_pool {
	HPDF_Doc pdf;
	char *font_file[FONT_STYLE_MAX];   /* the files loaded, by style */
	char name[FONT_STYLE_MAX][128];    /* libharu's names for them */
};

struct pdfdev {
	HPDF_Doc pdf;
	struct pdfdev_pool *pool;    /* NULL: pdf is ours alone */
	struct pdfdev_pool own;      /* the pool when none was given */
	HPDF_Font font[FONT_STYLE_MAX];
	const struct layout_doc *doc;
	HPDF_Page *pages;        /* all pages, created up front so links can point forward */
	HPDF_Destination *dests; /* one per heading */
	HPDF_Page page;          /* current page */
	double page_h;
	int failed;              /* libharu reported an error: no further calls */
	unsigned long error_no, detail_no;
	char *textbuf;           /* NUL-terminated copy of a text item */
	const struct template *tpl; /* its font files */
	HPDF_Image image[8];     /* logos loaded so far */
	const char *image_path[8];
	size_t nimages;
	size_t textcap;
	struct pdftext txt;      /* text objects, and the fill colour and font in effect */
	char date[32];           /* the document's date in XMP form */
	struct pdftag *tags;     /* the structure tree and marked content */
	double space_w[FONT_STYLE_MAX]; /* width of a space, 1/1000 em; 0 unknown */
	struct {                 /* the text item drawn last, for word spaces */
		int valid;           /* there is one on this page */
		double x_end, y;     /* where it ended */
		int space_end;       /* it ended in a space */
		int hyphen_end;      /* it ended in a hyphen */
	} last;
};

/* libharu calls this on every error. Its return codes are unreliable and
 * its errors sticky, so we remember the first error and make every later
 * device call a no-op; end_doc then reports it. */
static void on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user)
{
	struct pdfdev *p = user;
	if (!p->failed) {
		p->error_no = error_no;
		p->detail_no = detail_no;
	}
	p->failed = 1;
}

/* libharu allocates through us, so allocation failure is one path. */
static void *pdf_alloc(HPDF_UINT size)
{
	return xmalloc(size);
}

struct pdfdev_pool *pdfdev_pool_new(void)
{
	return xcalloc(1, sizeof(struct pdfdev_pool));
}

/* Forgets the document object and the fonts loaded into it. */
static void pool_reset(struct pdfdev_pool *pool)
{
	if (pool->pdf != NULL)
		HPDF_Free(pool->pdf);
	pool->pdf = NULL;
	for (int f = 0; f < FONT_STYLE_MAX; f++) {
		free(pool->font_file[f]);
		pool->font_file[f] = NULL;
		pool->name[f][0] = '\0';
	}
}

void pdfdev_pool_free(struct pdfdev_pool *pool)
{
	if (pool == NULL)
		return;
	pool_reset(pool);
	free(pool);
}

static const char *const style_name[FONT_STYLE_MAX] = {"regulier", "vet", "cursief", "vetcursief"};

/* Loads the font file of style f into the pool's document object, unless
 * it is there. libharu tags a font's subset (HPDFAA+...) by the order of
 * loading; the tag here follows the style instead (HPDFAA regular,
 * HPDFAB bold, ...), so a report's bytes do not depend on which style it
 * used first or on what a batch rendered before. 0, or -1 after a
 * message. */
static int load_font(struct pdfdev *p, enum font_style f)
{
	struct pdfdev_pool *pool = p->pool;
	const char *file = p->tpl->font_file[f], *name = NULL;
	int first = (int)f; /* the first style with this file names the tag */
	char tag[7] = "HPDFAA";
	if (file == NULL) {
		msg(D_FONT_BROKEN, NULL, "het sjabloon heeft geen lettertype voor %s", style_name[f]);
		p->failed = 1;
		return -1;
	}
	for (int g = FONT_STYLE_MAX - 1; g >= 0; g--)
		if (p->tpl->font_file[g] != NULL && strcmp(p->tpl->font_file[g], file) == 0) {
			first = g;
			if (pool->font_file[g] != NULL && strcmp(pool->font_file[g], file) == 0)
				name = pool->name[g]; /* one file for two styles */
		}
	if (name == NULL) {
		HPDF_FontDef def;
		name = HPDF_LoadTTFontFromFile(p->pdf, file, HPDF_TRUE);
		if (name != NULL && !p->failed && (def = HPDF_Doc_FindFontDef(p->pdf, name)) != NULL) {
			tag[5] = (char)('A' + first);
			HPDF_TTFontDef_SetTagName(def, tag);
		}
	}
	if (name == NULL || p->failed || strlen(name) >= sizeof pool->name[f]) {
		msg_at(D_FONT_BROKEN, file, 0, 0, "lettertype (%s) kan niet in de PDF worden geladen (fout 0x%04lX)",
		       style_name[f], p->error_no);
		p->failed = 1;
		return -1;
	}
	memmove(pool->name[f], name, strlen(name) + 1);
	free(pool->font_file[f]);
	pool->font_file[f] = xstrdup(file);
	return 0;
}

struct pdfdev *pdfdev_new(const struct template *t, struct pdfdev_pool *pool)
{
	struct pdfdev *p = xcalloc(1, sizeof(*p));
	p->pool = pool != NULL ? pool : &p->own;
	p->tpl = t;
	pdftext_init(&p->txt);
	/* another template with other font files: start afresh (libharu
	 * refuses a second font of the same name) */
	for (int f = 0; f < FONT_STYLE_MAX && p->pool->pdf != NULL; f++)
		if (p->pool->font_file[f] != NULL &&
		    (t->font_file[f] == NULL || strcmp(p->pool->font_file[f], t->font_file[f]) != 0))
			pool_reset(p->pool);
	if (p->pool->pdf == NULL) {
		p->pool->pdf = HPDF_NewEx(on_error, pdf_alloc, free, 0, p);
		if (p->pool->pdf == NULL) {
			msg(D_PDF, NULL, "de PDF-bibliotheek kan niet starten (onvoldoende geheugen?)");
			free(p);
			return NULL;
		}
		p->pdf = p->pool->pdf;
		H(p, HPDF_UseUTFEncodings(p->pdf));
	} else {
		p->pdf = p->pool->pdf;
		p->pdf->error.user_data = p; /* errors of this document come to us */
		H(p, HPDF_NewDoc(p->pdf));
	}
	/* libharu compresses images; pdfpack compresses everything else,
	 * faster (set before fonts are created to cover them) */
	H(p, HPDF_SetCompressionMode(p->pdf, HPDF_COMP_IMAGE));
	if (p->failed) {
		if (p->error_no != 0)
			msg(D_PDF, NULL, "de PDF-bibliotheek meldt fout 0x%04lX bij het starten", p->error_no);
		pdfdev_free(p);
		return NULL;
	}
	return p;
}

void pdfdev_free(struct pdfdev *p)
{
	if (p == NULL)
		return;
	pdftag_free(p->tags); /* frees libharu objects: before the document */
	if (p->pool == &p->own || p->failed)
		pool_reset(p->pool); /* after an error nothing of it is kept */
	else if (p->pdf != NULL)
		HPDF_FreeDoc(p->pdf); /* the fonts stay for the next document */
	free(p->pages);
	free(p->dests);
	free(p->textbuf);
	pdftext_free(&p->txt);
	free(p);
}

/* The moment the document is dated: SOURCE_DATE_EPOCH, or the clock. */
static time_t document_time(void)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde != NULL && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);
		if (*end == '\0' && v >= 0 && v <= 253402300799LL)
			return (time_t)v;
		msg(D_DATE_EPOCH, NULL, "SOURCE_DATE_EPOCH \"%s\" is geen aantal seconden sinds 1970; de huidige tijd wordt gebruikt", sde);
	}
	return time(NULL);
}

/* Document information; libharu would write the values as raw bytes,
 * which readers take for PDFDocEncoding. */
static void set_info(struct pdfdev *p, const char *key, const char *value)
{
	if (!p->failed && pdfa_info_text(p->pdf, key, value) != 0)
		p->failed = 1;
}

/* Bookmarks: one per heading, nested by level. */
static void outline(struct pdfdev *p, const struct layout_doc *d)
{
	HPDF_Outline parent[5] = {NULL, NULL, NULL, NULL, NULL};
	HPDF_Encoder utf8 = HPDF_GetEncoder(p->pdf, "UTF-8");
	for (size_t i = 0; i < d->nheadings && !p->failed; i++) {
		const struct heading *h = &d->headings[i];
		int lv = h->level < 1 ? 1 : h->level > 4 ? 4 : h->level, up = lv - 1;
		HPDF_Outline o;
		while (up > 0 && parent[up] == NULL)
			up--;
		o = HPDF_CreateOutline(p->pdf, parent[up], h->title, utf8);
		if (o == NULL || p->failed)
			return;
		H(p, HPDF_Outline_SetDestination(o, p->dests[i]));
		H(p, HPDF_Outline_SetOpened(o, lv == 1 ? HPDF_TRUE : HPDF_FALSE));
		parent[lv] = o;
		for (int k = lv + 1; k < 5; k++)
			parent[k] = NULL;
	}
}

/* Template and input files in /Info, for readers that do not read XMP. */
static void provenance_info(struct pdfdev *p, const struct layout_doc *d)
{
	struct buf b = {0};
	if (d->template_name != NULL)
		buf_printf(&b, "%s %s", d->template_name, d->template_version ? d->template_version : "");
	set_info(p, "Sjabloon", buf_str(&b));
	buf_reset(&b);
	for (size_t i = 0; i < d->nsources; i++)
		buf_printf(&b, "%s%s  %s", i ? "\n" : "", d->sources[i].sha256, d->sources[i].path);
	set_info(p, "Invoer", buf_str(&b));
	buf_free(&b);
}

static void end_text(void *txt)
{
	pdftext_end(txt);
}

static int begin_doc(void *dev, const struct layout_doc *d)
{
	struct pdfdev *p = dev;
	p->doc = d;
	p->page_h = d->page_h;
	p->pages = xcalloc(d->npages ? d->npages : 1, sizeof(HPDF_Page));
	p->dests = xcalloc(d->nheadings ? d->nheadings : 1, sizeof(HPDF_Destination));
	for (size_t i = 0; i < d->npages && !p->failed; i++) {
		p->pages[i] = HPDF_AddPage(p->pdf);
		H(p, HPDF_Page_SetWidth(p->pages[i], (HPDF_REAL)d->page_w));
		H(p, HPDF_Page_SetHeight(p->pages[i], (HPDF_REAL)d->page_h));
	}
	for (size_t i = 0; i < d->nheadings && !p->failed; i++) {
		const struct heading *h = &d->headings[i];
		size_t pg = (size_t)h->page < d->npages ? (size_t)h->page : 0;
		p->dests[i] = HPDF_Page_CreateDestination(p->pages[pg]);
		/* libharu refuses XYZ with zoom 0 ("keep"); fit the width instead */
		H(p, HPDF_Destination_SetFitH(p->dests[i], (HPDF_REAL)(d->page_h - h->y + 6)));
	}
	set_info(p, "Title", d->title);
	set_info(p, "Author", d->author);
	set_info(p, "Subject", d->subject);
	set_info(p, "Keywords", d->keywords);
	set_info(p, "Creator", PDFDEV_TOOL);
	provenance_info(p, d);
	if (!p->failed && pdfa_dates(p->pdf, document_time(), p->date) != 0)
		p->failed = 1;
	if (!p->failed)
		outline(p, d);
	H(p, HPDF_SetPageMode(p->pdf, HPDF_PAGE_MODE_USE_OUTLINE));
	if (!p->failed && (p->tags = pdftag_new(p->pdf, d->npages)) == NULL)
		p->failed = 1;
	if (p->tags != NULL)
		pdftag_set_before_op(p->tags, end_text, &p->txt);
	return 0;
}

static int begin_page(void *dev, size_t index)
{
	struct pdfdev *p = dev;
	p->page = p->pages[index];
	p->last.y = -1; /* text continued on a new page starts a new line: see word_space */
	pdftext_begin_page(&p->txt, p->page);
	if (!p->failed)
		pdftag_begin_page(p->tags, p->page, index);
	return 0;
}

/* The font of a style, made (and its file loaded) on first use; NULL
 * after a message. */
static HPDF_Font font(struct pdfdev *p, enum font_style f)
{
	if (p->font[f] != NULL || p->failed)
		return p->font[f];
	if (p->pool->name[f][0] == '\0' && load_font(p, f) != 0)
		return NULL;
	p->font[f] = HPDF_GetFont(p->pdf, p->pool->name[f], "UTF-8");
	if (p->font[f] == NULL || p->failed) {
		msg_at(D_FONT_BROKEN, p->tpl->font_file[f], 0, 0,
		       "lettertype (%s) kan niet in de PDF worden gezet (fout 0x%04lX)", style_name[f], p->error_no);
		p->failed = 1;
		return NULL;
	}
	return p->font[f];
}

/* Whether the text item at x, y starts a new word: the layout draws the
 * words of justified lines, and the lines of a paragraph, as separate
 * items, so the text a screen reader takes from the structure tree would
 * run the words together. Such an item gets a leading space, drawn just
 * left of it where it shows nothing. On one line the gap decides; on a
 * new line or page, text that continues its element is a new word unless
 * the last one ended in a hyphen. */
static int word_space(struct pdfdev *p, double x, double y, double size, const char *s)
{
	int continues = pdftag_text_continues(p->tags);
	if (!pdftag_in_element(p->tags) || !p->last.valid || p->last.space_end || s[0] == ' ')
		return 0;
	if (fabs(y - p->last.y) <= 0.01)
		return x - p->last.x_end > 0.1 * size;
	return continues && !p->last.hyphen_end; /* a heading or cell starts without one */
}

static double space_width(struct pdfdev *p, enum font_style f)
{
	if (p->space_w[f] == 0) {
		HPDF_TextWidth tw = HPDF_Font_TextWidth(p->font[f], (const HPDF_BYTE *)" ", 1);
		p->space_w[f] = tw.width > 0 ? tw.width : 250;
	}
	return p->space_w[f];
}

static void text(void *dev, double x, double y, double w, enum font_style f, double size,
                 struct rgb c, double angle, const char *s, size_t len)
{
	struct pdfdev *p = dev;
	size_t lead;
	if (p->failed || len == 0)
		return;
	if (font(p, f) == NULL)
		return;
	pdftag_content(p->tags, PDFTAG_TEXT);
	lead = angle == 0 && word_space(p, x, y, size, s) ? 1 : 0;
	p->textbuf = xgrow(p->textbuf, &p->textcap, len + lead + 1, 1);
	p->textbuf[0] = ' ';
	memcpy(p->textbuf + lead, s, len);
	p->textbuf[len + lead] = '\0';
	if (lead)
		x -= space_width(p, f) * size / 1000;
	if (angle == 0) {
		p->last.valid = 1;
		p->last.x_end = x + w + (lead ? space_width(p, f) * size / 1000 : 0);
		p->last.y = y;
		p->last.space_end = s[len - 1] == ' ';
		p->last.hyphen_end = s[len - 1] == '-';
	}
	if (angle == 0) {
		if (pdftext_show(&p->txt, (int)f, p->font[f], size, c, x, p->page_h - y, p->textbuf, len + lead) != 0) {
			if (!p->failed) /* libharu said nothing: say it here */
				msg(D_PDF, NULL, "tekst kan niet in de PDF worden gezet (lettergrootte %g pt, of het schrijven "
				                 "mislukte); er is niets geschreven",
				    size);
			p->failed = 1;
		}
	} else {
		double r = angle * 3.14159265358979323846 / 180, co = cos(r), si = sin(r);
		pdftext_end(&p->txt);
		H(p, HPDF_Page_BeginText(p->page));
		H(p, HPDF_Page_SetFontAndSize(p->page, p->font[f], (HPDF_REAL)size));
		H(p, HPDF_Page_SetRGBFill(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b));
		H(p, HPDF_Page_SetTextMatrix(p->page, (HPDF_REAL)co, (HPDF_REAL)si, (HPDF_REAL)-si, (HPDF_REAL)co,
		                             (HPDF_REAL)x, (HPDF_REAL)(p->page_h - y)));
		H(p, HPDF_Page_ShowText(p->page, p->textbuf));
		H(p, HPDF_Page_EndText(p->page));
		p->txt.font = p->font[f];
		p->txt.size = size;
		pdftext_fill_set(&p->txt, c);
	}
}

/* Sets the fill colour unless it is in effect. */
static void fill_colour(struct pdfdev *p, struct rgb c)
{
	if (pdftext_fill_is(&p->txt, c))
		return;
	H(p, HPDF_Page_SetRGBFill(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b));
	pdftext_fill_set(&p->txt, c);
}

static void line(void *dev, double x1, double y1, double x2, double y2, double width, struct rgb c,
                 double dash)
{
	struct pdfdev *p = dev;
	HPDF_UINT16 pattern[1] = {(HPDF_UINT16)(dash > 0 ? dash : 1)};
	if (p->failed)
		return;
	pdftag_content(p->tags, PDFTAG_GRAPHIC);
	pdftext_end(&p->txt);
	H(p, HPDF_Page_SetDash(p->page, dash > 0 ? pattern : NULL, dash > 0 ? 1 : 0, 0));
	H(p, HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)width));
	H(p, HPDF_Page_SetRGBStroke(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b));
	H(p, HPDF_Page_MoveTo(p->page, (HPDF_REAL)x1, (HPDF_REAL)(p->page_h - y1)));
	H(p, HPDF_Page_LineTo(p->page, (HPDF_REAL)x2, (HPDF_REAL)(p->page_h - y2)));
	H(p, HPDF_Page_Stroke(p->page));
}

static void rect(void *dev, double x, double y, double w, double h, struct rgb c)
{
	struct pdfdev *p = dev;
	if (p->failed)
		return;
	pdftag_content(p->tags, PDFTAG_GRAPHIC);
	pdftext_end(&p->txt);
	fill_colour(p, c);
	H(p, HPDF_Page_Rectangle(p->page, (HPDF_REAL)x, (HPDF_REAL)(p->page_h - y - h), (HPDF_REAL)w,
	                         (HPDF_REAL)h));
	H(p, HPDF_Page_Fill(p->page));
}

static void box(void *dev, double x, double y, double w, double h, double width, struct rgb c)
{
	struct pdfdev *p = dev;
	if (p->failed)
		return;
	pdftag_content(p->tags, PDFTAG_GRAPHIC);
	pdftext_end(&p->txt);
	H(p, HPDF_Page_SetDash(p->page, NULL, 0, 0)); /* a chart's dashes must not reach a check box */
	H(p, HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)width));
	H(p, HPDF_Page_SetRGBStroke(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b));
	H(p, HPDF_Page_Rectangle(p->page, (HPDF_REAL)x, (HPDF_REAL)(p->page_h - y - h), (HPDF_REAL)w,
	                         (HPDF_REAL)h));
	H(p, HPDF_Page_Stroke(p->page));
}

static void path(void *dev, const struct pathseg *seg, size_t n, enum paint paint, struct rgb c, double width,
                 double dash)
{
	struct pdfdev *p = dev;
	HPDF_UINT16 pattern[1] = {(HPDF_UINT16)(dash > 0 ? dash : 1)};
	double h = p->page_h;
	if (p->failed || n == 0)
		return;
	pdftag_content(p->tags, PDFTAG_GRAPHIC);
	pdftext_end(&p->txt);
	if (paint == PAINT_STROKE) {
		H(p, HPDF_Page_SetDash(p->page, dash > 0 ? pattern : NULL, dash > 0 ? 1 : 0, 0));
		H(p, HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)width));
		H(p, HPDF_Page_SetLineJoin(p->page, HPDF_ROUND_JOIN));
		H(p, HPDF_Page_SetRGBStroke(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b));
	} else if (paint == PAINT_FILL) {
		fill_colour(p, c);
	}
	for (size_t i = 0; i < n; i++) {
		const struct pathseg *g = &seg[i];
		switch (g->op) {
		case SEG_MOVE:
			H(p, HPDF_Page_MoveTo(p->page, g->x[0], (HPDF_REAL)(h - g->y[0])));
			break;
		case SEG_LINE:
			H(p, HPDF_Page_LineTo(p->page, g->x[0], (HPDF_REAL)(h - g->y[0])));
			break;
		case SEG_CURVE:
			H(p, HPDF_Page_CurveTo(p->page, g->x[0], (HPDF_REAL)(h - g->y[0]), g->x[1], (HPDF_REAL)(h - g->y[1]),
			                       g->x[2], (HPDF_REAL)(h - g->y[2])));
			break;
		case SEG_CLOSE:
			H(p, HPDF_Page_ClosePath(p->page));
			break;
		}
	}
	if (paint == PAINT_STROKE) {
		H(p, HPDF_Page_Stroke(p->page));
		H(p, HPDF_Page_SetLineJoin(p->page, HPDF_MITER_JOIN));
	} else if (paint == PAINT_FILL) {
		H(p, HPDF_Page_Fill(p->page));
	} else {
		H(p, HPDF_Page_Clip(p->page));
		H(p, HPDF_Page_EndPath(p->page));
	}
}

/* Logos: each file loaded once per document. */
static void image(void *dev, const char *path, int png_unused, double x, double y, double w, double h)
{
	struct pdfdev *p = dev;
	HPDF_Image img = NULL;
	(void)png_unused;
	if (p->failed)
		return;
	for (size_t i = 0; i < p->nimages; i++)
		if (strcmp(p->image_path[i], path) == 0)
			img = p->image[i];
	if (img == NULL) {
		/* raw pixels decoded when the template was read: libharu never
		 * parses an image file (its libpng calls abort() on damage) */
		const struct raster *r = template_logo(p->tpl, path);
		img = r == NULL ? NULL
		                : HPDF_LoadRawImageFromMem(p->pdf, r->px, r->w, r->h,
		                                           r->channels == 1 ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB, 8);
		if (img == NULL) {
			p->failed = 1;
			msg(D_PDF, NULL, "logo %s kan niet in de PDF worden gezet (fout %#lx van de PDF-bibliotheek)", path,
			    (unsigned long)HPDF_GetError(p->pdf));
			return;
		}
		if (p->nimages < sizeof p->image / sizeof *p->image) {
			p->image[p->nimages] = img;
			p->image_path[p->nimages++] = path;
		}
	}
	pdftag_content(p->tags, PDFTAG_GRAPHIC);
	pdftext_end(&p->txt);
	H(p, HPDF_Page_DrawImage(p->page, img, (HPDF_REAL)x, (HPDF_REAL)(p->page_h - y - h), (HPDF_REAL)w,
	                         (HPDF_REAL)h));
}

static void gsave(void *dev)
{
	struct pdfdev *p = dev;
	if (!p->failed) {
		pdftag_break(p->tags);
		pdftext_end(&p->txt);
		H(p, HPDF_Page_GSave(p->page));
	}
}

/* Fonts are part of the graphics state: after a restore, set them again. */
static void grestore(void *dev)
{
	struct pdfdev *p = dev;
	if (!p->failed) {
		pdftag_break(p->tags);
		pdftext_end(&p->txt);
		H(p, HPDF_Page_GRestore(p->page));
	}
	pdftext_forget(&p->txt);
}

/* Only web and mail links become clickable; anything else stays text. */
static int safe_uri(const char *u)
{
	return strncmp(u, "https://", 8) == 0 || strncmp(u, "http://", 7) == 0 ||
	       strncmp(u, "mailto:", 7) == 0;
}

static void link(void *dev, double x, double y, double w, double h, const char *uri, int dest)
{
	struct pdfdev *p = dev;
	HPDF_Rect r;
	HPDF_Annotation a;
	if (p->failed)
		return;
	r.left = (HPDF_REAL)x;
	r.right = (HPDF_REAL)(x + w);
	r.top = (HPDF_REAL)(p->page_h - y);
	r.bottom = (HPDF_REAL)(p->page_h - y - h);
	if (uri != NULL) {
		if (!safe_uri(uri) || strlen(uri) > 2000)
			return;
		a = HPDF_Page_CreateURILinkAnnot(p->page, r, uri);
	} else if (dest >= 0 && (size_t)dest < p->doc->nheadings) {
		a = HPDF_Page_CreateLinkAnnot(p->page, r, p->dests[dest]);
	} else {
		return;
	}
	if (a != NULL)
		H(p, HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0));
	if (a != NULL && !p->failed)
		pdftag_link(p->tags, a, uri != NULL ? uri : p->doc->headings[dest].title);
}

/* Structure: the tagged-PDF module builds the tree. */
static void tag_begin(void *dev, enum tag tag, const char *alt)
{
	struct pdfdev *p = dev;
	if (!p->failed)
		pdftag_begin(p->tags, tag, alt);
}

static void tag_end(void *dev, enum tag tag)
{
	struct pdfdev *p = dev;
	if (!p->failed)
		pdftag_end(p->tags, tag);
}

static int end_page(void *dev)
{
	struct pdfdev *p = dev;
	pdftext_end(&p->txt);
	if (!p->failed)
		pdftag_end_page(p->tags);
	if (p->txt.failed)
		p->failed = 1;
	return p->failed ? -1 : 0;
}

/* Metadata and the PDF/A repairs, right before saving. */
static int prepare(struct pdfdev *p)
{
	const struct layout_doc *d = p->doc;
	struct buf tpl = {0};
	struct xmp_info x;
	int rc;
	memset(&x, 0, sizeof x);
	x.title = d->title;
	x.author = d->author;
	x.subject = d->subject;
	x.keywords = d->keywords;
	x.creator_tool = PDFDEV_TOOL;
	x.producer = PDFDEV_PRODUCER;
	x.date = p->date;
	x.lang = d->lang ? d->lang : "nl-NL";
	x.pdfa = d->archive;
	x.pdfua = 1;
	x.tool = PDFDEV_TOOL;
	if (d->template_name != NULL)
		buf_printf(&tpl, "%s %s", d->template_name, d->template_version ? d->template_version : "");
	x.template_id = tpl.len ? buf_str(&tpl) : NULL;
	x.sources = d->sources;
	x.nsources = d->nsources;
	rc = pdfa_prepare(p->pdf, &x);
	buf_free(&tpl);
	return rc;
}

static int end_doc(void *dev, struct buf *out)
{
	struct pdfdev *p = dev;
	unsigned said = diag_count(LEVEL_SYSTEEM);
	int failed_before = p->failed; /* then it was said already */
	HPDF_UINT32 size;
	char *data;
	int own = 1;
	if (!p->failed && pdffix_tounicode(p->pdf) != 0)
		p->failed = 1;
	if (!p->failed && pdffix_set_lang(p->pdf, p->doc->lang ? p->doc->lang : "nl-NL") != 0)
		p->failed = 1;
	if (!p->failed && pdftag_finish(p->tags) != 0)
		p->failed = 1;
	if (!p->failed && prepare(p) != 0)
		p->failed = 1;
	/* libharu saves into its document's memory stream, 4 KB blocks unless
	 * the stream is there already: one block of PDFDEV_SAVE_BLOCK lets
	 * pdfpack read the file where it is, without a copy */
	if (!p->failed && p->pdf->stream == NULL)
		p->pdf->stream = HPDF_MemStream_New(p->pdf->mmgr, PDFDEV_SAVE_BLOCK);
	H(p, HPDF_SaveToStream(p->pdf));
	if (p->failed) {
		if (p->error_no != 0)
			msg(D_PDF, NULL, "de PDF-bibliotheek meldt fout 0x%04lX (detail %lu); er is niets geschreven",
			    p->error_no, p->detail_no);
		else if (!failed_before && diag_count(LEVEL_SYSTEEM) == said) /* ours failed without a word */
			msg(D_PDF, NULL, "de PDF kan niet worden afgemaakt (structuur of metadata); er is niets geschreven");
		return -1;
	}
	size = HPDF_GetStreamSize(p->pdf);
	{
		HPDF_MemStreamAttr ms = p->pdf->stream->type == HPDF_STREAM_MEMORY ? p->pdf->stream->attr : NULL;
		if (ms != NULL && ms->buf->count == 1 && size <= ms->buf_siz) {
			data = HPDF_List_ItemAt(ms->buf, 0); /* all of it in one block */
			own = 0;
		} else {
			data = xmalloc(size ? size : 1);
			if (HPDF_ReadFromStream(p->pdf, (HPDF_BYTE *)data, &size) != HPDF_OK && size == 0) {
				msg(D_PDF, NULL, "de PDF kan niet uit het geheugen worden gelezen");
				free(data);
				return -1;
			}
		}
	}
	{
		/* compressed, and compact unless archived: PDF/A-1 has no object streams */
		size_t at = out->len, id_from;
		if (pdfpack(data, size, out, &id_from, !p->doc->archive) != 0) {
			msg(D_PDF, NULL, "de PDF kan niet worden afgemaakt (onverwachte indeling of onvoldoende geheugen); er is niets geschreven");
			if (own)
				free(data);
			return -1;
		}
		pdfa_set_id(out->data + at, out->len - at, id_from - at);
	}
	if (own)
		free(data);
	return p->failed ? -1 : 0;
}

static const struct device_ops ops = {
    "pdf", begin_doc, begin_page, text, line, rect, box, path, image, gsave, grestore, link, tag_begin, tag_end, end_page, end_doc,
};

const struct device_ops *pdfdev_ops(void)
{
	return &ops;
}
