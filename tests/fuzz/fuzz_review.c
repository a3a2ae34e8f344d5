/* libFuzzer target: a review file (voortgang audit --onderzoek) through
 * loading, and the parts the audit would still ask the auditor for. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_common.h"
#include "model/review.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	(void)fuzz_env();
	review_free(review_load_buffer("/nonexistent/onderzoek.json", (const char *)data, size));
	return 0;
}
