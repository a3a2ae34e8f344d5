/* libFuzzer target: a Word narrative through libzip, libxml2, our
 * conversion and the layout engine (tables, lists, footnotes, pagination).
 * An input that starts with '<' is taken as word/document.xml and packed
 * into a .docx first, so mutations reach the XML walker instead of
 * failing the zip checksums; any other input is the .docx bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "fuzz_common.h"
#include "input/docx.h"
#include "layout/layout.h"
#include "layout/page.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A .docx holding `xml` as its document part (malloc'ed), or NULL. */
static char *pack(const uint8_t *xml, size_t size, size_t *len)
{
	zip_error_t err;
	zip_source_t *out, *part;
	zip_t *z;
	zip_stat_t st;
	char *buf = NULL;
	zip_error_init(&err);
	out = zip_source_buffer_create(NULL, 0, 0, &err);
	zip_source_keep(out);
	z = zip_open_from_source(out, ZIP_TRUNCATE, &err);
	part = zip_source_buffer(z, xml, size, 0);
	if (zip_file_add(z, "word/document.xml", part, 0) < 0)
		zip_source_free(part);
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
	struct fuzz_env *env = fuzz_env();
	struct arena *a = arena_new();
	struct doc d;
	size_t len = size;
	char *packed = size > 0 && data[0] == '<' ? pack(data, size, &len) : NULL;
	const char *bytes = packed != NULL ? packed : (const char *)data;
	if (docx_parse(a, bytes, len, "fuzz.docx", &d) == 0) {
		struct layout *L = layout_new(env->tpl, env->fonts, env->hyph);
		layout_heading(L, "Kop", 1, HEADING_TOC | HEADING_NUMBERED);
		layout_blocks(L, &d, 2);
		layout_doc_free(layout_finish(L, NULL, NULL));
		layout_free(L);
	}
	free(packed);
	arena_free(a);
	return 0;
}
