#include "diag.h"
#include "escape.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct diag_entry {
	enum diag_level level; /* how bad */
	const char *name;      /* short stable name, listed in the man page */
	const char *text;      /* explanation for the man page */
};

static const struct diag_entry diag_table[DIAG_MAX] = {
#define X(code, level, name, text) [code] = {LEVEL_##level, name, text},
#include "diag_codes.h"
#undef X
};

static const char *const level_names[LEVEL_MAX] = {
    [LEVEL_OK] = "ok",
    [LEVEL_OPMERKING] = "opmerking",
    [LEVEL_WAARSCHUWING] = "waarschuwing",
    [LEVEL_FOUT] = "fout",
    [LEVEL_GEBRUIK] = "fout",
    [LEVEL_SYSTEEM] = "fout",
};

static FILE *diag_stream;              /* NULL means stderr */
static const char *default_file;       /* for messages without a location */
static enum diag_level min_level;      /* lower levels are counted, not printed */
static enum diag_level worst;          /* worst level since reset */
static unsigned counts[LEVEL_MAX];     /* messages per level since reset */

enum diag_level diag_level_of(enum diag_code code)
{
	return code < DIAG_MAX ? diag_table[code].level : LEVEL_SYSTEEM;
}

const char *diag_name(enum diag_code code)
{
	return code < DIAG_MAX ? diag_table[code].name : "?";
}

const char *diag_text(enum diag_code code)
{
	return code < DIAG_MAX ? diag_table[code].text : "?";
}

const char *diag_level_name(enum diag_level level)
{
	return level < LEVEL_MAX ? level_names[level] : "?";
}

static void vmsg(enum diag_code code, const struct diag_loc *loc, const char *fmt, va_list ap)
{
	enum diag_level level = diag_level_of(code);
	FILE *fp = diag_stream != NULL ? diag_stream : stderr;

	counts[level]++;
	if (level > worst)
		worst = level;
	if (level < min_level)
		return;
	{
		/* one write per message, so parallel workers never mix lines */
		char head[1024], small[4096], *line = small;
		size_t h = 0, len;
		int body;
		va_list copy;
#define PUT(...) (h += (size_t)snprintf(head + h, h < sizeof head ? sizeof head - h : 0, __VA_ARGS__))
		PUT("voortgang: ");
		if (loc == NULL && default_file != NULL) {
			PUT("%s: ", default_file);
		} else if (loc != NULL && loc->file != NULL) {
			PUT("%s", loc->file);
			if (loc->line > 0)
				PUT(":%d", loc->line);
			if (loc->line > 0 && loc->col > 0)
				PUT(":%d", loc->col);
			PUT(": ");
		}
		if (loc != NULL && loc->path != NULL)
			PUT("%s: ", loc->path);
		PUT("%s: ", level_names[level]);
#undef PUT
		if (h >= sizeof head)
			h = sizeof head - 1; /* a path of a kilobyte: cut */
		va_copy(copy, ap);
		body = vsnprintf(NULL, 0, fmt, copy);
		va_end(copy);
		len = h + (body > 0 ? (size_t)body : 0) + 1;
		if (len + 1 > sizeof small && (line = malloc(len + 1)) == NULL)
			line = small, len = sizeof small - 1; /* no memory: the message, cut */
		memcpy(line, head, h);
		if (body > 0)
			vsnprintf(line + h, len - h, fmt, ap);
		line[len - 1] = '\n';
		if (escape_needed(line, len - 1)) { /* ESC, BEL, a newline from the input: shown, not obeyed */
			char *esc = malloc(ESCAPE_MAX_GROWTH * len + 1);
			if (esc != NULL) {
				size_t n = escape_ctl(esc, line, len - 1);
				esc[n++] = '\n';
				if (line != small)
					free(line);
				line = esc;
				len = n;
			}
		}
		fwrite(line, 1, len, fp);
		fflush(fp);
		if (line != small)
			free(line);
	}
}

void msg(enum diag_code code, const struct diag_loc *loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(code, loc, fmt, ap);
	va_end(ap);
}

void msg_at(enum diag_code code, const char *file, int line, int col, const char *fmt, ...)
{
	struct diag_loc loc = {file, line, col, NULL};
	va_list ap;
	va_start(ap, fmt);
	vmsg(code, &loc, fmt, ap);
	va_end(ap);
}

