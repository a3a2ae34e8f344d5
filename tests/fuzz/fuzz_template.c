/* libFuzzer target: template XML through the safe parser, RelaxNG
 * validation and reading into the template model, with its logo. An
 * input "XML \0LOGO\0 BYTES" also writes BYTES as logo.png next to the
 * template, so the image decoder is fuzzed the way templates reach it
 * (seed: tests/fuzz/template/logo-*.xml, which name logo.png). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The folder the template and its logo are written to, once per process. */
static const char *fuzz_dir(void)
{
	static char dir[64];
	if (dir[0] == '\0') {
		snprintf(dir, sizeof dir, "/tmp/vg-fuzz-template-%ld", (long)getpid());
		mkdir(dir, 0700);
	}
	return dir;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char mark[] = "\0LOGO\0";
	char path[128], logo[128];
	size_t xml = size;
	struct arena *a;
	FILE *fp;
	fuzz_env();
	snprintf(path, sizeof path, "%s/fuzz.xml", fuzz_dir());
	snprintf(logo, sizeof logo, "%s/logo.png", fuzz_dir());
	for (size_t i = 0; i + sizeof mark - 1 <= size; i++)
		if (memcmp(data + i, mark, sizeof mark - 1) == 0) {
			xml = i;
			break;
		}
	if ((fp = fopen(logo, "wb")) != NULL) {
		if (xml < size)
			fwrite(data + xml + sizeof mark - 1, 1, size - xml - (sizeof mark - 1), fp);
		fclose(fp);
	}
	a = arena_new();
	template_load_buffer(a, path, (const char *)data, xml);
	arena_free(a);
	return 0;
}
