/* The loader of cairo_api.h: one dlopen, one dlsym per function, and the
 * table filled only when every function was found. */
#include "cairo_api.h"

#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

#include "../util/diag.h"

struct cairo_api cairo_api;
static int loaded; /* the table is complete */

/* Each function's name and place in the table. */
static const struct {
	const char *name;
	size_t offset;
} entries[] = {
#define CAIRO_API_ENTRY(fn) {#fn, offsetof(struct cairo_api, fn)},
    CAIRO_API_FUNCTIONS(CAIRO_API_ENTRY)
#undef CAIRO_API_ENTRY
};

/* dlsym's object pointer is copied into function pointers (POSIX requires
 * that this works); copying bytes keeps the conversion free of warnings. */
_Static_assert(sizeof(void *) == sizeof(void (*)(void)),
               "function pointers must have the size of void *");

/* The library stays open: cairo keeps caches and font faces for the life
 * of the process, and the table points into it. */
int cairo_api_load_from(const char *soname)
{
	struct cairo_api api;
	void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

	if (lib == NULL) {
		msg(D_CAIRO, NULL,
		    "grafieken kunnen niet als PNG en SVG worden geschreven: de bibliotheek %s "
		    "kan niet worden geladen (%s); installeer cairo (Debian: libcairo2) of laat "
		    "--grafieken weg",
		    soname, dlerror());
		return -1;
	}
	for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
		void *sym = dlsym(lib, entries[i].name);
		if (sym == NULL) {
			msg(D_CAIRO, NULL,
			    "grafieken kunnen niet als PNG en SVG worden geschreven: de "
			    "bibliotheek %s mist de functie %s; installeer cairo 1.16 of "
			    "nieuwer (Debian: libcairo2) of laat --grafieken weg",
			    soname, entries[i].name);
			dlclose(lib);
			return -1;
		}
		memcpy((char *)&api + entries[i].offset, &sym, sizeof sym);
	}
	cairo_api = api;
	loaded = 1;
	return 0;
}

int cairo_api_load(void)
{
	return loaded ? 0 : cairo_api_load_from(VG_CAIRO_SONAME);
}
