// SPDX-License-Identifier: GPL-2.0-only
// Macro hints for spatch on real kernel files (given with --macro-file):
// brace-less iterators and definers spatch cannot parse on its own.
#define kvm_for_each_vcpu(idx, vcpup, kvm) YACFE_ITERATOR
#define for_each_active_dev_scope(a, c, p, d) YACFE_ITERATOR
#define scoped_guard(_name, args...) YACFE_ITERATOR
#define COMPAT_SYSCALL_DEFINE6(name, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6) long compat_sys_##name(t1 a1, t2 a2, t3 a3, t4 a4, t5 a5, t6 a6)
