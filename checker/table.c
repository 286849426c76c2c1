// SPDX-License-Identifier: GPL-2.0-only
/*
 * Small tables: growable arrays, pointer sets, and stable copies of
 * identifier names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p) {
		fprintf(stderr, "mncheck: out of memory\n");
		exit(1);
	}
	return p;
}

void *grow_array(void *array, int *max, int nr, size_t size)
{
	int old = *max, want;

	if (nr < old)
		return array;
	want = old ? old : 16;
	while (want <= nr)
		want *= 2;
	array = xrealloc(array, (size_t)want * size);
	memset((char *)array + (size_t)old * size, 0, (size_t)(want - old) * size);
	*max = want;
	return array;
}

/* Pointer sets: open addressing, grown at half full. */

static unsigned int ptr_hash(void *ptr, unsigned int size)
{
	unsigned long x = (unsigned long)ptr;

	x ^= x >> 17;
	x *= 0x9e3779b97f4a7c15UL;
	return (x >> 32) & (size - 1);
}

static void ptr_set_grow(struct ptr_set *set)
{
	struct ptr_set bigger = { 0 };
	unsigned int i;

	bigger.size = set->size ? set->size * 2 : 64;
	bigger.slot = calloc(bigger.size, sizeof(void *));
	if (!bigger.slot) {
		fprintf(stderr, "mncheck: out of memory\n");
		exit(1);
	}
	for (i = 0; i < set->size; i++)
		if (set->slot[i])
			ptr_set_add(&bigger, set->slot[i]);
	free(set->slot);
	*set = bigger;
}

bool ptr_set_add(struct ptr_set *set, void *ptr)
{
	unsigned int i;

	if (!ptr)
		return false;
	if ((set->used + 1) * 2 > set->size)
		ptr_set_grow(set);
	for (i = ptr_hash(ptr, set->size); set->slot[i]; i = (i + 1) & (set->size - 1))
		if (set->slot[i] == ptr)
			return false;
	set->slot[i] = ptr;
	set->used++;
	return true;
}

bool ptr_set_has(const struct ptr_set *set, void *ptr)
{
	unsigned int i;

	if (!set->size || !ptr)
		return false;
	for (i = ptr_hash(ptr, set->size); set->slot[i]; i = (i + 1) & (set->size - 1))
		if (set->slot[i] == ptr)
			return true;
	return false;
}

void ptr_set_clear(struct ptr_set *set)
{
	free(set->slot);
	set->slot = NULL;
	set->size = set->used = 0;
}

/*
 * sparse's ident_str() reuses four static buffers: a message naming five
 * identifiers would print garbage.  ident_str() keeps one copy per ident.
 */
struct ident_copy {
	const struct ident *ident;
	char *str;
};

static struct ident_copy *ident_copies;
static unsigned int nr_ident_copies, size_ident_copies;

static void ident_copies_grow(void)
{
	struct ident_copy *old = ident_copies;
	unsigned int i, j, old_size = size_ident_copies;

	size_ident_copies = old_size ? old_size * 2 : 256;
	ident_copies = calloc(size_ident_copies, sizeof(*ident_copies));
	if (!ident_copies) {
		fprintf(stderr, "mncheck: out of memory\n");
		exit(1);
	}
	for (i = 0; i < old_size; i++) {
		if (!old[i].ident)
			continue;
		j = ptr_hash((void *)old[i].ident, size_ident_copies);
		while (ident_copies[j].ident)
			j = (j + 1) & (size_ident_copies - 1);
		ident_copies[j] = old[i];
	}
	free(old);
}

const char *ident_str(const struct ident *ident)
{
	unsigned int i;
	char *s;

	if (!ident)
		return "?";
	if ((nr_ident_copies + 1) * 2 > size_ident_copies)
		ident_copies_grow();
	i = ptr_hash((void *)ident, size_ident_copies);
	for (; ident_copies[i].ident; i = (i + 1) & (size_ident_copies - 1))
		if (ident_copies[i].ident == ident)
			return ident_copies[i].str;
	s = malloc(ident->len + 1);
	if (!s) {
		fprintf(stderr, "mncheck: out of memory\n");
		exit(1);
	}
	memcpy(s, ident->name, ident->len);
	s[ident->len] = '\0';
	ident_copies[i].ident = ident;
	ident_copies[i].str = s;
	nr_ident_copies++;
	return s;
}
