/*
 * Packs a PDF as libharu 2.3.0 writes it (PDF 1.5 header, one classic
 * cross-reference table, no encryption, no incremental updates) into the
 * compact form of PDF 1.5: every object that is not a stream goes into
 * compressed object streams, and the cross-reference table becomes a
 * compressed cross-reference stream. libharu writes each dictionary as its
 * own uncompressed object (every structure element, outline item, link,
 * font width array), which in a tagged report is a third of the file.
 *
 * Not for PDF/A-1 (based on PDF 1.4, which has neither). Streams are
 * copied byte for byte, and object numbers stay what they were.
 */
#ifndef VG_PDFPACK_H
#define VG_PDFPACK_H
#include <stddef.h>

#include "../util/buf.h"

/*
 * Appends the packed form of the PDF in (len bytes) to out and sets
 * *id_from to the offset in out from which the trailer's /ID strings are
 * found (for pdfa_set_id). Returns 0, or -1 when in is not laid out the
 * way libharu writes it; out is then unchanged and the caller keeps in.
 */
int pdfpack(const char *in, size_t len, struct buf *out, size_t *id_from);

#endif
