/* The PDF device (libharu 2.3.0): embedded TrueType subsets, UTF-8 text,
 * outline, links, document information, /Lang, a corrected ToUnicode map. */
#ifndef VG_PDFDEV_H
#define VG_PDFDEV_H

#include "device.h"

struct pdfdev;
struct pdfdev_pool;
struct template;

/* One libharu document object kept across the documents of a batch:
 * libharu's HPDF_FreeDoc keeps parsed font definitions, so each font file
 * is read and parsed once per run instead of once per report. */
struct pdfdev_pool *pdfdev_pool_new(void);
void pdfdev_pool_free(struct pdfdev_pool *pool);

/* Prepares a document with the template's fonts, in pool's document
 * object when pool is not NULL (the pool's previous document is then
 * revoked). NULL (with a message) when libharu fails. */
struct pdfdev *pdfdev_new(const struct template *t, struct pdfdev_pool *pool);
const struct device_ops *pdfdev_ops(void);
void pdfdev_free(struct pdfdev *p);

#endif
