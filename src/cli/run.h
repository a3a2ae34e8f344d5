/* What the commands that write documents share: options of one run, the
 * template, fonts and dictionary loaded once, the device that serialises a
 * laid-out document, and where its file goes. */
#ifndef VG_RUN_H
#define VG_RUN_H
#include <stddef.h>

struct arena;
struct buf;
struct chart_export;
struct fontset;
struct hyphenator;
struct layout_doc;
struct report;
struct template;

#define HYPHEN_DIC "/usr/share/hyphen/hyph_nl_NL.dic"

enum format { OUT_PDF, OUT_TEXT };

/* Options and resources shared by all inputs of one run. */
struct run {
	const char *out;          /* -o: file or folder, NULL for output/ */
	const char *template_name;/* -t, NULL for the report kind's own */
	enum format format;       /* -T */
	int quiet;                /* -q */
	struct arena *arena;      /* templates */
	struct template *tpl;     /* loaded template (one per run for now) */
	const char *tpl_name;     /* name it was loaded under */
	struct fontset *fonts;
	struct hyphenator *hyph;
	int hyph_tried;
	const char *charts_dir;   /* --grafieken: PNG and SVG of every chart */
	double charts_dpi;        /* --dpi */
	int dpi_given;
	struct chart_export *charts; /* for the loaded template */
	int archive;              /* --archief: PDF/A-1b with a colophon */
	struct pdfdev_pool *pdfpool; /* libharu's document object, fonts parsed once */
};

/* Whether p is a folder. */
int run_is_dir(const char *p);
/* Where the output of `input` goes: malloc'ed; NULL for stdout, "" after a
 * message when the output folder cannot be made. */
char *run_output_path(const struct run *run, const char *input, size_t ninputs);
/* Loads template (-t, or the report kind's own), fonts and hyphenation
 * once per run; 0 or -1 after a message. */
int run_resources(struct run *run, const struct report *r);
/* Serialises a laid-out document with the run's device into out; 0 or -1. */
int run_device_render(struct run *run, const struct layout_doc *d, struct buf *out);
/* Removes temporary files of killed runs from path's folder, once per folder. */
void run_cleanup_once(const char *path);
/* Writes a serialised document to path as run_output_path gave it (NULL
 * is stdout, "" a folder that could not be made, already reported) and,
 * when `charts` is given, its figures as PNG and SVG into run->charts_dir:
 * all of them or none (stdout aside). A path the user named with -o may
 * be a link, which is followed; in a folder nothing is followed. 0, or -1
 * after a message. */
int run_write(struct run *run, const char *input, const char *path, const struct buf *out,
              const struct layout_doc *charts);
/* Before anything is written: records the inputs as read (so no output
 * replaces one), and refuses inputs whose outputs would share a name in
 * the output folder (a/x.json and b/x.json). 0, or -1 after a message. */
int run_check_outputs(const struct run *run, char **inputs, size_t n);
/* status, or 3 after a message when writing stdout failed. */
int run_stdout_status(int status);

#endif
