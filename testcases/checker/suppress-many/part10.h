/* One of the headers of suppress-all-files.c: a callback with a finding. */
/* no comment here: still reported */
static bool part10_invalidate(struct mmu_interval_notifier *mni,
				const struct mmu_notifier_range *range,
				unsigned long cur_seq)
{
	return true;
}
