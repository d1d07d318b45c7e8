// The one quota arithmetic: every figure on every screen (province, unit, enumerator home, CSV) comes from
// here, so they never disagree. Over quota is shown, never capped or hidden.
import * as z from 'zod/mini';

const Count = z.number().check(z.int(), z.nonnegative());

/** What the server counted for one unit. */
export const UnitCountsSchema = z.object({
  unitNo: z.string(),
  /** Stored interviews that count toward the quota (see countsTowardQuota). */
  received: Count,
  approved: Count,
  /** Counted interviews carrying at least one flag (duplicate serial, over quota, outside window, too short). */
  flagged: Count,
});
export type UnitCounts = z.infer<typeof UnitCountsSchema>;

/** Practice and voided interviews never count; a rejected one does not either. */
export function countsTowardQuota(interview: { practice: boolean; voided: boolean; status: string }): boolean {
  return !interview.practice && !interview.voided && interview.status !== 'rejected';
}

export type Progress = {
  target: number;
  received: number;
  approved: number;
  flagged: number;
  /** Finished on devices, not yet on the server (from the devices' inventories, or this device's own outbox). */
  waiting: number;
  /** Still to do: never negative. */
  remaining: number;
  /** received / target; may exceed 1. A zero target gives 0, or 1 once anything arrived beyond it. */
  ratio: number;
  overBy: number;
};

export function progress(target: number, counts: Omit<UnitCounts, 'unitNo'>, waiting = 0): Progress {
  const { received, approved, flagged } = counts;
  return {
    target, received, approved, flagged, waiting,
    remaining: Math.max(0, target - received),
    ratio: target > 0 ? received / target : received > 0 ? 1 : 0,
    overBy: Math.max(0, received - target),
  };
}

/** Sums unit figures into a total row. Over-quota units do not make up for short ones: remaining is summed per unit. */
export function sumProgress(rows: readonly Progress[]): Progress {
  const total = rows.reduce(
    (sum, row) => ({
      target: sum.target + row.target, received: sum.received + row.received, approved: sum.approved + row.approved,
      flagged: sum.flagged + row.flagged, waiting: sum.waiting + row.waiting,
      remaining: sum.remaining + row.remaining, overBy: sum.overBy + row.overBy,
    }),
    { target: 0, received: 0, approved: 0, flagged: 0, waiting: 0, remaining: 0, overBy: 0 },
  );
  return { ...total, ratio: total.target > 0 ? total.received / total.target : 0 };
}
