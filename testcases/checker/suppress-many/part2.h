/* One of the headers of suppress-all-files.c: a callback with a finding. */
/* mncheck: ignore event-ignored -- this device flushes on every event */
static bool part2_invalidate(struct mmu_interval_notifier *mni,
				const struct mmu_notifier_range *range,
				unsigned long cur_seq)
{
	return true;
}
