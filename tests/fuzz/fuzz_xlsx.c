/* libFuzzer target: an Excel workbook through libzip, libxml2 and our
 * sheet reader (shared strings, cell types, the five sheets) into JSON.
 * An input that starts with '<' is one worksheet's XML and is packed into
 * a workbook as each of the five sheets, with a few shared strings, so
 * mutations reach the cell reader instead of failing the zip checksums. */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "fuzz_common.h"
#include "input/xlsx.h"
#include "util/arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void add(zip_t *z, const char *name, const void *data, size_t len)
{
	zip_source_t *s = zip_source_buffer(z, data, len, 0);
	zip_int64_t i = zip_file_add(z, name, s, 0);
	if (i < 0)
		zip_source_free(s);
	else
		zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE,
		                         0); /* fast: many runs a second */
}

/* A workbook with `xml` as every sheet (malloc'ed), or NULL. */
static char *pack(const uint8_t *xml, size_t size, size_t *len)
{
	static const char *const names[] = {"Middelen", "Netwerkpartners", "Prestaties",
	                                    "Indicatoren", "Reeksen"};
	static const char sst[] =
	    "<sst><si><t>Naam</t></si><si><t>Periode</t></si><si><t>Waarde</t></si>"
	    "<si><t>Indicator</t></si><si><t>Begroot 2023</t></si><si><t>Post</t></si></sst>";
	char wb[1024], rels[1024], part[5][32];
	size_t w = 0, r = 0;
	zip_error_t err;
	zip_source_t *out;
	zip_t *z;
	zip_stat_t st;
	char *buf = NULL;
	w += (size_t)snprintf(wb + w, sizeof wb - w, "<workbook><sheets>");
	r += (size_t)snprintf(rels + r, sizeof rels - r, "<Relationships>");
	for (int i = 0; i < 5; i++) {
		w += (size_t)snprintf(wb + w, sizeof wb - w,
		                      "<sheet name=\"%s\" r:id=\"rId%d\" xmlns:r=\"r\"/>", names[i],
		                      i);
		r += (size_t)snprintf(rels + r, sizeof rels - r,
		                      "<Relationship Id=\"rId%d\" Target=\"s%d.xml\"/>", i, i);
		snprintf(part[i], sizeof part[i], "xl/s%d.xml", i);
	}
	w += (size_t)snprintf(wb + w, sizeof wb - w, "</sheets></workbook>");
	r += (size_t)snprintf(rels + r, sizeof rels - r, "</Relationships>");
	zip_error_init(&err);
	out = zip_source_buffer_create(NULL, 0, 0, &err);
	zip_source_keep(out);
	z = zip_open_from_source(out, ZIP_TRUNCATE, &err);
	add(z, "xl/workbook.xml", wb, w);
	add(z, "xl/_rels/workbook.xml.rels", rels, r);
	add(z, "xl/sharedStrings.xml", sst, sizeof sst - 1);
	for (int i = 0; i < 5; i++)
		add(z, part[i], xml, size);
	zip_close(z);
	if (zip_source_open(out) == 0 && zip_source_stat(out, &st) == 0) {
		buf = malloc(st.size + 1);
		*len = (size_t)zip_source_read(out, buf, st.size);
		zip_source_close(out);
	}
	zip_source_free(out);
	zip_error_fini(&err);
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	struct diag_origin *o = NULL;
	size_t n = 0, len = size;
	char *packed = size > 0 && data[0] == '<' ? pack(data, size, &len) : NULL;
	json_t *j;
	(void)fuzz_env();
	j = xlsx_read(a, packed != NULL ? packed : (const char *)data, len, "fuzz.xlsx", &o, &n);
	json_decref(j);
	free(o);
	free(packed);
	arena_free(a);
	return 0;
}
