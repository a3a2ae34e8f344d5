/* A hash map from strings to indices, in an arena: the annual report
 * follows thousands of items through four quarters by name or id, which a
 * linear search made quadratic. Keys are not copied; they must live as
 * long as the map. A key may map to several values. */
#ifndef VG_KEYMAP_H
#define VG_KEYMAP_H
#include <stddef.h>

struct arena;
struct keymap;

/* Room for `cap` entries (never grows); `fold`: compare ASCII letters
 * without regard to case. */
struct keymap *keymap_new(struct arena *a, size_t cap, int fold);
void keymap_add(struct keymap *m, const char *key, size_t value);
/* The values stored under key, one per call, in the order added: start
 * with *cursor = 0; returns (size_t)-1 when there are no more. */
size_t keymap_next(const struct keymap *m, const char *key, size_t *cursor);

#endif
