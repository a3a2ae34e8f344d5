/* libFuzzer target: JSON input through loading, the check pass and, when
 * the input is valid, layout and the text device. */
#include <stddef.h>
#include <stdint.h>

#include "check/check.h"
#include "format/format.h"
#include "fuzz_common.h"
#include "input/report_json.h"
#include "layout/page.h"
#include "model/report.h"
#include "render/textdev.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_env *env = fuzz_env();
	struct report *r = report_load_buffer("/nonexistent/fuzz.json", (const char *)data, size);
	if (r != NULL && check_report(r) == 0 && diag_worst() < LEVEL_FOUT) {
		struct layout_doc *d = format_report(r, env->tpl, env->fonts, env->hyph, 0);
		struct textdev *t = textdev_new();
		struct buf out = {0};
		if (render_doc(d, textdev_ops(), t) == 0)
			textdev_ops()->end_doc(t, &out);
		buf_free(&out);
		textdev_free(t);
		layout_doc_free(d);
	}
	report_free(r);
	return 0;
}
