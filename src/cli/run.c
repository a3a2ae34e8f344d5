#include "run.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../chart/canvas.h"
#include "../input/files.h"
#include "../input/template_xml.h"
#include "../layout/fontset.h"
#include "../layout/layout.h"
#include "../layout/page.h"
#include "../model/report.h"
#include "../model/template.h"
#include "../render/cairo_canvas.h"
#include "../render/output.h"
#include "../render/pdfdev.h"
#include "../render/textdev.h"
#include "../text/hyphenate.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/readset.h"
#include "../util/xalloc.h"

int run_is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where the output of `input` goes; malloc'ed, NULL for stdout. */
char *run_output_path(const struct run *run, const char *input, size_t ninputs)
{
	const char *ext = run->format == OUT_PDF ? ".pdf" : ".txt";
	const char *dir = run->out ? run->out : "output";
	char *stem, *p;
	if (run->out != NULL && strcmp(run->out, "-") == 0)
		return NULL;
	if (run->out != NULL && !run_is_dir(run->out) && ninputs == 1)
		return xstrdup(run->out);
	if (run->out == NULL && !run_is_dir("output") && mkdir("output", 0755) != 0 && errno != EEXIST) {
		msg_at(D_OUTPUT, "output", 0, 0, "kan de uitvoermap niet maken: %s", diag_strerror(errno));
		return xstrdup("");
	}
	stem = files_stem(input);
	p = xmalloc(strlen(dir) + strlen(stem) + strlen(ext) + 2);
	sprintf(p, "%s/%s%s", dir, stem, ext);
	free(stem);
	return p;
}

/* Loads the template, fonts and hyphenation once per run. */
int run_resources(struct run *run, const struct report *r)
{
	const char *name = run->template_name ? run->template_name : report_kind_name[r->meta.kind];
	if (run->tpl != NULL && strcmp(run->tpl_name, name) == 0)
		return 0;
	if (run->tpl != NULL) {
		chart_export_free(run->charts);
		run->charts = NULL;
		fontset_free(run->fonts);
		run->fonts = NULL;
	}
	run->tpl = template_load(run->arena, name);
	if (run->tpl == NULL) {
		if (run->template_name == NULL && r->meta.kind != KIND_VOORTGANGSRAPPORTAGE)
			msg_path(D_TEMPLATE, r->source, "$.rapport.soort",
			         "voor soort \"%s\" is (nog) geen sjabloon; kies met -t een sjabloon, bijvoorbeeld voortgangsrapportage",
			         name);
		return -1;
	}
	run->tpl_name = arena_strdup(run->arena, name);
	run->fonts = fontset_load(run->tpl);
	if (run->fonts == NULL) { /* do not keep a template without its fonts */
		run->tpl = NULL;
		return -1;
	}
	if (run->charts_dir != NULL && (run->charts = chart_export_new(run->tpl, run->fonts)) == NULL) {
		fontset_free(run->fonts);
		run->fonts = NULL;
		run->tpl = NULL;
		return -1;
	}
	if (!run->hyph_tried) {
		run->hyph_tried = 1;
		run->hyph = hyphenator_load(HYPHEN_DIC);
	}
	return run->fonts != NULL ? 0 : -1;
}

int run_device_render(struct run *run, const struct layout_doc *d, struct buf *out)
{
	int rc;
	if (run->format == OUT_TEXT) {
		struct textdev *t = textdev_new();
		rc = render_doc(d, textdev_ops(), t) == 0 ? textdev_ops()->end_doc(t, out) : -1;
		textdev_free(t);
	} else {
		struct pdfdev *p;
		if (run->pdfpool == NULL)
			run->pdfpool = pdfdev_pool_new();
		p = pdfdev_new(run->tpl, run->pdfpool);
		if (p == NULL)
			return -1;
		rc = render_doc(d, pdfdev_ops(), p);
		rc = pdfdev_ops()->end_doc(p, out) == 0 && rc == 0 ? 0 : -1;
		pdfdev_free(p);
	}
	return rc;
}

/* Cleans up after killed runs in the folder of `path`, once per folder. */
void run_cleanup_once(const char *path)
{
	static char done[4096];
	char *dir = files_dirname(path);
	if (strcmp(dir, done) != 0) {
		output_cleanup(dir);
		snprintf(done, sizeof done, "%s", dir);
	}
	free(dir);
}

#define CHART_MARGIN 8.0 /* white around an exported chart, points */

/* Draws a recorded figure inside a white margin. */
static void draw_with_margin(struct canvas *cv, const void *data, double w, double h)
{
	const struct figure_rec *f = data;
	struct cv_offset o;
	struct canvas inner = cv_offset(cv, CHART_MARGIN, CHART_MARGIN, &o);
	(void)w, (void)h;
	f->draw(&inner, f->data, f->w, f->h);
}

/* Draws every figure of d as PNG and SVG and adds them to the set as
 * DIR/<stem>-<n>.png and .svg. The chart folder is made here, on first
 * use (*made set), so a failed input leaves no empty folder. 0 or -1. */
