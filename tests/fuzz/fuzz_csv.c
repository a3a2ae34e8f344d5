/* libFuzzer target: CSV parsing as Excel writes it, and every field read
 * as a Dutch amount, the way budget imports read cells. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_common.h"
#include "input/csv.h"
#include "model/money.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a;
	struct csv csv;
	fuzz_env();
	a = arena_new();
	if (csv_parse(a, "fuzz.csv", (const char *)data, size, &csv) == 0)
		for (size_t i = 0; i < csv.nrows; i++)
			for (size_t j = 0; j < csv.rows[i].n; j++) {
				int64_t q;
				int dec;
				money_parse_nl(csv.rows[i].f[j].text, csv.rows[i].f[j].len, &q, &dec);
			}
	arena_free(a);
	return 0;
}
