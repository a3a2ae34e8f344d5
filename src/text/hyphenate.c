#include "hyphenate.h"

#include <errno.h>
#include <hyphen.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/diag.h"
#include "../util/utf8.h"
#include "../util/xalloc.h"

/* Longest word we hyphenate, in dictionary (ISO-8859-1) bytes; longer
 * "words" are URLs or garbage and are left whole. */
#define HYPH_MAX_WORD 128
/* Letters that must remain on either side of a break. */
#define HYPH_MIN_SIDE 2

struct hyphenator {
	HyphenDict *dict; /* patterns loaded by libhyphen */
};

/* A word converted to the dictionary's encoding, with the way back. */
struct latin_word {
	char text[HYPH_MAX_WORD + 1];  /* lowercase ISO-8859-1, NUL-terminated */
	size_t len;                    /* bytes in text */
	size_t end[HYPH_MAX_WORD];     /* per byte: UTF-8 offset just after its code point */
	unsigned char last[HYPH_MAX_WORD]; /* per byte: 1 when it ends its code point */
};

/* Opens the file ourselves so that a missing dictionary is reported with
 * the system's reason; libhyphen itself only returns NULL. */
struct hyphenator *hyphenator_load(const char *dic_path)
{
	struct hyphenator *h;
	HyphenDict *dict;
	FILE *fp;

	if ((fp = fopen(dic_path, "r")) == NULL) {
		msg(D_HYPHEN, &(struct diag_loc){.file = dic_path},
		    "het afbreekwoordenboek kan niet worden geopend: %s; de tekst wordt niet afgebroken "
		    "(installeer het pakket hyphen-nl)",
		    diag_strerror(errno));
		return NULL;
	}
	dict = hnj_hyphen_load_file(fp);
	fclose(fp);
	if (dict == NULL) {
		msg(D_HYPHEN, &(struct diag_loc){.file = dic_path},
		    "het afbreekwoordenboek kan niet worden gelezen; de tekst wordt niet afgebroken "
		    "(installeer het pakket hyphen-nl opnieuw)");
		return NULL;
	}
	h = xmalloc(sizeof *h);
	h->dict = dict;
	return h;
}

void hyphenator_free(struct hyphenator *h)
{
	if (h == NULL)
		return;
	hnj_hyphen_free(h->dict);
	free(h);
}

/* Lowercase ISO-8859-1 letter for code point cp, or 0 when cp is not a
 * letter the dictionary knows (digits, punctuation, anything above U+00FF). */
static char latin_lower(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return (char)(cp + 32);
	if (cp >= 'a' && cp <= 'z')
		return (char)cp;
	if (cp < 0xC0 || cp > 0xFF || cp == 0xD7 || cp == 0xF7)
		return 0;
	if (cp <= 0xDE)
		cp += 0x20; /* À-Þ -> à-þ */
	return (char)(unsigned char)cp;
}

/* Appends one dictionary byte that ends at UTF-8 offset `end`. Returns 0,
 * or -1 when the word is too long. */
static int latin_push(struct latin_word *w, char c, size_t end, int last)
{
	if (w->len >= HYPH_MAX_WORD)
		return -1;
	w->text[w->len] = c;
	w->end[w->len] = end;
	w->last[w->len] = (unsigned char)last;
	w->len++;
	return 0;
}

/* Converts a UTF-8 word to lowercase ISO-8859-1, spelling the ligature
 * U+0132/U+0133 as "ij". Returns 0, or -1 when the word holds anything but
 * letters, is invalid UTF-8 or is too long. */
static int latin_from_utf8(struct latin_word *w, const char *word, size_t len)
{
	size_t i = 0, k;
	uint32_t cp;
	char c;

	w->len = 0;
	while (i < len) {
		if ((k = utf8_decode(word + i, len - i, &cp)) == 0)
			return -1;
		i += k;
		if (cp == 0x132 || cp == 0x133) {
			if (latin_push(w, 'i', i, 0) != 0 || latin_push(w, 'j', i, 1) != 0)
				return -1;
			continue;
		}
		if ((c = latin_lower(cp)) == 0 || latin_push(w, c, i, 1) != 0)
			return -1;
	}
	w->text[w->len] = '\0';
	return 0;
}

/* Frees the non-standard hyphenation arrays libhyphen allocated for a word
 * of n bytes. */
static void free_nonstandard(char **rep, int *pos, int *cut, size_t n)
{
	size_t i;

	if (rep != NULL)
		for (i = 0; i < n; i++)
			free(rep[i]);
	free(rep);
	free(pos);
	free(cut);
}

/* Collects the standard break points from libhyphen's odd digits, mapped
 * back to UTF-8 offsets. Breaks with a replacement (rep[i], e.g. Dutch
 * "omaatje" -> "oma-tje") and breaks inside "ij" from U+0133 are skipped.
 * Returns how many points were written. */
static size_t collect_points(const struct latin_word *w, const char *hyph, char **rep,
                             size_t *points, size_t maxpoints)
{
	size_t i, n = 0;

	for (i = HYPH_MIN_SIDE - 1; i + HYPH_MIN_SIDE < w->len && n < maxpoints; i++) {
		if ((hyph[i] & 1) == 0 || !w->last[i])
			continue;
		if (rep != NULL && rep[i] != NULL)
			continue;
		points[n++] = w->end[i];
	}
	return n;
}

size_t hyphenate(const struct hyphenator *h, const char *word, size_t len, size_t *points,
                 size_t maxpoints)
{
	struct latin_word w;
	char hyph[HYPH_MAX_WORD + 5];
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;
	size_t n;

	if (h == NULL || maxpoints == 0 || latin_from_utf8(&w, word, len) != 0)
		return 0;
	if (w.len < 2 * HYPH_MIN_SIDE)
		return 0;
	memset(hyph, 0, sizeof hyph);
	if (hnj_hyphen_hyphenate2(h->dict, w.text, (int)w.len, hyph, NULL, &rep, &pos, &cut) != 0) {
		free_nonstandard(rep, pos, cut, w.len);
		return 0;
	}
	n = collect_points(&w, hyph, rep, points, maxpoints);
	free_nonstandard(rep, pos, cut, w.len);
	return n;
}
