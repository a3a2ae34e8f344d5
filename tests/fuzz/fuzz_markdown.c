/* libFuzzer target: a Markdown narrative through cmark, our conversion and
 * the layout engine (line breaking, hyphenation, lists, pagination). */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_common.h"
#include "input/markdown.h"
#include "layout/layout.h"
#include "layout/page.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_env *env = fuzz_env();
	struct arena *a = arena_new();
	struct doc d;
	if (markdown_parse(a, (const char *)data, size, "fuzz.md", NULL, &d) == 0) {
		struct layout *L = layout_new(env->tpl, env->fonts, env->hyph);
		layout_heading(L, "Kop", 1, HEADING_TOC | HEADING_NUMBERED);
		layout_blocks(L, &d, 2);
		layout_doc_free(layout_finish(L, NULL, NULL));
		layout_free(L);
	}
	arena_free(a);
	return 0;
}
