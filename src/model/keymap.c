#include "keymap.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "../util/arena.h"

struct slot {
	const char *key; /* NULL: empty */
	size_t value;
	uint32_t hash;
};

struct keymap {
	struct slot *slots;
	size_t mask; /* size - 1, a power of two at least twice the room */
	int fold;
};

static uint32_t hash(const char *s, int fold)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (fold && c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		h = (h ^ c) * 16777619u;
	}
	return h;
}

struct keymap *keymap_new(struct arena *a, size_t cap, int fold)
{
	struct keymap *m = arena_alloc(a, sizeof *m);
	size_t size = 16;
	while (size < 2 * cap + 2)
		size *= 2;
	m->slots = arena_array(a, size, sizeof *m->slots);
	m->mask = size - 1;
	m->fold = fold;
	return m;
}

void keymap_add(struct keymap *m, const char *key, size_t value)
{
	uint32_t h = hash(key, m->fold);
	size_t i = h & m->mask;
	while (m->slots[i].key != NULL) /* at most half full: always ends */
		i = (i + 1) & m->mask;
	m->slots[i] = (struct slot){key, value, h};
}

size_t keymap_next(const struct keymap *m, const char *key, size_t *cursor)
{
	uint32_t h = hash(key, m->fold);
	/* the cursor counts the slots probed so far */
	for (size_t i = (h + *cursor) & m->mask; m->slots[i].key != NULL; i = (i + 1) & m->mask) {
		(*cursor)++;
		if (m->slots[i].hash == h &&
		    (m->fold ? strcasecmp(m->slots[i].key, key) : strcmp(m->slots[i].key, key)) == 0)
			return m->slots[i].value;
	}
	return (size_t)-1;
}
