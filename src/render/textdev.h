/* The plain-text device: the page text in reading order, line by line, for
 * golden tests and `voortgang render -T tekst`. */
#ifndef VG_TEXTDEV_H
#define VG_TEXTDEV_H

#include "device.h"

struct textdev;

struct textdev *textdev_new(void);
const struct device_ops *textdev_ops(void);
void textdev_free(struct textdev *t);

#endif
