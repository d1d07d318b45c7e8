// Flags that depend on what the server holds: a paper serial used twice in a survey (both interviews flagged)
// and a unit past its quota. Window and duration flags are pure (shared/sync/flags.ts).
import { ReceiptFlagSchema, type ReceiptFlag } from '#shared/interview/receipt.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { countsTowardQuota } from '#shared/quota/progress.ts';
import { isOutsideWindow, isTooShort, type FieldWindowDays } from '#shared/sync/flags.ts';
import type { Db } from '../db/open.ts';
import { listHeldSerials, listInterviewsWithSerial, setInterviewFlags, type InterviewRow } from '../repo/interviews.ts';
import type { UnitRow } from '../repo/surveys.ts';
import type { QuotaTally } from './quota-tally.ts';

const FLAG_ORDER = ReceiptFlagSchema.options;

/** Flags in one fixed order, each once, so stored flags compare as strings. */
export function sortFlags(flags: Iterable<string>): ReceiptFlag[] {
  const set = new Set(flags);
  return FLAG_ORDER.filter((flag) => set.has(flag));
}

/** An interview as stored: it counts toward the quota unless practice, voided, a second keying or rejected by review. */
export function countsWhenStored(interview: Interview): boolean {
  return countsTowardQuota({ ...interview, voided: interview.voided !== undefined, status: 'received' });
}

/** Whether a stored row counts toward the quota of `unitId`. */
export function rowCountsIn(row: InterviewRow | undefined, unitId: number): boolean {
  return row !== undefined && row.unit_id === unitId && row.second_keying !== 1
    && countsTowardQuota({ practice: row.practice === 1, voided: row.voided === 1, status: row.status });
}

/** The flags of an interview about to be stored (replacing `previous`), except serial_duplicate (see refreshSerialGroup). */
export function arrivalFlags(
  tally: QuotaTally,
  args: {
    surveyId: number; window: FieldWindowDays; unit: UnitRow; interview: Interview; clockOffsetMs: number; previous?: InterviewRow;
    /** The survey's too-short threshold (ms) and whether it is closed or archived (late uploads are kept and flagged). */
    tooShortMs?: number; closed?: boolean;
  },
): ReceiptFlag[] {
  const { interview } = args;
  const flags: ReceiptFlag[] = [];
  // The interviews that arrive past the quota carry the flag; the ones before them stay as they were.
  if (countsWhenStored(interview)) {
    const others = tally.counted(args.surveyId, args.unit.id) - (rowCountsIn(args.previous, args.unit.id) ? 1 : 0);
    // A unit without a target (quota 0, shared/quota/progress.ts hasTarget) is never over it.
    if (args.unit.quota > 0 && others + 1 > args.unit.quota) flags.push('over_quota');
  }
  if (isOutsideWindow(args.window, interview, args.clockOffsetMs)) flags.push('outside_window');
  if (isTooShort(interview, args.tooShortMs)) flags.push('too_short');
  if (args.closed) flags.push('after_close');
  return flags;
}

/**
 * Sets or clears serial_duplicate on every interview of the survey with this serial: flagged when two or more
 * of them count (practice and voided forms do not). Returns each member's flags after the change.
 */
export function refreshSerialGroup(db: Db, surveyId: number, serial: string): Map<string, ReceiptFlag[]> {
  const mates = listInterviewsWithSerial(db, surveyId, serial);
  const counted = (m: (typeof mates)[number]) => countsTowardQuota({ practice: m.practice === 1, voided: m.voided === 1, status: m.status });
  const duplicated = mates.filter(counted).length >= 2;
  const result = new Map<string, ReceiptFlag[]>();
  for (const mate of mates) {
    const before = JSON.parse(mate.flags) as string[];
    const others = before.filter((flag) => flag !== 'serial_duplicate');
    const after = sortFlags(duplicated && counted(mate) ? [...others, 'serial_duplicate'] : others);
    if (after.length !== before.length) setInterviewFlags(db, mate.id, after);
    result.set(mate.id, after);
  }
  return result;
}

/** Whether a serial about to be stored is the only one of its kind in its survey (see serialWatch). */
export type SerialWatch = { isAlone: (surveyId: number, serial: string) => boolean };

/**
 * For one batch's transaction: which serials already have an interview, read once per survey for all the
 * batch's serials, then kept up to date with what the batch stores. An interview whose serial nobody else
 * carries has no serial group to refresh (most of them), so the per-interview lookup is skipped. Ask before
 * storing the interview: it then counts as holding its serial.
 */
export function serialWatch(db: Db, batchSerials: readonly string[]): SerialWatch {
  const heldBySurvey = new Map<number, Set<string>>();
  return {
    isAlone(surveyId, serial) {
      let held = heldBySurvey.get(surveyId);
      if (!held) heldBySurvey.set(surveyId, (held = new Set(listHeldSerials(db, surveyId, batchSerials))));
      const alone = !held.has(serial);
      held.add(serial);
      return alone;
    },
  };
}
