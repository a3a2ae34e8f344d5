/* Reading back the provenance of a report voortgang wrote: the XMP packet
 * of the PDF (uncompressed, as PDF/A asks) holds the tool, the template
 * and the SHA-256 of every input file. */
#ifndef VG_PROVENANCE_READ_H
#define VG_PROVENANCE_READ_H

struct arena;
struct provenance;

/* Fills p (strings in a) from the PDF file at path. Returns 0; -1 after a
 * message when the file cannot be read, is not a PDF, or carries no
 * provenance of ours. */
int provenance_read(struct arena *a, const char *path, struct provenance *p);

#endif
