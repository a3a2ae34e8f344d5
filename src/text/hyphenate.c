/* Dutch hyphenation: Liang's pattern method over the hyphen-nl dictionary.
 * The patterns go into one hash table that also holds every proper prefix
 * of a pattern, so that the walk along a word from each start position stops
 * at the first miss; letters and digit vectors live in one arena. Loading
 * the 116 KB dictionary takes about a millisecond, several times less than
 * libhyphen took, with a fraction of its memory.
 *
 * The break points are those libhyphen gave: libhyphen applies only the
 * longest pattern (or prefix) ending at each letter, which equals Liang's
 * method for hyph_nl_NL.dic because its patterns come preprocessed: each
 * already holds the digits of the patterns inside it. For a dictionary
 * without that step we follow Liang (and TeX), not libhyphen. */
#include "hyphenate.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/diag.h"
#include "../util/utf8.h"
#include "../util/readall.h"
#include "../util/readset.h"
#include "../util/xalloc.h"

/* Longest word we hyphenate, in dictionary (ISO-8859-1) bytes; longer
 * "words" are URLs or garbage and are left whole. */
#define HYPH_MAX_WORD 128
/* Letters that must remain on either side of a break (at least). */
#define HYPH_MIN_SIDE 2
/* Longest pattern, in letters with its '.' word boundaries; the Dutch
 * patterns have at most 8. Longer lines are skipped. */
#define HYPH_MAX_PATTERN 32
/* Largest dictionary file we read (hyph_nl_NL.dic has 116 KB); this also
 * bounds the table (a few bytes per letter). */
#define HYPH_MAX_FILE ((size_t)4 << 20)
/* The only encoding we read: hyphenate() looks patterns up in ISO-8859-1. */
#define HYPH_ENCODING "ISO8859-1"

/* A slot of the hash table, 0 when empty, holds a key: a pattern (with
 * len + 1 digits after its letters) or only a proper prefix of one. Four
 * bytes: the offset of its letters in the arena (prefixes share those of
 * their pattern), its length and the pattern bit. */
#define SLOT(off, len, pattern) ((uint32_t)(off) << 8 | (uint32_t)(len) << 1 | (uint32_t)(pattern))
#define SLOT_OFF(s)             ((s) >> 8)
#define SLOT_LEN(s)             (((s) >> 1) & 0x7F)
#define SLOT_PATTERN(s)         ((s) & 1)
_Static_assert(2 * HYPH_MAX_FILE + 2 < ((size_t)1 << 24) && HYPH_MAX_PATTERN < 128,
               "an arena offset and a key length fit in a slot");

struct hyphenator {
	unsigned char *text; /* arena: per pattern its letters, then its digits */
	size_t text_len;     /* bytes used in text */
	uint32_t *slot;      /* open addressing with linear probing, see SLOT() */
	size_t mask;         /* number of slots - 1 (a power of two) */
	size_t used;         /* slots in use, at most 3/4 of them */
	size_t left_min;     /* letters kept before a break (LEFTHYPHENMIN) */
	size_t right_min;    /* letters kept after a break (RIGHTHYPHENMIN) */
};

/* A word converted to the dictionary's encoding, with the way back. */
struct latin_word {
	char text[HYPH_MAX_WORD + 1];  /* lowercase ISO-8859-1, NUL-terminated */
	size_t len;                    /* bytes in text */
	size_t end[HYPH_MAX_WORD];     /* per byte: UTF-8 offset just after its code point */
	unsigned char last[HYPH_MAX_WORD]; /* per byte: 1 when it ends its code point */
};

/* FNV-1a, one byte at a time, so that a walk extends its key's hash. */
#define HASH_SEED 2166136261u
static uint32_t hash_step(uint32_t hash, unsigned char c)
{
	return (hash ^ c) * 16777619u;
}

/* The slot holding key[0..len) (whose hash is `hash`), or the empty slot
 * where it belongs. The table always has empty slots, so this ends. */
static uint32_t *slot_find(const struct hyphenator *h, const unsigned char *key, size_t len,
                           uint32_t hash)
{
	size_t i = (hash ^ (hash >> 15)) & h->mask;
	uint32_t *s;

	for (;; i = (i + 1) & h->mask) {
		s = &h->slot[i];
		if (*s == 0 ||
		    (SLOT_LEN(*s) == len && memcmp(h->text + SLOT_OFF(*s), key, len) == 0))
			return s;
	}
}

/* Doubles the table and puts every key in again. */
static void table_grow(struct hyphenator *h)
{
	uint32_t *old = h->slot, hash;
	size_t n = h->mask + 1, i, k;
	const unsigned char *key;

	h->slot = xcalloc(2 * n, sizeof *h->slot);
	h->mask = 2 * n - 1;
	for (i = 0; i < n; i++) {
		if (old[i] == 0)
			continue;
		key = h->text + SLOT_OFF(old[i]);
		for (hash = HASH_SEED, k = 0; k < SLOT_LEN(old[i]); k++)
			hash = hash_step(hash, key[k]);
		*slot_find(h, key, SLOT_LEN(old[i]), hash) = old[i];
	}
	free(old);
}

