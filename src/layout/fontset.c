#include "fontset.h"

#include <stdlib.h>

#include "../util/diag.h"
#include "../util/xalloc.h"
#include "fontmetrics.h"

struct fontset *fontset_load(const struct template *t)
{
	struct fontset *fs = xcalloc(1, sizeof(*fs));
	for (int i = 0; i < FONT_STYLE_MAX; i++) {
		fs->fm[i] = fontmetrics_load(t->font_file[i]);
		if (fs->fm[i] == NULL) {
			msg_at(D_FONT_BROKEN, t->font_file[i], 0, 0,
			       "geen geldig TrueType-lettertype; herstel het bestand of kies een ander in het sjabloon");
			fontset_free(fs);
			return NULL;
		}
	}
	return fs;
}

void fontset_free(struct fontset *fs)
{
	if (fs == NULL)
		return;
	for (int i = 0; i < FONT_STYLE_MAX; i++)
		fontmetrics_free(fs->fm[i]);
	free(fs);
}

double fontset_width(const struct fontset *fs, enum font_style f, double size, const char *s,
                     size_t len)
{
	return (double)fontmetrics_text_width(fs->fm[f], s, len) * size / 1000.0;
}

int fontset_has(const struct fontset *fs, uint32_t cp)
{
	for (int i = 0; i < FONT_STYLE_MAX; i++)
		if (!fontmetrics_has(fs->fm[i], cp))
			return 0;
	return 1;
}

double fontset_ascent(const struct fontset *fs, enum font_style f, double size)
{
	return fontmetrics_ascent(fs->fm[f]) * size / 1000.0;
}

double fontset_capheight(const struct fontset *fs, enum font_style f, double size)
{
	return fontmetrics_capheight(fs->fm[f]) * size / 1000.0;
}