static int stage_charts(struct run *run, const char *input, const struct layout_doc *d, struct output_set *set,
                        int *made)
{
	static const struct {
		enum chart_format fmt;
		const char *ext;
	} kinds[2] = {{CHART_PNG, "png"}, {CHART_SVG, "svg"}};
	char *stem = files_stem(input);
	int rc = 0;
	if (d->nfigures > 0 && !run_is_dir(run->charts_dir)) {
		if (mkdir(run->charts_dir, 0755) == 0)
			*made = 1;
		else if (errno != EEXIST || !run_is_dir(run->charts_dir)) {
			msg_at(D_OUTPUT, run->charts_dir, 0, 0, "kan de map voor grafieken niet maken: %s; er is niets geschreven",
			       errno == EEXIST ? "er bestaat al een bestand met die naam" : diag_strerror(errno));
			rc = -1;
		}
	}
	for (size_t i = 0; i < d->nfigures && rc == 0; i++)
		for (int k = 0; k < 2 && rc == 0; k++) {
			const struct figure_rec *f = &d->figures[i];
			struct buf img = {0};
			char *path = xmalloc(strlen(run->charts_dir) + strlen(stem) + 32);
			sprintf(path, "%s/%s-%zu.%s", run->charts_dir, stem, i + 1, kinds[k].ext);
			if (i == 0 && k == 0)
				run_cleanup_once(path);
			rc = chart_export_draw(run->charts, kinds[k].fmt, run->charts_dpi, f->w + 2 * CHART_MARGIN,
			                       f->h + 2 * CHART_MARGIN, draw_with_margin, f, &img);
			if (rc == 0)
				rc = output_set_add(set, path, img.data, img.len, 0);
			buf_free(&img);
			free(path);
		}
	free(stem);
	return rc;
}

int run_write(struct run *run, const char *input, const char *path, const struct buf *out,
              const struct layout_doc *charts)
{
	struct output_set *set = output_set_new();
	int rc = 0, made = 0;
	if (path != NULL && *path == '\0')
		rc = -1;
	if (rc == 0 && path != NULL) {
		run_cleanup_once(path);
		rc = output_set_add(set, path, out->data, out->len, run->out != NULL && strcmp(path, run->out) == 0);
	}
	if (rc == 0 && charts != NULL)
		rc = stage_charts(run, input, charts, set, &made);
	if (rc == 0 && path == NULL &&
	    (fwrite(out->data, 1, out->len, stdout) != out->len || fflush(stdout) != 0)) {
		msg(D_OUTPUT, NULL, "schrijven naar de standaarduitvoer mislukt");
		rc = -1;
	}
	if (rc == 0)
		rc = output_set_commit(set);
	output_set_free(set); /* removes what was not committed */
	if (rc != 0 && made)
		rmdir(run->charts_dir); /* only when still empty */
	if (rc == 0 && charts != NULL && !run->quiet && charts->nfigures > 0)
		fprintf(stderr, "voortgang: %s: %zu %s als PNG en SVG geschreven naar %s\n", input, charts->nfigures,
		        charts->nfigures == 1 ? "grafiek" : "grafieken", run->charts_dir);
	return rc;
}

/* Output to stdout failed (a full disk, a closed pipe): exit 3. */
int run_stdout_status(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		msg(D_OUTPUT, NULL, "schrijven naar de standaarduitvoer mislukt: %s", diag_strerror(errno));
		return 3;
	}
	return status;
}

/* One input's output name in the folder, for sorting. */
struct stem_of {
	char *stem;        /* files_stem of the input */
	const char *input; /* as the user named it */
};

static int by_stem(const void *a, const void *b)
{
	const struct stem_of *x = a, *y = b;
	int c = strcmp(x->stem, y->stem);
	return c != 0 ? c : strcmp(x->input, y->input);
}

int run_check_outputs(const struct run *run, char **inputs, size_t n)
{
	struct stem_of *s;
	int clash = 0;
	for (size_t i = 0; i < n; i++)
		readset_add_path(inputs[i]); /* no input's output may replace another input */
	if (n < 2 || (run->out != NULL && strcmp(run->out, "-") == 0))
		return 0;
	s = xcalloc(n, sizeof *s);
	for (size_t i = 0; i < n; i++) {
		s[i].stem = files_stem(inputs[i]);
		s[i].input = inputs[i];
	}
	qsort(s, n, sizeof *s, by_stem);
	for (size_t i = 1; i < n; i++)
		if (strcmp(s[i].stem, s[i - 1].stem) == 0) {
			char *path = run_output_path(run, s[i].input, n);
			msg_at(D_OUTPUT_CLASH, s[i].input, 0, 0,
			       "zou net als %s naar %s gaan%s; er is niets geschreven; geef de invoerbestanden verschillende "
			       "namen of render ze apart",
			       s[i - 1].input, path, run->charts_dir != NULL ? " (en hun grafieken ook)" : "");
			free(path);
			clash = 1;
		}
	for (size_t i = 0; i < n; i++)
		free(s[i].stem);
	free(s);
	return clash ? -1 : 0;
}
