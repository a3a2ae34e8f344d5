/* A readable tree of the loaded model (`voortgang dump`), like mandoc -Ttree:
 * for debugging inputs and for tests of the loader. */
#ifndef VG_DUMP_H
#define VG_DUMP_H
#include <stdio.h>

struct report;

void report_dump(const struct report *r, FILE *fp);

#endif
