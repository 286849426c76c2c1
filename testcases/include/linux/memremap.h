/* SPDX-License-Identifier: GPL-2.0-only */
/* Test model of the device-private page map (<linux/memremap.h>). */
#ifndef _TEST_LINUX_MEMREMAP_H
#define _TEST_LINUX_MEMREMAP_H

#include "../kshim.h"

enum memory_type {
	MEMORY_DEVICE_PRIVATE = 1,
	MEMORY_DEVICE_COHERENT,
	MEMORY_DEVICE_FS_DAX,
	MEMORY_DEVICE_GENERIC,
	MEMORY_DEVICE_PCI_P2PDMA,
};

struct dev_pagemap;
struct dev_pagemap_ops {
	void (*page_free)(struct page *page);
	vm_fault_t (*migrate_to_ram)(struct vm_fault *vmf);
};

struct range { u64 start; u64 end; };

struct dev_pagemap {
	struct range range;
	enum memory_type type;
	const struct dev_pagemap_ops *ops;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 7, 0)
	void *owner;
#endif
};

void *memremap_pages(struct dev_pagemap *pgmap, int nid);
void memunmap_pages(struct dev_pagemap *pgmap);
#endif