/* Adds the pattern stored at text + off (len letters, then digits) and its
 * proper prefixes. A pattern given twice keeps the later digits, like
 * libhyphen. The prefixes of a key already present are present too, so the
 * prefixes are added longest first until one is found. */
static void table_add(struct hyphenator *h, size_t off, size_t len)
{
	const unsigned char *key = h->text + off;
	uint32_t hash[HYPH_MAX_PATTERN + 1], *s;
	size_t k;

	while ((h->used + len) * 4 > (h->mask + 1) * 3)
		table_grow(h);
	for (hash[0] = HASH_SEED, k = 1; k <= len; k++)
		hash[k] = hash_step(hash[k - 1], key[k - 1]);
	for (k = len; k > 0; k--) {
		s = slot_find(h, key, k, hash[k]);
		if (*s != 0 && k < len)
			break;
		h->used += *s == 0;
		*s = SLOT(off, k, k == len);
	}
}

/* True for the letters hyphenate() can hand over: a-z and the lowercase
 * ISO-8859-1 letters (see latin_lower), and '.' for a word boundary. */
static int pattern_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c != 0xF7) || c == '.';
}

/* Parses a pattern line such as ".aan5" or "a4c2ht" into out[]: its
 * letters, then the digit before each letter and after the last (the last
 * digit given wins, like libhyphen); out[] has room for 2 * n + 1 bytes.
 * Returns the number of letters, or 0 for a line that is no usable pattern:
 * other characters, a '.' inside, no letter, more than HYPH_MAX_PATTERN. */
static size_t parse_pattern(const unsigned char *line, size_t n, unsigned char *out)
{
	size_t len = 0, i, k = 0, dots;
	unsigned char *digit;

	for (i = 0; i < n; i++)
		len += line[i] < '0' || line[i] > '9';
	if (len == 0 || len > HYPH_MAX_PATTERN)
		return 0;
	digit = out + len;
	digit[0] = 0;
	for (i = 0; i < n; i++) {
		if (line[i] >= '0' && line[i] <= '9') {
			digit[k] = (unsigned char)(line[i] - '0');
			continue;
		}
		if (!pattern_letter(line[i]) || (line[i] == '.' && k != 0 && k != len - 1))
			return 0; /* not a letter, or a word boundary inside a word */
		out[k++] = line[i];
		digit[k] = 0;
	}
	dots = (out[0] == '.') + (len > 1 && out[len - 1] == '.');
	return len > dots ? len : 0;
}

/* "LEFTHYPHENMIN 3" and "RIGHTHYPHENMIN 3" raise the letters kept on a
 * side, as in libhyphen (never below 2). Other keywords (NEXTLEVEL,
 * NOHYPHEN, COMPOUND...) are ignored; hyph_nl_NL.dic has none. */
static void parse_keyword(struct hyphenator *h, const unsigned char *line, size_t n)
{
	static const char left[] = "LEFTHYPHENMIN", right[] = "RIGHTHYPHENMIN";
	size_t *side = NULL, v = 0, i = 0;

	if (n > sizeof left - 1 && memcmp(line, left, sizeof left - 1) == 0)
		side = &h->left_min, i = sizeof left - 1;
	else if (n > sizeof right - 1 && memcmp(line, right, sizeof right - 1) == 0)
		side = &h->right_min, i = sizeof right - 1;
	if (side == NULL)
		return;
	while (i < n && (line[i] == ' ' || line[i] == '\t'))
		i++;
	for (; i < n && line[i] >= '0' && line[i] <= '9' && v <= HYPH_MAX_WORD; i++)
		v = v * 10 + (size_t)(line[i] - '0');
	*side = v > HYPH_MIN_SIDE ? v : HYPH_MIN_SIDE; /* the last one counts */
}

/* Finds the next line of data[*pos..size) and its length without the line
 * end (LF or CR LF) and trailing blanks. Returns 0 at the end of the data. */
static int next_line(const unsigned char *data, size_t size, size_t *pos,
                     const unsigned char **line, size_t *len)
{
	const unsigned char *nl, *s = data + *pos;
	size_t n;

	if (*pos >= size)
		return 0;
	nl = memchr(s, '\n', size - *pos);
	n = nl ? (size_t)(nl - s) : size - *pos;
	*pos += nl ? n + 1 : n;
	while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	*line = s;
	*len = n;
	return 1;
}

/* Builds a hyphenator from a dictionary's text: the encoding on the first
 * line, then one pattern per line; empty lines, '%' comments and lines that
 * are no pattern are skipped. Returns NULL for another encoding or when no
 * pattern is left. */
static struct hyphenator *parse_dictionary(const unsigned char *data, size_t size)
{
	const unsigned char *line;
	size_t pos = 0, n, slots = 64, cap, len, patterns = 0;
	struct hyphenator *h;

