/* The XMP metadata packet of a PDF: Dublin Core, the PDF/A and PDF/UA
 * identification, and the provenance of an archived report (tool,
 * template, SHA-256 of every input), with the PDF/A-1 extension schemas
 * that declare the last two. Pure text building, no libharu. */
#ifndef VG_XMP_H
#define VG_XMP_H
#include <stddef.h>

struct buf;
struct source_file;

struct xmp_info {
	const char *title, *author, *subject, *keywords; /* as in /Info; NULL: left out */
	const char *creator_tool;  /* /Creator */
	const char *producer;      /* /Producer */
	const char *date;          /* "2022-04-15T09:30:00Z": creation = modification */
	const char *lang;          /* dc:language, "nl-NL" */
	int pdfa;                  /* claim PDF/A-1b */
	int pdfua;                 /* claim PDF/UA-1 */
	const char *tool;          /* provenance: "voortgang 0.1.0" */
	const char *template_id;   /* "voortgangsrapportage 1.0"; NULL: none */
	const struct source_file *sources;
	size_t nsources;
};

/* Appends the whole packet, <?xpacket begin ... end="w"?>, to out. */
void xmp_build(struct buf *out, const struct xmp_info *x);
/* Appends s to out as XML character data: &<>"' escaped, characters XML
 * 1.0 forbids replaced by U+FFFD, invalid UTF-8 replaced likewise. */
void xmp_escape(struct buf *out, const char *s);

#endif
