/* Allocation failure: every allocation of a loader run (jansson, cmark and
 * our own) is made to fail in turn, in a child process. Each run must end
 * cleanly: either it completes, or it exits with status 3 and the message
 * "onvoldoende geheugen". A signal (crash, abort, sanitizer) fails the test.
 * A full render (layout, text and PDF devices, libxml2 and libharu) is
 * covered with a stride to keep the suite fast. */
#include <check.h>

#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check/check.h"
#include "format/format.h"
#include "input/report_json.h"
#include "input/template_xml.h"
#include "layout/fontset.h"
#include "layout/page.h"
#include "model/report.h"
#include "model/template.h"
#include "render/pdfdev.h"
#include "render/textdev.h"
#include "text/hyphenate.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/xalloc.h"

#define INPUT "tests/cases/minimaal.json"

static void load_and_check(void)
{
	struct report *r = report_load(INPUT);
	if (r != NULL)
		check_report(r);
	report_free(r);
}

static void full_render(void)
{
	struct arena *a = arena_new();
	struct template *t = template_load(a, "voortgangsrapportage");
	struct fontset *fs = t ? fontset_load(t) : NULL;
	struct hyphenator *h = hyphenator_load("/usr/share/hyphen/hyph_nl_NL.dic");
	struct report *r = report_load(INPUT);
	struct buf out = {0};
	if (r != NULL && fs != NULL && check_report(r) == 0) {
		struct layout_doc *d = format_report(r, t, fs, h, 0);
		struct textdev *td = textdev_new();
		struct pdfdev *pd = pdfdev_new(t, NULL);
		if (render_doc(d, textdev_ops(), td) == 0)
			textdev_ops()->end_doc(td, &out);
		if (pd != NULL && render_doc(d, pdfdev_ops(), pd) == 0)
			pdfdev_ops()->end_doc(pd, &out);
		pdfdev_free(pd);
		textdev_free(td);
		layout_doc_free(d);
	}
	buf_free(&out);
	report_free(r);
	hyphenator_free(h);
	fontset_free(fs);
	arena_free(a);
}

/* Runs fn with the n-th allocation failing; returns 1 when fn completed,
 * 0 when it stopped cleanly on the failure; fails the test otherwise. */
static int run_failing_at(void (*fn)(void), unsigned long n)
{
	FILE *err = tmpfile();
	char text[256] = "";
	int status;
	pid_t pid;

	ck_assert_ptr_nonnull(err);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(fileno(err), 2);
		diag_set_stream(stderr);
		xalloc_fail_after(n);
		fn();
		_exit(xalloc_count() >= n ? 4 : 0); /* 4: the failure went unnoticed */
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	rewind(err);
	while (fgets(text, sizeof text, err) != NULL && strstr(text, "onvoldoende geheugen") == NULL)
		;
	fclose(err);
	ck_assert_msg(WIFEXITED(status), "allocation %lu: ended by signal %d", n,
	              WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	if (WEXITSTATUS(status) == 0)
		return 1;
	ck_assert_msg(WEXITSTATUS(status) == 3, "allocation %lu: exit status %d", n, WEXITSTATUS(status));
	ck_assert_msg(strstr(text, "onvoldoende geheugen") != NULL, "allocation %lu: no message", n);
	return 0;
}

START_TEST(every_allocation_of_a_load)
{
	unsigned long n;
	for (n = 1; n < 200000; n++)
		if (run_failing_at(load_and_check, n))
			break;
	ck_assert_msg(n > 100, "a load makes only %lu allocations?", n);
	printf("oom: a load and check of %s: failed each of %lu allocations in turn\n", INPUT, n - 1);
}
END_TEST

START_TEST(allocations_of_a_full_render)
{
	unsigned long n, step = 97; /* a prime stride through some 10^4 allocations */
	for (n = 1; n < 2000000; n += step)
		if (run_failing_at(full_render, n))
			break;
	ck_assert_msg(n > 1000, "a render makes only %lu allocations?", n);
	printf("oom: a full render: failed every %luth of about %lu allocations\n", step, n);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("oom");
	TCase *tc = tcase_create("oom");
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, every_allocation_of_a_load);
	tcase_add_test(tc, allocations_of_a_full_render);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
