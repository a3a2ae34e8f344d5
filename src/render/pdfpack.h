/*
 * Finishes a PDF as libharu 2.3.0 writes it (one classic cross-reference
 * table, no encryption, no incremental updates), object numbers unchanged:
 *
 * - Streams without a filter are compressed here, with libdeflate: libharu
 *   compresses with zlib 4 KB at a time, and that was a third of the time
 *   of a report. XMP metadata stays uncompressed. So the device saves with
 *   libharu's compression off (images aside, which libharu compresses).
 * - With objstm, the compact form of PDF 1.5: every object that is not a
 *   stream goes into compressed object streams, and the cross-reference
 *   table becomes a compressed cross-reference stream. libharu writes each
 *   dictionary as its own uncompressed object (every structure element,
 *   outline item, link, width array): a third of a tagged report.
 *   Without objstm (PDF/A-1, based on PDF 1.4, has neither) the objects
 *   stay top-level and the table classic.
 */
#ifndef VG_PDFPACK_H
#define VG_PDFPACK_H
#include <stddef.h>

#include "../util/buf.h"

/*
 * Appends the finished form of the PDF in (len bytes) to out and sets
 * *id_from to the offset in out from which the trailer's /ID strings are
 * found (for pdfa_set_id). Returns 0, or -1 when in is not laid out the
 * way libharu writes it or memory runs out; out is then unchanged.
 */
int pdfpack(const char *in, size_t len, struct buf *out, size_t *id_from, int objstm);

#endif
