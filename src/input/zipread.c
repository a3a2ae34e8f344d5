#include "zipread.h"

#include <stdint.h>
#include <stdlib.h>
#include <zip.h>

#include "../util/diag.h"
#include "../util/xalloc.h"
#include "files.h"

struct zipread {
	zip_t *zip;        /* the open archive */
	const char *shown; /* file name for messages */
	uint64_t inflated; /* bytes inflated so far, against ZIPREAD_MAX_TOTAL */
};

/* Checks every entry of the central directory against the limits; 0 when
 * all keep to them. Sizes there are only claims: zipread_get checks again
 * while inflating. */
static int check_entries(zip_t *zip, const char *shown)
{
	zip_int64_t n = zip_get_num_entries(zip, 0);
	uint64_t total = 0;
	if (n < 0 || n > ZIPREAD_MAX_ENTRIES) {
		msg_at(
		    D_OFFICE, shown, 0, 0,
		    "het bestand bevat meer dan %d onderdelen; sla het opnieuw op in Word of Excel",
		    ZIPREAD_MAX_ENTRIES);
		return -1;
	}
	for (zip_int64_t i = 0; i < n; i++) {
		zip_stat_t st;
		zip_stat_init(&st);
		if (zip_stat_index(zip, (zip_uint64_t)i, 0, &st) != 0 ||
		    !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE)) {
			msg_at(D_OFFICE, shown, 0, 0,
			       "onderdeel %lld van het zip-archief is onleesbaar",
			       (long long)i + 1);
			return -1;
		}
		total += st.size;
		if (st.size > FILES_MAX_INPUT || total > ZIPREAD_MAX_TOTAL) {
			msg_at(D_OFFICE, shown, 0, 0,
			       "uitgepakt is het bestand groter dan %u bytes (onderdeel \"%s\"); "
			       "splits het document",
			       st.size > FILES_MAX_INPUT ? FILES_MAX_INPUT : ZIPREAD_MAX_TOTAL,
			       st.name ? st.name : "?");
			return -1;
		}
		if (st.size >= ZIPREAD_RATIO_FROM &&
		    st.size / (st.comp_size ? st.comp_size : 1) > ZIPREAD_MAX_RATIO) {
			msg_at(D_OFFICE, shown, 0, 0,
			       "onderdeel \"%s\" is meer dan %d keer gecomprimeerd; zo'n bestand "
			       "(een zip-bom) wordt niet uitgepakt",
			       st.name ? st.name : "?", ZIPREAD_MAX_RATIO);
			return -1;
		}
	}
	return 0;
}

struct zipread *zipread_open(const char *data, size_t len, const char *shown)
{
	zip_error_t err;
	zip_source_t *src;
	zip_t *zip;
	struct zipread *z;

	zip_error_init(&err);
	src = zip_source_buffer_create(data, len, 0, &err);
	zip = src != NULL ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : NULL;
	if (zip == NULL) {
		if (src != NULL)
			zip_source_free(src);
		zip_error_fini(&err);
		msg_at(D_OFFICE, shown, 0, 0,
		       "geen geldig Office-bestand (geen zip-archief); sla het opnieuw op als "
		       "Word-document (.docx) of "
		       "Excel-werkmap (.xlsx)");
		return NULL;
	}
	zip_error_fini(&err);
	if (check_entries(zip, shown) != 0) {
		zip_discard(zip);
		return NULL;
	}
	z = xcalloc(1, sizeof *z);
	z->zip = zip;
	z->shown = shown;
	return z;
}

char *zipread_get(struct zipread *z, const char *name, int required, size_t *len)
{
	zip_stat_t st;
	zip_file_t *f;
	char *buf;
	zip_int64_t got;
	zip_int64_t idx = zip_name_locate(z->zip, name, 0);

	if (idx < 0) {
		if (required)
			msg_at(D_OFFICE, z->shown, 0, 0,
			       "onderdeel \"%s\" ontbreekt; sla het bestand opnieuw op in Word of "
			       "Excel",
			       name);
		return NULL;
	}
	zip_stat_init(&st);
	if (zip_stat_index(z->zip, (zip_uint64_t)idx, 0, &st) != 0 ||
	    (f = zip_fopen_index(z->zip, (zip_uint64_t)idx, 0)) == NULL) {
		msg_at(D_OFFICE, z->shown, 0, 0, "onderdeel \"%s\" kan niet worden uitgepakt",
		       name);
		return NULL;
	}
	/* one byte more than claimed: a part that inflates further is refused */
	buf = xmalloc((size_t)st.size + 2);
	got = zip_fread(f, buf, st.size + 1);
	zip_fclose(f);
	z->inflated += got > 0 ? (uint64_t)got : 0;
	if (got < 0 || (zip_uint64_t)got != st.size || z->inflated > ZIPREAD_MAX_TOTAL) {
		msg_at(
		    D_OFFICE, z->shown, 0, 0,
		    "onderdeel \"%s\" is beschadigd (uitgepakte grootte of controlesom klopt niet)",
		    name);
		free(buf);
		return NULL;
	}
	buf[got] = '\0';
	*len = (size_t)got;
	return buf;
}

int zipread_has(struct zipread *z, const char *name)
{
	return zip_name_locate(z->zip, name, 0) >= 0;
}

void zipread_close(struct zipread *z)
{
	if (z == NULL)
		return;
	zip_discard(z->zip);
	free(z);
}
