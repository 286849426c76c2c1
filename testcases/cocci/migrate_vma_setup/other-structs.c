// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: a driver's own copy-engine ops with members named
 * alloc_and_copy and finalize_and_map, a local helper called
 * migrate_vma_range(), and a variable named args: nothing here uses the
 * core migrate_vma() API.
 */
#include <linux/migrate.h>

struct blit_ops {
	int (*alloc_and_copy)(void *ctx, unsigned long npages);
	void (*finalize_and_map)(void *ctx);
};

struct blit_engine {
	const struct blit_ops *ops;
	void *ctx;
};

static int blit_alloc_and_copy(void *ctx, unsigned long npages)
{
	return npages ? 0 : -EINVAL;
}

static void blit_finalize_and_map(void *ctx)
{
}

static const struct blit_ops blit_default_ops = {
	.alloc_and_copy		= blit_alloc_and_copy,
	.finalize_and_map	= blit_finalize_and_map,
};

static int migrate_vma_range(struct blit_engine *be, unsigned long npages)
{
	int ret;

	ret = be->ops->alloc_and_copy(be->ctx, npages);
	if (ret)
		return ret;
	be->ops->finalize_and_map(be->ctx);
	return 0;
}

int blit_run(struct blit_engine *be, unsigned long npages)
{
	struct { unsigned long npages; } args = { npages };

	be->ops = &blit_default_ops;
	return migrate_vma_range(be, args.npages);
}