/* Registered origins, one entry per file (a few reports at a time). */
static struct {
	const char *file;
	const struct diag_origin *o;
	size_t n;
} origins[16];

void diag_add_origins(const char *file, const struct diag_origin *o, size_t n)
{
	for (size_t i = 0; i < sizeof origins / sizeof origins[0]; i++)
		if (origins[i].file == NULL) {
			origins[i].file = file;
			origins[i].o = o;
			origins[i].n = n;
			return;
		}
}

void diag_drop_origins(const char *file)
{
	for (size_t i = 0; file != NULL && i < sizeof origins / sizeof origins[0]; i++)
		if (origins[i].file != NULL && strcmp(origins[i].file, file) == 0)
			origins[i].file = NULL;
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct diag_origin *)a)->path, ((const struct diag_origin *)b)->path);
}

/* The registered place of `path` in `file`, trying the path and then each
 * shorter one ("...posten[2].begroot[1]", "...posten[2].begroot",
 * "...posten[2]", ...); `path` itself when none is registered. */
static const char *origin_of(const char *file, const char *path)
{
	char tmp[512];
	size_t len;
	for (size_t i = 0; file != NULL && path != NULL && i < sizeof origins / sizeof origins[0]; i++) {
		if (origins[i].file == NULL || strcmp(origins[i].file, file) != 0 || (len = strlen(path)) >= sizeof tmp)
			continue;
		memcpy(tmp, path, len + 1);
		while (len > 1) {
			struct diag_origin key = {tmp, NULL};
			const struct diag_origin *hit = bsearch(&key, origins[i].o, origins[i].n, sizeof key, by_path);
			if (hit != NULL)
				return hit->where;
			while (len > 1 && tmp[len - 1] != '.' && tmp[len - 1] != '[')
				len--;
			if (len > 1)
				len--;
			tmp[len] = '\0';
		}
	}
	return path;
}

void msg_path(enum diag_code code, const char *file, const char *path, const char *fmt, ...)
{
	struct diag_loc loc = {file, 0, 0, origin_of(file, path)};
	va_list ap;
	va_start(ap, fmt);
	vmsg(code, &loc, fmt, ap);
	va_end(ap);
}

enum diag_level diag_worst(void)
{
	return worst;
}

unsigned diag_count(enum diag_level level)
{
	return level < LEVEL_MAX ? counts[level] : 0;
}

void diag_reset(void)
{
	enum diag_level l;
	worst = LEVEL_OK;
	for (l = LEVEL_OK; l < LEVEL_MAX; l++)
		counts[l] = 0;
}

void diag_set_file(const char *file)
{
	default_file = file;
}

void diag_set_stream(FILE *fp)
{
	diag_stream = fp;
}

int diag_shows(enum diag_level level)
{
	return level >= min_level;
}

void diag_set_min_level(enum diag_level level)
{
	min_level = level;
}

void diag_note_exit(int status)
{
	enum diag_level l = status == 1 ? LEVEL_FOUT : status == 2 ? LEVEL_GEBRUIK : status != 0 ? LEVEL_SYSTEEM : LEVEL_OK;
	if (l > worst)
		worst = l;
}

int diag_exit_status(enum diag_level w)
{
	switch (w) {
	case LEVEL_FOUT:
		return 1;
	case LEVEL_GEBRUIK:
		return 2;
	case LEVEL_SYSTEEM:
		return 3;
	default:
		return 0;
	}
}

const char *diag_strerror(int errnum)
{
	switch (errnum) {
	case ENOENT: return "bestaat niet";
	case EACCES:
	case EPERM: return "geen toegang";
	case EISDIR: return "is een map";
	case ENOTDIR: return "een deel van het pad is geen map";
	case ENOSPC: return "de schijf is vol";
	case EFBIG: return "bestand wordt te groot";
	case EROFS: return "het bestandssysteem is alleen-lezen";
	case ELOOP: return "te veel symbolische koppelingen";
	case ENAMETOOLONG: return "pad is te lang";
	case EMFILE:
	case ENFILE: return "te veel open bestanden";
	case EIO: return "invoer-/uitvoerfout";
	case EPIPE: return "de ontvanger is gesloten";
	case ENOMEM: return "onvoldoende geheugen";
	case EDQUOT: return "schijfquotum overschreden";
	default: return strerror(errnum);
	}
}
