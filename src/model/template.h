/* A report template: page geometry, fonts, colours, running texts and the
 * order of sections. Read from XML by input/template_xml.c. */
#ifndef VG_TEMPLATE_H
#define VG_TEMPLATE_H
#include <stddef.h>

#include "report.h"

struct raster;

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
	/* parts of the overview, usable on their own */
	SEC_KWADRANTEN_OVERZICHT, /* the quadrants in a table */
	SEC_KERNINDICATOREN,      /* up to three indicators as small charts */
	SEC_MIDDELEN_PER_JAAR,    /* begroot, besteed, realisatie per year */
	SEC_PERSPECTIEVEN,        /* the perspectives ticked, WAAR and WIE */
	SEC_BIJSTURING,           /* what is started, strengthened and stopped: the lists */
	SEC_KERNBOODSCHAP,        /* the message first: the kernboodschap, or a lead from the statuses */
	/* the annual report over the quarters of a year (voortgang jaar) */
	SEC_JAAR_OVERZICHT, /* the year in brief: quarters given, key figures */
	SEC_JAAR_KWADRANT,  /* one quadrant through the year */
	SEC_JAAR_VERLOOP,   /* what changed from quarter to quarter */
	SEC_JAAR_TEKSTEN,   /* the quarters' narratives (an appendix) */
	/* the template language */
	SEC_KOP,           /* <tussenkop>: a heading with {placeholders} */
	SEC_ALINEA,        /* a paragraph: text with {placeholders} */
	SEC_TEKST,         /* a narrative (Markdown) from the input */
	SEC_ALS,           /* children when a field has a value */
	SEC_ALS_NIET,      /* children when it has none */
	SEC_ELK,           /* children once per item of a list */
	SEC_RUIMTE,        /* vertical space */
	SEC_NIEUWE_PAGINA, /* a page break */
	SEC_BRIEFHOOFD,    /* letter head: logo, sender, addressee, particulars */
	SEC_ONDERTEKENING, /* closing and signatures */
	SEC_MAX
};

struct rgb {
	float r, g, b; /* 0..1; floats: every display-list item carries one */
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

/* The style of an <alinea>. */
enum alinea_stijl { STIJL_GEWOON, STIJL_KLEIN, STIJL_GEDEMPT, STIJL_VET, STIJL_MAX };

/* A line of a letter head or signature: a label and a text; both may
 * hold {placeholders}. */
struct tpl_line {
	const char *label; /* gegeven: label; ondertekenaar: function; else NULL */
	const char *text;
};

struct tpl_section {
	enum section_kind kind;
	enum quadrant quadrant; /* SEC_KWADRANT and SEC_JAAR_KWADRANT */
	const char *titel;      /* heading as printed */
	int line;               /* in the template file, for messages */
	const char *text;       /* kop, alinea: with {placeholders} */
	const char *veld;       /* tekst, als, als-niet: a field name */
	int scope;              /* elk: enum field_scope of the items */
	int niveau;             /* kop: 1-3 */
	enum alinea_stijl stijl; /* alinea */
	double pt;              /* ruimte */
	struct tpl_section *children; /* als, als-niet, elk */
	size_t nchildren;
	/* briefhoofd */
	const char *logo;       /* absolute path of the image, or NULL */
	double logo_w, logo_h;  /* points */
	int logo_png;           /* 1 PNG, 0 JPEG: as the file's bytes say */
	const struct raster *logo_raster; /* its pixels, decoded when the template was read */
	struct tpl_line *afzender, *aan, *gegevens; /* sender, addressee, particulars */
	size_t nafzender, naan, ngegevens;
	/* ondertekening */
	const char *groet, *namens;
	struct tpl_line *tekenaars; /* function, name */
	size_t ntekenaars;
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

/* The decoded logo that was read from `path` (a tpl_section's logo), or NULL. */
const struct raster *template_logo(const struct template *t, const char *path);

extern const char *const section_kind_name[SEC_MAX]; /* element names */

#endif
