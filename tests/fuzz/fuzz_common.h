/* Shared set-up of the fuzz targets: diagnostics to /dev/null, and the
 * default template, fonts and hyphenation loaded once. */
#ifndef VG_FUZZ_COMMON_H
#define VG_FUZZ_COMMON_H
#include <stdio.h>
#include <stdlib.h>

#include "input/template_xml.h"
#include "layout/fontset.h"
#include "model/template.h"
#include "text/hyphenate.h"
#include "util/arena.h"
#include "util/diag.h"

struct fuzz_env {
	struct arena *arena;
	struct template *tpl;
	struct fontset *fonts;
	struct hyphenator *hyph;
};

static struct fuzz_env *fuzz_env(void)
{
	static struct fuzz_env env;
	static int ready;
	if (!ready) {
		ready = 1;
		diag_set_stream(fopen("/dev/null", "w"));
		env.arena = arena_new();
		env.tpl = template_load(env.arena, "voortgangsrapportage");
		if (env.tpl == NULL || (env.fonts = fontset_load(env.tpl)) == NULL) {
			fputs("fuzz: het standaardsjabloon laadt niet; zet VOORTGANG_DATADIR\n", stderr);
			abort();
		}
		env.hyph = hyphenator_load("/usr/share/hyphen/hyph_nl_NL.dic");
	}
	diag_reset();
	return &env;
}

#endif
