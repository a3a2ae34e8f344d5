/* The colophon of an archived report: what made it, from which files,
 * and how a reader checks that. */
#include <string.h>

#include "../layout/layout.h"
#include "../layout/table.h"
#include "../model/source.h"
#include "../model/template.h"
#include "../util/arena.h"
#include "colophon.h"
#include "fmt_base.h"

#ifndef VOORTGANG_VERSION
#define VOORTGANG_VERSION "0"
#endif

/* A digest in blocks of eight, so that it wraps between blocks and reads
 * like a fingerprint: "19749 1d5e f625..." */
static const char *grouped(struct fmt *f, const char *hex)
{
	size_t n = strlen(hex);
	char *out = arena_alloc(layout_arena(f->L), n + n / 8 + 1), *o = out;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && i % 8 == 0)
			*o++ = ' ';
		*o++ = hex[i];
	}
	*o = '\0';
	return out;
}

void fmt_colophon(struct fmt *f, const struct source_file *s, size_t n)
{
	struct table *t;
	layout_heading(f->L, "Colofon", 1, HEADING_TOC | HEADING_NEWPAGE);
	layout_text(f->L,
	            fmt_printf(f, "Dit rapport is gemaakt met voortgang %s en het sjabloon %s (versie %s). Het is een "
	                          "archiefbestand volgens PDF/A-1b (ISO 19005-1): de lettertypen en het kleurprofiel "
	                          "zitten in het bestand, zodat het over tientallen jaren nog hetzelfde wordt getoond.",
	                       VOORTGANG_VERSION, f->t->naam ? f->t->naam : "(zonder naam)",
	                       f->t->versie ? f->t->versie : "onbekend"),
	            ROLE_BODY, FONT_REGULAR);
	if (n == 0) {
		layout_text(f->L, "Bij dit rapport zijn geen invoerbestanden vastgelegd.", ROLE_MUTED, FONT_REGULAR);
		return;
	}
	layout_text(f->L,
	            "De cijfers en teksten komen uit de bestanden hieronder. Het controlegetal (SHA-256) van een "
	            "bestand verandert zodra er ook maar één teken in verandert. Dezelfde bestanden en dezelfde versie "
	            "van voortgang, met dezelfde datum (SOURCE_DATE_EPOCH), geven dit bestand opnieuw, byte voor byte.",
	            ROLE_BODY, FONT_REGULAR);
	t = fmt_table(f, 2, n);
	t->caption = fmt_caption(f, "Invoerbestanden en hun controlegetal");
	fmt_columns(t, (const char *const[]){"Bestand", "SHA-256"}, "LL");
	t->first_col_max = 0.5;
	for (size_t i = 0; i < n; i++) {
		t->rows[i].cells[0] = s[i].path;
		t->rows[i].cells[1] = grouped(f, s[i].sha256);
	}
	fmt_layout_table(f, t);
	layout_text(f->L, "Controleren of dit rapport uit deze bestanden is gemaakt:", ROLE_BODY, FONT_REGULAR);
	layout_text(f->L, "voortgang verifieer RAPPORT.pdf BESTAND...", ROLE_CODE, FONT_REGULAR);
	layout_text(f->L,
	            "Het programma leest de controlegetallen uit het rapport, berekent die van de opgegeven bestanden "
	            "en meldt per bestand of het overeenkomt. Zonder voortgang kan het ook met sha256sum: de "
	            "controlegetallen staan ook in de metadata (XMP) van het bestand.",
	            ROLE_SMALL, FONT_REGULAR);
}
