/* Diagnostics: one function reports every problem, in one format:
 *   voortgang: data/ms.json:12:7: fout: ...          (syntax, with position)
 *   voortgang: data/ms.json: $.opgave.fase: fout: ... (semantic, JSON path)
 * Levels follow mandoc: opmerking < waarschuwing < fout; two more levels
 * outrank them for the exit status: usage errors and system errors. */
#ifndef VG_DIAG_H
#define VG_DIAG_H
#include <stdio.h>

enum diag_level {
	LEVEL_OK,           /* nothing reported */
	LEVEL_OPMERKING,    /* remark: report is fine */
	LEVEL_WAARSCHUWING, /* warning: report is rendered */
	LEVEL_FOUT,         /* input error: nothing is written (exit 1) */
	LEVEL_GEBRUIK,      /* usage error (exit 2) */
	LEVEL_SYSTEEM,      /* I/O or internal error (exit 3) */
	LEVEL_MAX
};

enum diag_code {
#define X(code, level, name, text) code,
#include "diag_codes.h"
#undef X
	DIAG_MAX
};

/* Where a problem is: a file, and either a line/column or a JSON path. */
struct diag_loc {
	const char *file; /* as the user named it; NULL when none */
	int line;         /* 1-based, 0 when unknown */
	int col;          /* 1-based, 0 when unknown */
	const char *path; /* JSON path like $.opgave.fase, or NULL */
};

/* Reports one problem; the level comes from the code's table entry. */
void msg(enum diag_code code, const struct diag_loc *loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Shorthands for the two common location kinds. */
void msg_at(enum diag_code code, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void msg_path(enum diag_code code, const char *file, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Where the values of a file's JSON paths really came from when they were
 * not typed in that file (a workbook's cells). */
struct diag_origin {
	const char *path;  /* "$.kaders_en_randvoorwaarden.middelen.posten[2].begroot[1]" */
	const char *where; /* "cijfers.xlsx, blad Middelen, cel F4" */
};

/* From now on msg_path() for `file` names the `where` of the nearest
 * registered path (the path itself, or the row it belongs to) instead of
 * the JSON path. `o` is sorted by path (strcmp) and must stay valid until
 * diag_drop_origins(file). */
void diag_add_origins(const char *file, const struct diag_origin *o, size_t n);
void diag_drop_origins(const char *file);

enum diag_level diag_level_of(enum diag_code code);
const char *diag_name(enum diag_code code);
const char *diag_text(enum diag_code code);
const char *diag_level_name(enum diag_level level);

/* The file named by messages that give no location (e.g. from layout). */
void diag_set_file(const char *file);
/* Worst level since the last diag_reset(); counts per level. */
enum diag_level diag_worst(void);
unsigned diag_count(enum diag_level level);
void diag_reset(void);
/* Where messages go (stderr by default); minimum level printed. */
void diag_set_stream(FILE *fp);
void diag_set_min_level(enum diag_level level);
/* True when messages of this level are printed (not only counted). */
int diag_shows(enum diag_level level);
/* Dutch text for an errno value (strerror speaks the C locale's English). */
const char *diag_strerror(int errnum);
/* Exit status for a worst level: 0 ok, 1 input error, 2 usage, 3 system. */
int diag_exit_status(enum diag_level worst);
/* Folds a worker process's exit status into the worst level. */
void diag_note_exit(int status);

#endif
