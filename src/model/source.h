/* Provenance: the files a document was made from, each with its SHA-256,
 * so an archived report says where its numbers came from. */
#ifndef VG_SOURCE_H
#define VG_SOURCE_H

/* One input file: the report JSON, a Markdown narrative, a CSV import. */
struct source_file {
	const char *path;  /* as the user named it ("data/teksten/x.md") */
	char sha256[65];   /* lowercase hex digest of the bytes read */
};

#endif
