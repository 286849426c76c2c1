/*
 * A -W option that names no rule but looks meant for one (two edits or
 * less from a rule name, '_' for '-' and case aside, or with a word only
 * rule names have: event, owner, migrate, blockable, deadlock) gets one
 * warning line and is ignored: -Wno-event-ignore does not silence
 * event-ignored.  gcc's, clang's and sparse's own -W options stay silent,
 * even -Wp,<file> whose file name has a rule word, and -Werror=<name>.
 */
#include <linux/mmu_notifier.h>

static bool wt_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops wt_ops = {
	.invalidate = wt_invalidate,
};

/*
 * check-name: -Wno-<misspelled rule> is told about, gcc's -W are not
 * check-command: mncheck -Wno-event-ignore -Wno-owner_ignored -WOld-Api -Wmigrate-no-owners -Wno-evnet-ignored -Wno-blockable -Wno-owner -Wall -Wextra -Wsparse-all -Wno-unknown-attribute -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers -Wno-pointer-sign -Wold-style-definition -Wno-sequence-point -Wignored-qualifiers -Watomic-implicit-seq-cst -Wimplicit-fallthrough=5 -Wframe-larger-than=2048 -Werror=owner-ignored -Wp,-MMD,drivers/gpu/drm/amd/amdkfd/.kfd_migrate.o.d -Wa,--noexecstack -W -Wno-src-owner -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
mncheck: warning: -Wno-event-ignore: no such rule (did you mean event-ignored?)
mncheck: warning: -Wno-owner_ignored: no such rule (did you mean owner-ignored?)
mncheck: warning: -WOld-Api: no such rule (did you mean old-api?)
mncheck: warning: -Wmigrate-no-owners: no such rule (did you mean migrate-no-owner?)
mncheck: warning: -Wno-evnet-ignored: no such rule (did you mean event-ignored?)
mncheck: warning: -Wno-blockable: no such rule (did you mean blockable-ignored?)
mncheck: warning: -Wno-owner: no such rule (see mncheck --list-rules)
wno-typo.c:11:13: warning: interval invalidate callback 'wt_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
