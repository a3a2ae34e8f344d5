/* Dutch hyphenation with the Liang patterns of the hyphen-nl dictionary
 * (/usr/share/hyphen/hyph_nl_NL.dic, ISO-8859-1), read by our own matcher;
 * it gives the break points libhyphen gave, without its startup cost. */
#ifndef VG_HYPHENATE_H
#define VG_HYPHENATE_H
#include <stddef.h>

struct hyphenator;

/* Loads a dictionary; NULL (with a message through msg()) when it cannot. */
struct hyphenator *hyphenator_load(const char *dic_path);
void hyphenator_free(struct hyphenator *h);

/* Finds the allowed break points of one word (UTF-8, letters only, as it
 * appears in running text, possibly capitalised). Writes into points[] the
 * byte offsets into `word` after which a hyphen may be inserted (the length
 * of the part before the hyphen, always at a code point boundary), in
 * increasing order, and returns how many (at most maxpoints). Returns 0 for
 * words it cannot hyphenate (too short, characters outside ISO-8859-1
 * except the ligature U+0133 "ĳ", digits). Never breaks so that fewer than
 * 2 letters remain on either side. Thread-compatible, no global state. */
size_t hyphenate(const struct hyphenator *h, const char *word, size_t len, size_t *points,
                 size_t maxpoints);

#endif
