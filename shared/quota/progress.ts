// The one quota arithmetic: every figure on every screen (province, unit, enumerator home, CSV) comes from
// here, so they never disagree. Over quota is shown, never capped or hidden.
import type { SubQuotas } from '../survey/survey.ts';
import type { Counts } from './counts.ts';

/** Practice and voided interviews never count, nor a second keying of a paper form (decision 0019); a rejected one does not either. */
export function countsTowardQuota(interview: { practice: boolean; voided: boolean; status: string; secondKeying?: boolean }): boolean {
  return !interview.practice && !interview.voided && !interview.secondKeying && interview.status !== 'rejected';
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
  /** received / target; may exceed 1. 0 for a unit without a target. */
  ratio: number;
  overBy: number;
};

/**
 * A unit's target of 0 means **no target** (seed 000: "không hạn chế số lượng"): it only counts, is never over
 * quota, and screens show its counts without a percentage. A sub-quota cell (`cell`) is different: a code without
 * a target of its own is over by everything it received.
 */
export function progress(target: number, counts: Counts, waiting = 0, cell = false): Progress {
  const { received, approved, flagged } = counts;
  const free = target <= 0 && !cell;
  return {
    target, received, approved, flagged, waiting,
    remaining: Math.max(0, target - received),
    ratio: target > 0 ? received / target : received > 0 && !free ? 1 : 0,
    overBy: free ? 0 : Math.max(0, received - target),
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

export const NO_COUNTS: Counts = Object.freeze({ received: 0, approved: 0, flagged: 0 });

/** One group of stored interviews as the counters keep them: what countsTowardQuota needs, and how many. */
export type CountRow = { status: string; practice: boolean; voided: boolean; flagged: boolean; n: number };

/** Adds a group to running counts, applying countsTowardQuota: the only place stored groups become figures. */
export function addCountRow(into: Counts, row: CountRow): Counts {
  if (!countsTowardQuota(row)) return into;
  return {
    received: into.received + row.n,
    approved: into.approved + (row.status === 'approved' ? row.n : 0),
    flagged: into.flagged + (row.flagged ? row.n : 0),
  };
}

export function tally(rows: Iterable<CountRow>): Counts {
  let counts = NO_COUNTS;
  for (const row of rows) counts = addCountRow(counts, row);
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { received: a.received + b.received, approved: a.approved + b.approved, flagged: a.flagged + b.flagged };
}

/** A sub-quota cell: the option code of the split question, with its progress. */
export type CellProgress = Progress & { code: string };

const byCode = (a: string, b: string) => Number(a) - Number(b) || a.localeCompare(b);

/**
 * Every cell of one unit's sub-quota: the cells with a target, plus any code that received interviews without
 * one (target 0, so its overBy shows them). `waiting` is what devices still hold, per code.
 */
export function cellProgress(
  targets: Readonly<Record<string, number>>, counts: Readonly<Record<string, Counts>>,
  waiting: Readonly<Record<string, number>> = {},
): CellProgress[] {
  const codes = [...new Set([...Object.keys(targets), ...Object.keys(counts), ...Object.keys(waiting)])].sort(byCode);
  return codes.map((code) => ({ code, ...progress(targets[code] ?? 0, counts[code] ?? NO_COUNTS, waiting[code] ?? 0, true) }));
}

/** The cells that still need interviews once what waits on devices arrives: for the enumerator's home screen. */
export function cellsStillNeeded(cells: readonly CellProgress[]): CellProgress[] {
  return cells.filter((cell) => stillNeeded(cell) > 0);
}

/** How many more interviews a cell needs once what waits on devices arrives; never negative. */
export function stillNeeded(cell: Progress): number {
  return Math.max(0, cell.target - cell.received - cell.waiting);
}

/**
 * The cell an interview falls into: its answer to the sub-quota question as an option-code string, or null
 * (not answered, a declared missing code). The server keys its counters by this very function: it stores each
 * interview's cell in the `quota_cell` column of migration 10 (server/sync/store-interview.ts); that migration's
 * SQL twin of this rule runs only when a survey's sub-quota question changes.
 */
export function cellOf(variable: string, answers: Readonly<Record<string, unknown>>): string | null {
  const value = answers[variable];
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : null;
}

/**
 * A unit's cells for the enumerator's home screen: the server's counts per code plus what this device still
 * holds (finished, unsent interviews' answers) as waiting. No sub-quota, no cells.
 */
export function unitCellProgress(
  subQuotas: SubQuotas | undefined, unitNo: string, counts: Readonly<Record<string, Counts>>,
  waitingAnswers: readonly Readonly<Record<string, unknown>>[] = [],
): CellProgress[] {
  if (!subQuotas) return [];
  const waiting: Record<string, number> = {};
  for (const answers of waitingAnswers) {
    const cell = cellOf(subQuotas.variable, answers);
    if (cell !== null) waiting[cell] = (waiting[cell] ?? 0) + 1;
  }
  return cellProgress(subQuotas.targets[unitNo] ?? {}, counts, waiting);
}