	if (!next_line(data, size, &pos, &line, &n) || n != strlen(HYPH_ENCODING) ||
	    memcmp(line, HYPH_ENCODING, n) != 0)
		return NULL;
	/* about one key per 5 bytes of patterns with 3/4 of the slots in use
	 * at most; the table grows when that is not enough */
	while (slots < size / 4 && slots < ((size_t)1 << 20))
		slots *= 2;
	h = xcalloc(1, sizeof *h);
	h->slot = xcalloc(slots, sizeof *h->slot);
	h->mask = slots - 1;
	h->left_min = h->right_min = HYPH_MIN_SIDE;
	/* a pattern of k letters takes 2k + 1 bytes from a line of at least
	 * k bytes (k + 1 with its line end), so this is enough */
	cap = 2 * size + 2;
	h->text = xmalloc(cap);
	while (next_line(data, size, &pos, &line, &n)) {
		if (n == 0 || line[0] == '%')
			continue;
		if (line[0] >= 'A' && line[0] <= 'Z') {
			parse_keyword(h, line, n);
			continue;
		}
		if (h->text_len + 2 * n + 1 > cap)
			break; /* cannot happen (see cap) */
		if ((len = parse_pattern(line, n, h->text + h->text_len)) == 0)
			continue;
		table_add(h, h->text_len, len);
		h->text_len += 2 * len + 1;
		patterns++;
	}
	if (patterns == 0) {
		hyphenator_free(h);
		return NULL;
	}
	h->text = xrealloc(h->text, h->text_len);
	return h;
}

/* Opens the file ourselves so that a missing dictionary is reported with
 * the system's reason. */
struct hyphenator *hyphenator_load(const char *dic_path)
{
	struct hyphenator *h = NULL;
	unsigned char *data;
	size_t size = 0;
	FILE *fp;

	if ((fp = fopen(dic_path, "rb")) == NULL) {
		msg(D_HYPHEN, &(struct diag_loc){.file = dic_path},
		    "het afbreekwoordenboek kan niet worden geopend: %s; de tekst wordt niet afgebroken "
		    "(installeer het pakket hyphen-nl)",
		    diag_strerror(errno));
		return NULL;
	}
	readset_add_fd(fileno(fp));
	if ((data = read_all(fp, HYPH_MAX_FILE - 1, &size)) != NULL) /* under 4 MiB */
		h = parse_dictionary(data, size);
	free(data);
	fclose(fp);
	if (h == NULL)
		msg(D_HYPHEN, &(struct diag_loc){.file = dic_path},
		    "het afbreekwoordenboek kan niet worden gelezen; de tekst wordt niet afgebroken "
		    "(installeer het pakket hyphen-nl opnieuw)");
	return h;
}

void hyphenator_free(struct hyphenator *h)
{
	if (h == NULL)
		return;
	free(h->slot);
	free(h->text);
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

/* Liang: every pattern found in ".word." votes with its digits on the gaps
 * it spans, and the highest vote counts. vote[p] is the gap before letter p
 * of ".word.", so the gap after byte i of the word is vote[i + 2]. */
static void liang_votes(const struct hyphenator *h, const struct latin_word *w, unsigned char *vote)
{
	unsigned char t[HYPH_MAX_WORD + 2];
	const unsigned char *d;
	uint32_t s, hash;
	size_t n = w->len + 2, b, e, k;

	t[0] = '.';
	memcpy(t + 1, w->text, w->len);
	t[n - 1] = '.';
	memset(vote, 0, n + 1);
	for (b = 0; b < n; b++) {
		for (hash = HASH_SEED, e = b; e < n; e++) {
			hash = hash_step(hash, t[e]);
			s = *slot_find(h, t + b, e - b + 1, hash);
			if (s == 0)
				break; /* no pattern starts with t[b..e] */
			if (!SLOT_PATTERN(s))
				continue;
			for (d = h->text + SLOT_OFF(s) + SLOT_LEN(s), k = 0; k <= SLOT_LEN(s); k++)
				if (vote[b + k] < d[k])
					vote[b + k] = d[k];
		}
	}
}

/* Collects the break points (odd votes), mapped back to UTF-8 offsets.
 * Breaks inside "ij" from U+0133 are skipped. Returns how many points were
 * written. */
static size_t collect_points(const struct hyphenator *h, const struct latin_word *w,
                             const unsigned char *vote, size_t *points, size_t maxpoints)
{
	size_t i, n = 0;

	for (i = h->left_min - 1; i + h->right_min < w->len && n < maxpoints; i++)
		if ((vote[i + 2] & 1) != 0 && w->last[i])
			points[n++] = w->end[i];
	return n;
}

size_t hyphenate(const struct hyphenator *h, const char *word, size_t len, size_t *points,
                 size_t maxpoints)
{
	struct latin_word w;
	unsigned char vote[HYPH_MAX_WORD + 3];

	if (h == NULL || maxpoints == 0 || latin_from_utf8(&w, word, len) != 0)
		return 0;
	if (w.len < h->left_min + h->right_min)
		return 0;
	liang_votes(h, &w, vote);
	return collect_points(h, &w, vote, points, maxpoints);
}
