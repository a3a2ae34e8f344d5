/*
 * The document-level parts of a libharu 2.3.0 PDF that libharu gets wrong
 * or leaves out, fixed on its objects right before saving, without
 * patching libharu: document information as UTF-16 text, the XMP packet
 * (with provenance), destinations written inline, printable link
 * annotations, complete font descriptors, and a trailer /ID derived from
 * the file's own bytes so that equal inputs give equal files. In archive
 * mode also what PDF/A-1b adds: the sRGB OutputIntent, /CIDSet for every
 * subset font, PDF 1.4, and the PDF/A identification in the XMP packet.
 */
#ifndef VG_PDFA_H
#define VG_PDFA_H
#include <hpdf.h>
#include <stddef.h>
#include <time.h>

struct xmp_info;

/* sRGB profile of the OutputIntent (Debian package icc-profiles-free). */
#define PDFA_ICC_PROFILE "/usr/share/color/icc/sRGB.icc"

/* value as a PDF text string (UTF-16BE with its byte order mark), for
 * /Info, /Alt and /Contents; NULL when libharu fails. */
HPDF_Binary pdfa_text(HPDF_Doc pdf, const char *value);

/* Sets an /Info entry (a standard or our own key) to value as a UTF-16BE
 * text string, so that "–" and "ë" survive; NULL or "" leaves it out.
 * 0 or -1 (libharu's error is set). */
int pdfa_info_text(HPDF_Doc pdf, const char *key, const char *value);

/* /CreationDate and /ModDate in /Info, and the same moment in XMP form
 * in out ("2022-04-15T09:30:00+00:00"). 0 or -1. */
int pdfa_dates(HPDF_Doc pdf, time_t when, char out[32]);

/* Everything above, on a document whose pages are complete. x->pdfa
 * selects archive mode. 0, or -1 with a message (D_PDF). */
int pdfa_prepare(HPDF_Doc pdf, const struct xmp_info *x);

/* After saving: replaces the placeholder trailer /ID of the serialised
 * file data with the first 16 bytes of the SHA-256 of the file as saved.
 * The placeholder is looked for from offset from on (the trailer or the
 * cross-reference stream: no other object holds such strings). */
void pdfa_set_id(char *data, size_t len, size_t from);

#endif
