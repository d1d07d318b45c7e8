// What the server counted for a unit, as the quota endpoints send it. The arithmetic on these counts is in
// progress.ts, which the phone runs without zod.
import * as z from 'zod/mini';

const Count = z.number().check(z.int(), z.nonnegative());

export const CountsSchema = z.object({ received: Count, approved: Count, flagged: Count });
export type Counts = z.infer<typeof CountsSchema>;

/** Counts per option code of the sub-quota question ('1', '2' …). */
export const CellCountsSchema = z.record(z.string(), CountsSchema);

/** What the server counted for one unit. */
export const UnitCountsSchema = z.object({
  unitNo: z.string(),
  /** Stored interviews that count toward the quota (see countsTowardQuota). */
  received: Count,
  approved: Count,
  /** Counted interviews carrying at least one flag (duplicate serial, over quota, outside window, too short). */
  flagged: Count,
  /** Per sub-quota cell, where the survey splits its targets (optional: absent on surveys without sub-quotas). */
  cells: z.optional(CellCountsSchema),
});
export type UnitCounts = z.infer<typeof UnitCountsSchema>;
