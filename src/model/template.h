/* A report template: page geometry, fonts, colours, running texts and the
 * order of sections. Read from XML by input/template_xml.c. */
#ifndef VG_TEMPLATE_H
#define VG_TEMPLATE_H
#include <stddef.h>

#include "report.h"

enum font_style {
	FONT_REGULAR,
	FONT_BOLD,
	FONT_ITALIC,
	FONT_BOLDITALIC,
	FONT_STYLE_MAX
};

/* Section kinds a template can place, in the order it lists them. */
enum section_kind {
	SEC_VOORBLAD,      /* cover page */
	SEC_INHOUD,        /* table of contents */
	SEC_SAMENVATTING,  /* summary: key facts, quadrant status, text */
	SEC_KWADRANT,      /* one quadrant of the steering model */
	SEC_ONGELIJK,      /* "Ongelijk investeren voor gelijke kansen" */
	SEC_BIJLAGEN,      /* appendices */
	SEC_OVERZICHT,     /* one-page overview of an opgave */
	SEC_MAX
};

struct rgb {
	double r, g, b; /* 0..1 */
};

/* Named colours of a house style. */
enum colour_role {
	COLOUR_TEXT,   /* body text */
	COLOUR_ACCENT, /* headings, cover band */
	COLOUR_MUTED,  /* running header/footer, captions */
	COLOUR_RULE,   /* table rules */
	COLOUR_FILL,   /* table header and box backgrounds */
	COLOUR_MAX
};

struct tpl_section {
	enum section_kind kind;
	enum quadrant quadrant; /* SEC_KWADRANT only */
	const char *titel;      /* heading as printed */
};

struct template {
	const char *path;        /* file it was read from */
	const char *naam;        /* short name, e.g. voortgangsrapportage */
	const char *versie;      /* template version */
	const char *beschrijving;
	double page_w, page_h;   /* points */
	double margin_top, margin_bottom, margin_left, margin_right; /* points */
	const char *font_file[FONT_STYLE_MAX]; /* absolute paths inside fonts/ */
	double font_size;        /* body text, points */
	double line_height;      /* body line distance, points */
	struct rgb colour[COLOUR_MAX];
	struct rgb palette[8];   /* chart series colours; npalette 0: the default */
	size_t npalette;
	const char *kop_links, *kop_rechts;   /* running header; may hold {placeholders} */
	const char *voet_links, *voet_rechts; /* running footer */
	struct tpl_section *sections;
	size_t nsections;
};

extern const char *const section_kind_name[SEC_MAX]; /* element names */
/* Keys a running header or footer may name as {key}; NULL-terminated. The
 * formatter's lookup answers each of them. */
extern const char *const template_placeholders[];

#endif
