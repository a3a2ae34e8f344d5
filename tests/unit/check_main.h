/* The end of every unit test program: run one suite and turn the result
 * into an exit status (CK_VERBOSITY in the environment sets the output). */
#ifndef VG_CHECK_MAIN_H
#define VG_CHECK_MAIN_H
#include <check.h>
#include <stdlib.h>

static inline int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
