/* A decoded image as PDF/A-1 takes it: 8 bits per component, gray or RGB,
 * no transparency (an alpha channel is composited on white when read). */
#ifndef VG_RASTER_H
#define VG_RASTER_H

struct raster {
	unsigned w, h;      /* pixels */
	unsigned channels;  /* 1 gray, 3 RGB */
	unsigned char *px;  /* w * h * channels bytes, rows top to bottom */
};

#endif
