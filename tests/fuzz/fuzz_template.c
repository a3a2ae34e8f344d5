/* libFuzzer target: template XML through the safe parser, RelaxNG
 * validation and reading into the template model. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a;
	fuzz_env();
	a = arena_new();
	template_load_buffer(a, "fuzz.xml", (const char *)data, size);
	arena_free(a);
	return 0;
}
