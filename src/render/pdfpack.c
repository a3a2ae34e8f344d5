#include "pdfpack.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "../util/xalloc.h"

/* Objects per object stream: big enough to compress well, small enough
 * that a reader opening one page does not inflate the whole document. */
#define PACK_PER_STREAM 200

struct pobj {
	size_t off;      /* of "N 0 obj"; 0 = not in use */
	size_t body;     /* first byte after "obj" */
	size_t body_end; /* first byte of "endobj" */
	int stream;      /* a stream object: stays a top-level object */
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

/* Compresses n bytes; NULL when zlib fails. */
static unsigned char *deflate_all(const unsigned char *data, size_t n, size_t *out_len)
{
	uLongf cap = compressBound((uLong)n);
	unsigned char *z = xmalloc(cap ? cap : 1);
	if (compress2(z, &cap, data, (uLong)n, Z_DEFAULT_COMPRESSION) != Z_OK) {
		free(z);
		return NULL;
	}
	*out_len = cap;
	return z;
}

/* Appends "NUM 0 obj\n<<DICT /Length L>>\nstream\n" + data + end. */
static void put_stream(struct buf *out, size_t num, const char *dict, const unsigned char *z, size_t zlen)
{
	buf_printf(out, "%zu 0 obj\n<<%s /Filter /FlateDecode /Length %zu>>\nstream\n", num, dict, zlen);
	buf_append(out, (const char *)z, zlen);
	buf_puts(out, "\nendstream\nendobj\n");
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

int pdfpack(const char *in, size_t len, struct buf *out, size_t *id_from)
{
	struct pobj *o = NULL;
	size_t xref_off, tr_from, tr_to, n, nstm = 0, first_stm, xref_num, size, start = out->len;
	size_t rb, re, ib, ie, db, de, maxv, *stm_off = NULL;
	int w2 = 1, has_info, has_id, failed = 0;
	struct buf hdr = {0}, data = {0};
	unsigned char *rows = NULL;

	if (len < 32 || !starts(in, len, 0, "%PDF-1.") || (n = parse(in, len, &o, &xref_off, &tr_from, &tr_to)) == 0)
		return -1;
	if (trailer_value(in, tr_from, tr_to, "/Root", &rb, &re) != 0 ||
	    trailer_value(in, tr_from, tr_to, "/Encrypt", &db, &de) == 0) {
		free(o);
		return -1;
	}
	has_info = trailer_value(in, tr_from, tr_to, "/Info", &ib, &ie) == 0;
	has_id = trailer_value(in, tr_from, tr_to, "/ID", &db, &de) == 0;

	buf_append(out, "%PDF-1.5\n%\xB7\xBE\xAD\xAA\n", 15);
	for (size_t k = 1; k < n; k++) { /* streams, as they were */
		if (!o[k].off || !o[k].stream)
			continue;
		o[k].new_off = out->len;
		buf_printf(out, "%zu 0 obj\n", k);
		buf_append(out, in + o[k].body, o[k].body_end - o[k].body);
		buf_puts(out, "\nendobj\n");
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
	for (size_t s = 0; s < nstm && !failed; s++) {
		size_t num = first_stm + s, cnt = 0, zlen;
		unsigned char *z;
		char dict[96];
		buf_reset(&hdr);
		buf_reset(&data);
		for (size_t k = 1; k < n; k++) {
			if (!o[k].off || o[k].stream || o[k].in_stm != num)
				continue;
			buf_printf(&hdr, "%zu %zu ", k, data.len);
			buf_append(&data, in + o[k].body, o[k].body_end - o[k].body);
			buf_putc(&data, '\n');
			cnt++;
		}
		snprintf(dict, sizeof dict, "/Type /ObjStm /N %zu /First %zu", cnt, hdr.len);
		buf_append(&hdr, data.data, data.len);
		if ((z = deflate_all((const unsigned char *)hdr.data, hdr.len, &zlen)) == NULL) {
			failed = 1;
			break;
		}
		stm_off[s] = out->len - start;
		put_stream(out, num, dict, z, zlen);
		free(z);
	}
	xref_num = first_stm + nstm;
	size = xref_num + 1;
	{
		size_t cols, zlen;
		unsigned char *z, *prev;
		maxv = out->len - start + 64;
		if (xref_num > maxv)
			maxv = xref_num;
		while (w2 < 8 && (maxv >> (8 * w2)) != 0)
			w2++;
		cols = 1 + (size_t)w2 + 2;
		rows = xcalloc(size * (cols + 1), 1);
		prev = xcalloc(cols, 1);
		for (size_t k = 0; k < size && !failed; k++) {
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
			for (size_t c = 0; c < cols; c++) {
				r[1 + c] = (unsigned char)(row[c] - prev[c]);
				prev[c] = row[c];
			}
		}
		free(prev);
		if (!failed && (z = deflate_all(rows, size * (cols + 1), &zlen)) != NULL) {
			size_t xoff = out->len - start;
			*id_from = out->len;
			buf_printf(out, "%zu 0 obj\n<</Type /XRef /Size %zu /W [1 %d 2] /Root %.*s", xref_num, size, w2,
			           (int)(re - rb), in + rb);
			if (has_info)
				buf_printf(out, " /Info %.*s", (int)(ie - ib), in + ib);
			if (has_id)
				buf_printf(out, " /ID %.*s", (int)(de - db), in + db);
			buf_printf(out, " /DecodeParms <</Columns %zu /Predictor 12>> /Filter /FlateDecode /Length %zu>>\nstream\n",
			           cols, zlen);
			buf_append(out, (const char *)z, zlen);
			buf_printf(out, "\nendstream\nendobj\nstartxref\n%zu\n%%%%EOF\n", xoff);
			free(z);
		} else {
			failed = 1;
		}
	}
	free(rows);
	free(stm_off);
	free(o);
	buf_free(&hdr);
	buf_free(&data);
	if (failed) {
		out->len = start;
		if (out->data != NULL)
			out->data[start] = '\0';
		return -1;
	}
	return 0;
}
