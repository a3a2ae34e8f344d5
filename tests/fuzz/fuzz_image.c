/* libFuzzer target: the logo decoder (PNG and JPEG to 8-bit gray or RGB
 * pixels) on its own, faster than through a template. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_common.h"
#include "input/image.h"
#include "model/raster.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a;
	struct raster r;
	const char *why;
	int too_big;
	fuzz_env(); /* messages to /dev/null, as in the other targets */
	a = arena_new();
	if (image_decode(a, data, size, &r, &why, &too_big) == 0) {
		unsigned sum = 0; /* touch every pixel: ASan checks the size */
		for (size_t i = 0; i < (size_t)r.w * r.h * r.channels; i++)
			sum += r.px[i];
		(void)sum;
	}
	arena_free(a);
	return 0;
}
