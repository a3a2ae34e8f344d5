/* Writes the test images of tests/bad.sh into a folder: good PNGs and
 * JPEGs of every kind a logo may be, and damaged ones that libharu's own
 * loader would crash or fail on. Usage: mkimages FOLDER */
#include <stdio.h> /* before jpeglib.h */

#include <jpeglib.h>
#include <png.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define W 24
#define H 16

static const char *dir;

static FILE *create(const char *name)
{
	char path[4096];
	FILE *fp;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((fp = fopen(path, "wb")) == NULL) {
		perror(path);
		exit(1);
	}
	return fp;
}

/* A PNG of colour type `type` and `depth` bits, in memory (malloc'ed). */
static unsigned char *png(int type, int depth, size_t *len)
{
	png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = png_create_info_struct(p);
	int ch = type == PNG_COLOR_TYPE_RGB ? 3 : type == PNG_COLOR_TYPE_RGBA ? 4 : type == PNG_COLOR_TYPE_GA ? 2 : 1;
	size_t rowbytes = (size_t)W * ch * (depth == 16 ? 2 : 1);
	unsigned char *row = calloc(1, rowbytes), *out;
	FILE *mem = NULL;
	char *buf = NULL;
	size_t n = 0;
	png_color pal[4] = {{255, 0, 0}, {0, 128, 0}, {0, 0, 255}, {255, 255, 255}};
	png_byte trns[4] = {255, 128, 0, 255};
	mem = open_memstream(&buf, &n);
	png_init_io(p, mem);
	png_set_IHDR(p, info, W, H, depth, type, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	if (type == PNG_COLOR_TYPE_PALETTE) {
		png_set_PLTE(p, info, pal, 4);
		png_set_tRNS(p, info, trns, 4, NULL);
	}
	png_write_info(p, info);
	for (int y = 0; y < H; y++) {
		for (size_t i = 0; i < rowbytes; i++)
			row[i] = (unsigned char)(type == PNG_COLOR_TYPE_PALETTE ? (i + (size_t)y) % 4 : i * 7 + (size_t)y * 13);
		png_write_row(p, row);
	}
	png_write_end(p, info);
	png_destroy_write_struct(&p, &info);
	fclose(mem);
	free(row);
	out = malloc(n);
	memcpy(out, buf, n);
	free(buf);
	*len = n;
	return out;
}

static void put32(unsigned char *p, unsigned long v)
{
	p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16), p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

/* Appends a chunk with its CRC at out + *o. */
static void put_chunk(unsigned char *out, size_t *o, const char *type, const unsigned char *data, size_t n)
{
	put32(out + *o, n);
	memcpy(out + *o + 4, type, 4);
	if (n)
		memcpy(out + *o + 8, data, n);
	put32(out + *o + 8 + n, crc32(0, out + *o + 4, (uInt)(n + 4)));
	*o += 12 + n;
}

static void save(const char *name, const unsigned char *d, size_t n)
{
	FILE *fp = create(name);
	fwrite(d, 1, n, fp);
	fclose(fp);
}

/* Offset of the first chunk of `type` (its length field), or 0. */
static size_t chunk(const unsigned char *d, size_t n, const char *type)
{
	for (size_t i = 8; i + 8 <= n;) {
		size_t len = (size_t)d[i] << 24 | (size_t)d[i + 1] << 16 | (size_t)d[i + 2] << 8 | d[i + 3];
		if (memcmp(d + i + 4, type, 4) == 0)
			return i;
		i += 12 + len;
	}
	return 0;
}

/* A JPEG of `comps` components (colour space cs), quality 90. */
static unsigned char *jpeg(int comps, J_COLOR_SPACE cs, unsigned long *len)
{
	struct jpeg_compress_struct c;
	struct jpeg_error_mgr e;
	unsigned char *out = NULL, row[W * 4];
	c.err = jpeg_std_error(&e);
	jpeg_create_compress(&c);
	jpeg_mem_dest(&c, &out, len);
	c.image_width = W;
	c.image_height = H;
	c.input_components = comps;
	c.in_color_space = cs;
	jpeg_set_defaults(&c);
	if (cs == JCS_UNKNOWN)
		jpeg_set_colorspace(&c, JCS_UNKNOWN);
	jpeg_set_quality(&c, 90, TRUE);
	jpeg_start_compress(&c, TRUE);
	for (int y = 0; y < H; y++) {
		JSAMPROW r = row;
		for (int i = 0; i < W * comps; i++)
			row[i] = (unsigned char)(i * 5 + y * 11);
		jpeg_write_scanlines(&c, &r, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	return out;
}

int main(int argc, char **argv)
{
	unsigned char *d;
	size_t n, at;
	unsigned long jn;
	if (argc != 2)
		return 2;
	dir = argv[1];
	/* good: every PNG kind a logo may be */
	d = png(PNG_COLOR_TYPE_RGB, 16, &n), save("rgb16.png", d, n), free(d);
	d = png(PNG_COLOR_TYPE_RGBA, 8, &n), save("rgba.png", d, n), free(d);
	d = png(PNG_COLOR_TYPE_GA, 16, &n), save("grijs-alfa16.png", d, n), free(d);
	d = png(PNG_COLOR_TYPE_GRAY, 1, &n), save("grijs1.png", d, n), free(d);
	d = png(PNG_COLOR_TYPE_PALETTE, 2, &n), save("palet-trns.png", d, n);
	/* palette without PLTE: the PLTE chunk cut out */
	at = chunk(d, n, "PLTE");
	{
		size_t len = (size_t)d[at + 3] + ((size_t)d[at + 2] << 8), cut = 12 + len;
		memmove(d + at, d + at + cut, n - at - cut);
		save("palet-zonder-plte.png", d, n - cut);
	}
	free(d);
	/* a byte of the image data changed, CRC left as it was */
	d = png(PNG_COLOR_TYPE_RGB, 8, &n);
	at = chunk(d, n, "IDAT");
	d[at + 8 + 5] ^= 0x55;
	save("crc-fout.png", d, n);
	free(d);
	/* too little image data: a complete zlib stream of one row of
	 * sixteen in the IDAT, every CRC right */
	d = png(PNG_COLOR_TYPE_RGB, 8, &n);
	at = chunk(d, n, "IDAT");
	{
		unsigned char raw[1 + W * 3] = {0}, z[256], out[512];
		uLongf zn = sizeof z;
		size_t o = at;
		compress2(z, &zn, raw, sizeof raw, 9);
		memcpy(out, d, at);
		put_chunk(out, &o, "IDAT", z, zn);
		put_chunk(out, &o, "IEND", NULL, 0);
		save("te-weinig-data.png", out, o);
	}
	free(d);
	/* the file cut in half */
	d = png(PNG_COLOR_TYPE_RGB, 8, &n), save("afgekapt.png", d, n / 2), free(d);
	/* JPEGs: good RGB and gray; two components; CMYK; cut short */
	d = jpeg(3, JCS_RGB, &jn), save("rgb.jpg", d, jn);
	save("afgekapt.jpg", d, jn * 2 / 3), free(d);
	d = jpeg(1, JCS_GRAYSCALE, &jn), save("grijs.jpg", d, jn), free(d);
	d = jpeg(2, JCS_UNKNOWN, &jn), save("twee-kanalen.jpg", d, jn), free(d);
	d = jpeg(4, JCS_CMYK, &jn), save("cmyk.jpg", d, jn), free(d);
	save("geen-beeld.png", (const unsigned char *)"\x89PNG\r\n\x1a\nIHDR", 12);
	return 0;
}
