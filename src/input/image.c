#include "image.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h> /* before jpeglib.h, which needs FILE */

#include <jpeglib.h>
#include <png.h>
#include <stdlib.h>
#include <string.h>

#include "../model/raster.h"
#include "../util/arena.h"
#include "../util/xalloc.h"

#define DAMAGED_PNG "het PNG-bestand is beschadigd of onvolledig"
#define DAMAGED_JPEG "het JPEG-bestand is beschadigd of onvolledig"

/* A colour value c with alpha a put on white: PDF/A-1 has no transparency. */
static unsigned char on_white(unsigned c, unsigned a)
{
	return (unsigned char)((c * a + 255u * (255u - a) + 127u) / 255u);
}

/* ---- PNG: libpng reads from memory; its errors longjmp back to us. ---- */

/* The bytes libpng reads from. */
struct png_src {
	const unsigned char *p;
	size_t len, off;
};

static void png_from_memory(png_structp png, png_bytep out, size_t n)
{
	struct png_src *s = png_get_io_ptr(png);
	if (n > s->len - s->off)
		png_error(png, "truncated");
	memcpy(out, s->p + s->off, n);
	s->off += n;
}

/* libpng's messages are English: we only need to know that it failed. */
static void png_fail(png_structp png, png_const_charp m)
{
	(void)m;
	png_longjmp(png, 1);
}

static void png_ignore(png_structp png, png_const_charp m)
{
	(void)png, (void)m;
}

/* What png_decode owns, so the error path frees all of it. */
struct png_job {
	png_structp png;
	png_infop info;
	unsigned char *buf; /* decoded rows, malloc'ed */
	png_bytep *rows;
};

/* Reads the whole image into j->buf with png's transformations: 8 bits,
 * palette and low-bit gray expanded, tRNS as alpha, interlace undone. */
static int png_rows(struct png_job *j, struct png_src *src, struct raster *out, unsigned *channels,
                    const char **why, int *too_big)
{
	png_uint_32 w, h;
	size_t rowbytes;
	if (setjmp(png_jmpbuf(j->png))) {
		*why = DAMAGED_PNG;
		return -1;
	}
	png_set_read_fn(j->png, src, png_from_memory);
	png_set_benign_errors(j->png, 0); /* too much or too little image data is damage */
	png_read_info(j->png, j->info);
	w = png_get_image_width(j->png, j->info);
	h = png_get_image_height(j->png, j->info);
	out->w = w;
	out->h = h;
	if (w > IMAGE_MAX_PX || h > IMAGE_MAX_PX) {
		*too_big = 1;
		return -1;
	}
	png_set_expand(j->png);
	png_set_scale_16(j->png);
	png_set_interlace_handling(j->png);
	png_read_update_info(j->png, j->info);
	*channels = png_get_channels(j->png, j->info);
	rowbytes = png_get_rowbytes(j->png, j->info);
	if (*channels < 1 || *channels > 4 || rowbytes != (size_t)w * *channels) {
		*why = DAMAGED_PNG;
		return -1;
	}
	j->buf = xmalloc(rowbytes * h);
	j->rows = xmalloc(sizeof *j->rows * h);
	for (png_uint_32 y = 0; y < h; y++)
		j->rows[y] = j->buf + (size_t)y * rowbytes;
	png_read_image(j->png, j->rows);
	png_read_end(j->png, NULL); /* checks the CRCs and the rest of the stream */
	return 0;
}

