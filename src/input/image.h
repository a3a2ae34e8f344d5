/* Logos: a PNG or JPEG file decoded completely when the template is read,
 * so a damaged image is a template error and the PDF library only ever
 * gets raw pixels it cannot choke on. */
#ifndef VG_IMAGE_H
#define VG_IMAGE_H
#include <stddef.h>

struct arena;
struct raster;

#define IMAGE_MAX_PX 4000 /* widest and highest image, pixels: no decompression bombs */

/* Decodes the PNG or JPEG in data into *out (pixels in the arena): 8 bits,
 * gray or RGB, alpha composited on white. Returns 0, or -1 with *why set
 * to a Dutch reason (static text; with %u for the two sizes when *too_big). */
int image_decode(struct arena *a, const unsigned char *data, size_t len, struct raster *out, const char **why,
                 int *too_big);

#endif
