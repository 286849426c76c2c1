/* SPDX-License-Identifier: GPL-2.0-only */
/* Test stand-in: everything basic lives in kshim.h. */
#include "../kshim.h"
