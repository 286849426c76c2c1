/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The tests build each fixture against the API of one kernel version:
 * -DLINUX_VERSION_CODE=KERNEL_VERSION(x,y,0) selects it (4.19 by default,
 * the oldest form most drivers still carry).
 */
#ifndef _TEST_LINUX_VERSION_H
#define _TEST_LINUX_VERSION_H
#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))
#ifndef LINUX_VERSION_CODE
#define LINUX_VERSION_CODE KERNEL_VERSION(4, 19, 0)
#endif
#endif
