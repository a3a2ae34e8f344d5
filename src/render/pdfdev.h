/* The PDF device (libharu 2.3.0): embedded TrueType subsets, UTF-8 text,
 * outline, links, document information, /Lang, a corrected ToUnicode map. */
#ifndef VG_PDFDEV_H
#define VG_PDFDEV_H

#include "device.h"

struct pdfdev;
struct template;

/* Prepares a document with the template's fonts. NULL (with a message)
 * when libharu fails. */
struct pdfdev *pdfdev_new(const struct template *t);
const struct device_ops *pdfdev_ops(void);
void pdfdev_free(struct pdfdev *p);

#endif
