#include "pdfpack.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libdeflate.h>

#include "../util/xalloc.h"

/* Objects per object stream: big enough to compress well, small enough
 * that a reader opening one page does not inflate the whole document. */
#define PACK_PER_STREAM 200
/* libdeflate's level 6: zlib's default ratio, in about a third of the time. */
#define PACK_LEVEL 6

struct pobj {
	size_t off;      /* of "N 0 obj"; 0 = not in use */
	size_t body;     /* first byte after "obj" */
	size_t body_end; /* first byte of "endobj" */
	int stream;      /* a stream object: stays a top-level object */
	int compress;    /* a stream without a filter that we compress */
	size_t dict_end; /* stream objects: end of the dictionary text */
	size_t data, data_len; /* stream objects: the data */
	size_t len_ref;  /* the object holding the stream's /Length */
	long new_len;    /* length objects: the new value, or -1 */
	size_t new_off;  /* offset in the packed file (streams) */
	size_t in_stm;   /* object stream number (others) */
	size_t idx;      /* index in that object stream */
};

static int is_ws(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

/* Reads an unsigned decimal at *i (after white space); -1 when none. */
static int read_uint(const char *s, size_t len, size_t *i, size_t *v)
{
	size_t n = 0, k = 0;
	while (*i < len && is_ws(s[*i]))
		(*i)++;
	while (*i < len && s[*i] >= '0' && s[*i] <= '9' && k < 15) {
		n = n * 10 + (size_t)(s[*i] - '0');
		(*i)++;
		k++;
	}
	if (k == 0 || k == 15)
		return -1;
	*v = n;
	return 0;
}

static int starts(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	return i + n <= len && memcmp(s + i, w, n) == 0;
}

/* The last occurrence of w in s[from, to); (size_t)-1 when none. */
static size_t rfind(const char *s, size_t from, size_t to, const char *w)
{
	size_t n = strlen(w);
	if (to < from + n)
		return (size_t)-1;
	for (size_t i = to - n + 1; i-- > from;)
		if (memcmp(s + i, w, n) == 0)
			return i;
	return (size_t)-1;
}

/* The value of key in the trailer dictionary s[from, to), which libharu
 * writes one entry per line: the rest of that line. */
static int trailer_value(const char *s, size_t from, size_t to, const char *key, size_t *vb, size_t *ve)
{
	size_t n = strlen(key);
	for (size_t i = from; i + n < to; i++) {
		if (s[i] != '/' || memcmp(s + i, key, n) != 0 || !is_ws(s[i + n]))
			continue;
		*vb = i + n;
		while (*vb < to && s[*vb] == ' ')
			(*vb)++;
		*ve = *vb;
		while (*ve < to && s[*ve] != '\n' && s[*ve] != '\r')
			(*ve)++;
		return *ve > *vb ? 0 : -1;
	}
	return -1;
}

static int by_offset(const void *a, const void *b)
{
	const struct pobj *x = *(struct pobj *const *)a, *y = *(struct pobj *const *)b;
	return x->off < y->off ? -1 : x->off > y->off;
}

/* Compresses n bytes into the zlib format of FlateDecode; NULL when out
 * of memory. */
static unsigned char *deflate_all(struct libdeflate_compressor *c, const unsigned char *data, size_t n,
                                  size_t *out_len)
{
	size_t cap = libdeflate_zlib_compress_bound(c, n);
	unsigned char *z = xmalloc(cap ? cap : 1);
	if ((*out_len = libdeflate_zlib_compress(c, data, n, z, cap)) == 0) {
		free(z);
		return NULL;
	}
	return z;
}

/* The data of each stream object, and whether we compress it: streams
 * without a filter whose /Length is an indirect integer (libharu's way),
 * except XMP metadata, which stays readable in the file (PDF/A wants it
 * so, and `voortgang verifieer` reads it there). Returns 0, or -1 when a
 * stream is not laid out as expected. */
static int find_streams(const char *in, struct pobj *o, size_t n)
{
	for (size_t k = 1; k < n; k++) {
		struct pobj *p = &o[k];
		size_t i, ref, gen, j, end;
		p->new_len = -1;
		if (!p->off || !p->stream)
			continue;
		for (i = p->body; i + 6 <= p->body_end; i++)
			if (memcmp(in + i, "stream", 6) == 0)
				break;
		if (i + 6 > p->body_end)
			return -1;
		p->dict_end = i;
		while (p->dict_end > p->body && is_ws(in[p->dict_end - 1]))
			p->dict_end--;
		if (p->dict_end < p->body + 4 || in[p->dict_end - 1] != '>' || in[p->dict_end - 2] != '>')
			return -1;
		p->data = i + 6;
		if (p->data < p->body_end && in[p->data] == '\r')
			p->data++;
		if (p->data < p->body_end && in[p->data] == '\n')
			p->data++;
		p->len_ref = 0;
		for (i = p->body; i + 8 < p->dict_end; i++)
			if (memcmp(in + i, "/Length", 7) == 0 && is_ws(in[i + 7]))
				break;
		j = i + 8;
		if (i + 8 >= p->dict_end || read_uint(in, p->dict_end, &j, &ref) != 0)
			return -1;
		end = j;
		if (read_uint(in, p->dict_end, &end, &gen) == 0 && gen == 0 && end + 2 <= p->dict_end &&
		    in[end + 1] == 'R' && ref < n && o[ref].off && !o[ref].stream) {
			/* an indirect length: the object's body is the number */
			size_t b = o[ref].body;
			if (read_uint(in, o[ref].body_end, &b, &p->data_len) != 0 || b != o[ref].body_end)
				return -1;
			p->len_ref = ref;
		} else {
			p->data_len = ref; /* a direct length */
		}
		if (p->data_len > p->body_end - p->data)
			return -1;
		{
			int filtered = 0, metadata = 0;
			for (i = p->body; i < p->dict_end; i++) {
				filtered |= in[i] == '/' && starts(in, p->dict_end, i, "/Filter");
				metadata |= in[i] == '/' && starts(in, p->dict_end, i, "/Metadata");
			}
			p->compress = !filtered && !metadata && p->len_ref != 0;
		}
	}
	return 0;
}

/* Splits the input into objects; returns the number of entries (the
 * trailer's /Size) or 0 when the layout is not libharu's. */
static size_t parse(const char *in, size_t len, struct pobj **objs, size_t *xref_off, size_t *tr_from,
                    size_t *tr_to)
{
	size_t sx = rfind(in, len > 64 ? len - 64 : 0, len, "startxref"), i, first, count, n = 0;
	struct pobj *o = NULL, **order = NULL;
	if (sx == (size_t)-1)
		return 0;
	i = sx + 9;
	if (read_uint(in, len, &i, xref_off) != 0 || *xref_off >= sx || !starts(in, len, *xref_off, "xref"))
		return 0;
	i = *xref_off + 4;
	for (;;) { /* subsections, then "trailer" */
		while (i < len && is_ws(in[i]))
			i++;
		if (starts(in, len, i, "trailer"))
			break;
		if (read_uint(in, len, &i, &first) != 0 || read_uint(in, len, &i, &count) != 0 ||
		    count > len / 18 || first > len / 18 || first + count > len / 18)
			goto fail;
		if (first + count > n) {
			o = xrealloc(o, (first + count) * sizeof *o);
			memset(o + n, 0, (first + count - n) * sizeof *o);
			n = first + count;
		}
		for (size_t k = 0; k < count; k++) {
			size_t off, gen;
			if (read_uint(in, len, &i, &off) != 0 || read_uint(in, len, &i, &gen) != 0)
				goto fail;
			while (i < len && in[i] == ' ')
				i++;
			if (i >= len || (in[i] != 'n' && in[i] != 'f'))
				goto fail;
			if (in[i] == 'n') {
				if (gen != 0 || off == 0 || off >= *xref_off)
					goto fail; /* libharu writes generation 0 only */
				o[first + k].off = off;
			}
			i++;
		}
	}
	*tr_from = i + 7;
	*tr_to = sx;
	if (n == 0 || o[0].off != 0)
		goto fail;
	/* each object ends where the next one (or the xref table) starts */
	order = xmalloc(n * sizeof *order);
	count = 0;
	for (size_t k = 1; k < n; k++)
		if (o[k].off)
			order[count++] = &o[k];
	qsort(order, count, sizeof *order, by_offset);
	for (size_t k = 0; k < count; k++) {
		struct pobj *p = order[k];
		size_t end = k + 1 < count ? order[k + 1]->off : *xref_off, num, gen, j = p->off, e;
		if (read_uint(in, end, &j, &num) != 0 || read_uint(in, end, &j, &gen) != 0 || gen != 0 ||
		    num != (size_t)(p - o) || !starts(in, end, j + 1, "obj") || in[j] != ' ')
			goto fail;
		p->body = j + 4;
		if ((e = rfind(in, p->body, end, "endobj")) == (size_t)-1)
			goto fail;
		p->body_end = e;
		while (p->body < p->body_end && is_ws(in[p->body]))
			p->body++;
		while (p->body_end > p->body && is_ws(in[p->body_end - 1]))
			p->body_end--;
		if (p->body == p->body_end)
			goto fail;
		p->stream = p->body_end - p->body >= 9 && memcmp(in + p->body_end - 9, "endstream", 9) == 0;
	}
	free(order);
	if (find_streams(in, o, n) != 0) {
		free(o);
		return 0;
	}
	*objs = o;
	return n;
fail:
	free(order);
	free(o);
	return 0;
}

/* Big-endian field of w bytes. */
static void put_field(unsigned char *p, size_t v, int w)
{
	for (int k = w - 1; k >= 0; k--) {
		p[k] = (unsigned char)(v & 0xFF);
		v >>= 8;
	}
}

/* Appends object k's body: its new number (a stream length), or as it was. */
static void put_body(struct buf *b, const char *in, const struct pobj *p)
{
	if (p->new_len >= 0)
		buf_printf(b, "%ld", p->new_len);
	else
		buf_append(b, in + p->body, p->body_end - p->body);
}

/* Appends stream object k, its data compressed when z is not NULL. */
static void put_stream_obj(struct buf *out, const char *in, size_t k, const struct pobj *p,
                           const unsigned char *z, size_t zlen)
{
	buf_printf(out, "%zu 0 obj\n", k);
	if (z == NULL) {
		buf_append(out, in + p->body, p->body_end - p->body);
	} else {
		buf_append(out, in + p->body, p->dict_end - 2 - p->body);
		buf_puts(out, "/Filter /FlateDecode\n>>\nstream\n");
		buf_append(out, (const char *)z, zlen);
		buf_puts(out, "\nendstream");
	}
	buf_puts(out, "\nendobj\n");
}

/* The cross-reference stream and the end of the file. */
static int put_xref_stream(struct buf *out, size_t start, const struct pobj *o, size_t n, size_t first_stm,
                           const size_t *stm_off, size_t nstm, struct libdeflate_compressor *c,
                           const char *root, const char *info, const char *id, size_t *id_from)
{
	size_t xref_num = first_stm + nstm, size = xref_num + 1, maxv = out->len - start + 64, cols, zlen;
	unsigned char *rows, *z, prev[1 + 8 + 2];
	int w2 = 1;
	if (xref_num > maxv)
		maxv = xref_num;
	while (w2 < 8 && (maxv >> (8 * w2)) != 0)
		w2++;
	cols = 1 + (size_t)w2 + 2;
	rows = xcalloc(size * (cols + 1), 1);
	memset(prev, 0, sizeof prev);
	for (size_t k = 0; k < size; k++) {
		unsigned char row[1 + 8 + 2], *r = rows + k * (cols + 1);
		memset(row, 0, sizeof row);
		if (k == 0) {
			put_field(row + 1 + w2, 65535, 2);
		} else if (k < n && o[k].off && o[k].stream) {
			row[0] = 1;
			put_field(row + 1, o[k].new_off - start, w2);
		} else if (k < n && o[k].off) {
			row[0] = 2;
			put_field(row + 1, o[k].in_stm, w2);
			put_field(row + 1 + w2, o[k].idx, 2);
		} else if (k >= first_stm && k < xref_num) {
			row[0] = 1;
			put_field(row + 1, stm_off[k - first_stm], w2);
		} else if (k == xref_num) {
			row[0] = 1;
			put_field(row + 1, out->len - start, w2);
		}
		/* PNG "Up" predictor: each byte minus the one above */
		r[0] = 2;
		for (size_t col = 0; col < cols; col++) {
			r[1 + col] = (unsigned char)(row[col] - prev[col]);
			prev[col] = row[col];
		}
	}
	z = deflate_all(c, rows, size * (cols + 1), &zlen);
	free(rows);
	if (z == NULL)
		return -1;
	{
		size_t xoff = out->len - start;
		*id_from = out->len;
		buf_printf(out, "%zu 0 obj\n<</Type /XRef /Size %zu /W [1 %d 2] /Root %s", xref_num, size, w2, root);
		if (*info)
			buf_printf(out, " /Info %s", info);
		if (*id)
			buf_printf(out, " /ID %s", id);
		buf_printf(out, " /DecodeParms <</Columns %zu /Predictor 12>> /Filter /FlateDecode /Length %zu>>\nstream\n",
		           cols, zlen);
		buf_append(out, (const char *)z, zlen);
		buf_printf(out, "\nendstream\nendobj\nstartxref\n%zu\n%%%%EOF\n", xoff);
	}
	free(z);
	return 0;
}

/* The other objects in object streams; their offsets in stm_off. */
static int put_object_streams(struct buf *out, size_t start, const char *in, struct pobj *o, size_t n,
                              size_t first_stm, size_t *stm_off, size_t nstm, struct libdeflate_compressor *c)
{
	struct buf hdr = {0}, data = {0};
	int failed = 0;
	for (size_t st = 0; st < nstm && !failed; st++) {
		size_t num = first_stm + st, cnt = 0, zlen;
		unsigned char *z;
		buf_reset(&hdr);
		buf_reset(&data);
		for (size_t k = 1; k < n; k++) {
			if (!o[k].off || o[k].stream || o[k].in_stm != num)
				continue;
			buf_printf(&hdr, "%zu %zu ", k, data.len);
			put_body(&data, in, &o[k]);
			buf_putc(&data, '\n');
			cnt++;
		}
		{
			size_t first = hdr.len;
			buf_append(&hdr, data.data, data.len);
			if ((z = deflate_all(c, (const unsigned char *)hdr.data, hdr.len, &zlen)) == NULL) {
				failed = 1;
				break;
			}
			stm_off[st] = out->len - start;
			buf_printf(out, "%zu 0 obj\n<</Type /ObjStm /N %zu /First %zu /Filter /FlateDecode /Length %zu>>\nstream\n",
			           num, cnt, first, zlen);
			buf_append(out, (const char *)z, zlen);
			buf_puts(out, "\nendstream\nendobj\n");
			free(z);
		}
	}
	buf_free(&hdr);
	buf_free(&data);
	return failed ? -1 : 0;
}

/* A trailer value as a C string ("" when absent). */
static char *value_str(const char *in, size_t from, size_t to, const char *key)
{
	size_t b, e;
	char *v;
	if (trailer_value(in, from, to, key, &b, &e) != 0)
		b = e = 0;
	v = xmalloc(e - b + 1);
	memcpy(v, in + b, e - b);
	v[e - b] = '\0';
	return v;
}

/* One compressor for the process: making one costs a megabyte of fresh
 * memory, which in a batch was a page fault storm per report. */
static struct libdeflate_compressor *compressor;

static void free_compressor(void)
{
	libdeflate_free_compressor(compressor);
	compressor = NULL;
}

static struct libdeflate_compressor *get_compressor(void)
{
	if (compressor == NULL && (compressor = libdeflate_alloc_compressor(PACK_LEVEL)) != NULL)
		atexit(free_compressor);
	return compressor;
}

int pdfpack(const char *in, size_t len, struct buf *out, size_t *id_from, int objstm)
{
	struct pobj *o = NULL;
	size_t xref_off, tr_from, tr_to, n, nstm = 0, first_stm, start = out->len, hdr_end, *stm_off = NULL;
	unsigned char **z = NULL;
	size_t *zlen = NULL;
	char *root = NULL, *info = NULL, *id = NULL, *enc = NULL;
	struct libdeflate_compressor *c = NULL;
	int failed = 0;

	if (len < 32 || !starts(in, len, 0, "%PDF-1.") || (n = parse(in, len, &o, &xref_off, &tr_from, &tr_to)) == 0)
		return -1;
	root = value_str(in, tr_from, tr_to, "/Root");
	info = value_str(in, tr_from, tr_to, "/Info");
	id = value_str(in, tr_from, tr_to, "/ID");
	enc = value_str(in, tr_from, tr_to, "/Encrypt");
	/* the header: "%PDF-1.x" and the line of binary bytes after it */
	for (hdr_end = 0; hdr_end < len && in[hdr_end] != '\n'; hdr_end++)
		;
	for (hdr_end++; hdr_end < len && in[hdr_end] != '\n'; hdr_end++)
		;
	if (!*root || *enc || hdr_end >= len || (c = get_compressor()) == NULL) {
		failed = 1;
		goto done;
	}
	/* compress first: the lengths must be known wherever they are written */
	z = xcalloc(n, sizeof *z);
	zlen = xcalloc(n, sizeof *zlen);
	for (size_t k = 1; k < n && !failed; k++) {
		if (!o[k].off || !o[k].compress)
			continue;
		if ((z[k] = deflate_all(c, (const unsigned char *)in + o[k].data, o[k].data_len, &zlen[k])) == NULL)
			failed = 1;
		else
			o[o[k].len_ref].new_len = (long)zlen[k];
	}
	if (failed)
		goto done;
	if (objstm)
		buf_puts(out, "%PDF-1.5\n%\xB7\xBE\xAD\xAA\n");
	else
		buf_append(out, in, hdr_end + 1);
	if (!objstm) { /* every object where it was in number order, then the table */
		size_t tr;
		for (size_t k = 1; k < n; k++) {
			if (!o[k].off)
				continue;
			o[k].new_off = out->len;
			if (o[k].stream) {
				put_stream_obj(out, in, k, &o[k], z[k], zlen[k]);
			} else {
				buf_printf(out, "%zu 0 obj\n", k);
				put_body(out, in, &o[k]);
				buf_puts(out, "\nendobj\n");
			}
		}
		tr = out->len - start;
		buf_printf(out, "xref\n0 %zu\n0000000000 65535 f\r\n", n);
		for (size_t k = 1; k < n; k++) {
			if (o[k].off)
				buf_printf(out, "%010zu 00000 n\r\n", o[k].new_off - start);
			else
				buf_puts(out, "0000000000 65535 f\r\n");
		}
		*id_from = out->len;
		buf_printf(out, "trailer\n<<\n/Root %s\n", root);
		if (*info)
			buf_printf(out, "/Info %s\n", info);
		if (*id)
			buf_printf(out, "/ID %s\n", id);
		buf_printf(out, "/Size %zu\n>>\nstartxref\n%zu\n%%%%EOF\n", n, tr);
		goto done;
	}
	for (size_t k = 1; k < n; k++) { /* streams stay top-level objects */
		if (!o[k].off || !o[k].stream)
			continue;
		o[k].new_off = out->len;
		put_stream_obj(out, in, k, &o[k], z[k], zlen[k]);
	}
	first_stm = n;
	for (size_t k = 1, in_chunk = 0; k < n; k++) { /* the rest, in object streams */
		if (!o[k].off || o[k].stream)
			continue;
		if (in_chunk == 0)
			nstm++;
		o[k].in_stm = first_stm + nstm - 1;
		o[k].idx = in_chunk;
		in_chunk = in_chunk + 1 == PACK_PER_STREAM ? 0 : in_chunk + 1;
	}
	stm_off = xcalloc(nstm ? nstm : 1, sizeof *stm_off);
	if (put_object_streams(out, start, in, o, n, first_stm, stm_off, nstm, c) != 0 ||
	    put_xref_stream(out, start, o, n, first_stm, stm_off, nstm, c, root, info, id, id_from) != 0)
		failed = 1;
done:
	if (z != NULL)
		for (size_t k = 0; k < n; k++)
			free(z[k]);
	free(z);
	free(zlen);
	free(stm_off);
	free(o);
	free(root);
	free(info);
	free(id);
	free(enc);
	if (failed) {
		out->len = start;
		if (out->data != NULL)
			out->data[start] = '\0';
		return -1;
	}
	return 0;
}
