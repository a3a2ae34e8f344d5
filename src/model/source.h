/* Provenance: the files a document was made from, each with its SHA-256,
 * so an archived report says where its numbers came from. */
#ifndef VG_SOURCE_H
#define VG_SOURCE_H
#include <stddef.h>

/* XMP namespace of the provenance properties (vg:Gereedschap,
 * vg:Sjabloon, vg:Invoer) that the PDF device writes and verifieer reads. */
#define XMP_NS_HERKOMST "urn:voortgang:herkomst:1/"

/* One input file: the report JSON, a Markdown narrative, a CSV import. */
struct source_file {
	const char *path;  /* as the user named it ("data/teksten/x.md") */
	char sha256[65];   /* lowercase hex digest of the bytes read */
};

/* What an archived report says of its own making (read back from it). */
struct provenance {
	const char *tool;          /* "voortgang 0.1.0"; NULL when not stated */
	const char *template_id;   /* "voortgangsrapportage 1.0"; NULL when none */
	struct source_file *files; /* the inputs, in the order they were read */
	size_t nfiles;
};

#endif