static int png_decode(struct arena *a, const unsigned char *data, size_t len, struct raster *out, const char **why,
                      int *too_big)
{
	struct png_src src = {data, len, 0};
	struct png_job j = {0};
	unsigned ch = 0;
	int rc = -1;
	j.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, png_fail, png_ignore);
	j.info = j.png ? png_create_info_struct(j.png) : NULL;
	if (j.info == NULL)
		*why = DAMAGED_PNG;
	else if (png_rows(&j, &src, out, &ch, why, too_big) == 0) {
		size_t n = (size_t)out->w * out->h;
		out->channels = ch <= 2 ? 1 : 3;
		out->px = arena_alloc(a, n * out->channels);
		for (size_t i = 0; i < n; i++) {
			const unsigned char *s = j.buf + i * ch;
			unsigned char *d = out->px + i * out->channels;
			if (ch == 1 || ch == 3)
				memcpy(d, s, ch);
			else
				for (unsigned k = 0; k < out->channels; k++)
					d[k] = on_white(s[k], s[ch - 1]);
		}
		rc = 0;
	}
	png_destroy_read_struct(&j.png, &j.info, NULL);
	free(j.rows);
	free(j.buf);
	return rc;
}

/* ---- JPEG: libjpeg, with errors and warnings (a premature end, corrupt
 * data) turned into a longjmp. ---- */

struct jpeg_fail {
	struct jpeg_error_mgr mgr;
	jmp_buf jb;
};

static void jpeg_error(j_common_ptr c)
{
	longjmp(((struct jpeg_fail *)(void *)c->err)->jb, 1);
}

static void jpeg_message(j_common_ptr c, int level)
{
	if (level < 0) /* a warning: libjpeg would go on with made-up data */
		longjmp(((struct jpeg_fail *)(void *)c->err)->jb, 1);
}

/* The decoding proper, between setjmp and the cleanup in jpeg_decode. */
static int jpeg_pixels(struct arena *a, struct jpeg_decompress_struct *ci, struct raster *out, const char **why,
                       int *too_big)
{
	jpeg_read_header(ci, TRUE);
	out->w = ci->image_width;
	out->h = ci->image_height;
	if (out->w > IMAGE_MAX_PX || out->h > IMAGE_MAX_PX) {
		*too_big = 1;
		return -1;
	}
	if (ci->num_components != 1 && ci->num_components != 3) {
		*why = "het JPEG-bestand heeft geen grijswaarden of RGB-kleuren (maar bijvoorbeeld CMYK of twee kanalen)";
		return -1;
	}
	ci->out_color_space = ci->num_components == 1 ? JCS_GRAYSCALE : JCS_RGB;
	jpeg_start_decompress(ci);
	if (ci->output_components != ci->num_components || out->w == 0 || out->h == 0) {
		*why = DAMAGED_JPEG;
		return -1;
	}
	out->channels = (unsigned)ci->output_components;
	out->px = arena_alloc(a, (size_t)out->w * out->h * out->channels);
	while (ci->output_scanline < ci->output_height) {
		JSAMPROW row = out->px + (size_t)ci->output_scanline * out->w * out->channels;
		jpeg_read_scanlines(ci, &row, 1);
	}
	jpeg_finish_decompress(ci);
	return 0;
}

static int jpeg_decode(struct arena *a, const unsigned char *data, size_t len, struct raster *out, const char **why,
                       int *too_big)
{
	struct jpeg_decompress_struct ci;
	struct jpeg_fail err;
	int rc = -1;
	memset(&ci, 0, sizeof ci);
	ci.err = jpeg_std_error(&err.mgr);
	err.mgr.error_exit = jpeg_error;
	err.mgr.emit_message = jpeg_message;
	if (setjmp(err.jb)) {
		if (*why == NULL && !*too_big)
			*why = DAMAGED_JPEG;
		jpeg_destroy_decompress(&ci);
		return -1;
	}
	jpeg_create_decompress(&ci);
	jpeg_mem_src(&ci, (unsigned char *)data, (unsigned long)len);
	rc = jpeg_pixels(a, &ci, out, why, too_big);
	jpeg_destroy_decompress(&ci);
	return rc;
}

int image_decode(struct arena *a, const unsigned char *data, size_t len, struct raster *out, const char **why,
                 int *too_big)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	*too_big = 0;
	if (len >= 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0)
		return png_decode(a, data, len, out, why, too_big);
	if (len >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
		return jpeg_decode(a, data, len, out, why, too_big);
	*why = "het is geen PNG- of JPEG-bestand";
	return -1;
}
