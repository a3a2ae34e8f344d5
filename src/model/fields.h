/* The fields a template may name as {placeholder} or in <als veld="...">:
 * their names, where they are valid (the whole report, or inside
 * <elk lijst="...">) and their type, which decides the formatting
 * directives ({rapport.datum|datum-kort}) that apply. One table, read by
 * the template loader (to refuse unknown names at file:line) and by the
 * formatter (to print them). */
#ifndef VG_FIELDS_H
#define VG_FIELDS_H
#include <stddef.h>

/* Where a field is valid: the report, or one item of a list. */
enum field_scope {
	SCOPE_REPORT,
	SCOPE_INDICATOR,   /* <elk lijst="indicatoren"> */
	SCOPE_PARTNER,     /* <elk lijst="netwerkpartners"> */
	SCOPE_PRESTATIE,   /* <elk lijst="prestaties"> */
	SCOPE_BIJLAGE,     /* <elk lijst="bijlagen"> */
	SCOPE_MAX
};

enum field_type {
	FT_TEXT,   /* as written */
	FT_DATE,   /* 14 april 2022 */
	FT_PERIOD, /* eerste kwartaal 2022 */
	FT_VALUE,  /* a measured figure: 7.400, 12,5 */
	FT_MONEY,  /* euros: € 60.000 */
	FT_COUNT,  /* a whole number: 4 */
	FT_PAGE,   /* {pagina}, {paginas}: running texts only */
};

struct field_def {
	const char *name;
	enum field_scope scope;
	enum field_type type;
};

extern const struct field_def field_defs[];   /* terminated by a NULL name */
extern const char *const scope_list_name[SCOPE_MAX]; /* "indicatoren", ... ("" for the report) */

/* Formatting directives after a '|': which types each applies to. */
struct field_directive {
	const char *name;
	unsigned types; /* bit (1u << FT_...) per type */
};
extern const struct field_directive field_directives[]; /* NULL-terminated */

/* The field named `name` (len bytes) valid in `scope` (report fields are
 * valid everywhere), or NULL. */
const struct field_def *field_find(const char *name, size_t len, enum field_scope scope);
/* The directive `name` (len bytes), or NULL. */
const struct field_directive *directive_find(const char *name, size_t len);

#endif
