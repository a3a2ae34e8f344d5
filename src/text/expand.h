/* Texts with {placeholders}: "[kenmerk {rapport.kenmerk}]" drops the part
 * in square brackets when a placeholder inside it is empty; outside
 * brackets an empty placeholder prints `absent`. The key passed to lookup
 * is what stands between the braces ("rapport.datum|datum-kort"). */
#ifndef VG_EXPAND_H
#define VG_EXPAND_H

typedef const char *(*expand_lookup_fn)(void *ctx, const char *key);

/* The expanded text, malloc'ed. When `all_empty` is not NULL it is set to
 * 1 when the text has placeholders and every one of them was empty. */
char *text_expand(const char *tpl, expand_lookup_fn lookup, void *ctx, const char *absent, int *all_empty);

#endif
