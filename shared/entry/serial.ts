// Paper serials on one device: which serials are taken (the live interviews here, the forms this device sent,
// the serials the server held at the last sync), the serial to suggest for the next blank form, and the
// on-the-spot refusal of a taken serial, saying by whom and when as far as the device knows (issue 16).
import type { HeldSerials } from '../api/device.ts';
import type { Interview } from '../interview/schema.ts';
import { parseSerialRuns } from '../interview/serial-runs.ts';
import { isSerialInRange, unitSerialRange, type SerialRange } from '../interview/serial.ts';
import { entryMessage, type EntryMessage } from './message.ts';

export type DeviceInterview = Pick<Interview, 'id' | 'surveySlug' | 'serial' | 'practice'> & { voided?: unknown };

/**
 * Practice forms and real forms are kept apart: the training day's forms (often serial 0701 too) must not
 * block the real 0701, and a voided form frees its serial so the paper form can be keyed again.
 */
function competes(other: DeviceInterview, surveySlug: string, practice: boolean, exceptId: string | undefined): boolean {
  return other.surveySlug === surveySlug && other.voided === undefined && other.practice === practice && other.id !== exceptId;
}

/**
 * A serial of the survey taken beyond the live interviews on this device: a form this device sent (its answers
 * may have left under the retention rule), or one the server held at the last sync (`by` names its sender).
 * `on` is the day it was sent (YYYY-MM-DD).
 */
export type TakenSerial = { serial: string; practice: boolean; on: string; interviewId?: string; by?: string };

/** The serials the server held, per unit, read from the device state's runs; the server lists no practice form. */
export function heldTaken(held: Readonly<Record<string, readonly HeldSerials[]>> | undefined): TakenSerial[] {
  return Object.values(held ?? {}).flatMap((groups) => groups.flatMap((group) =>
    parseSerialRuns(group.serials).map((serial) => ({ serial, practice: false, on: group.on, by: group.by }))));
}

type TakenOptions = {
  practice?: boolean;
  /** Taken beyond the live interviews here (sent forms, the server's serials). */
  known?: readonly TakenSerial[];
  /** The interview being edited: its own entries do not count against it. */
  exceptId?: string;
  /** The serial the server holds for the interview being edited (a returned form): the server's entry is its own. */
  ownSerial?: string;
};

function knownCompetes(taken: TakenSerial, options: TakenOptions): boolean {
  if (taken.practice !== (options.practice ?? false)) return false;
  if (taken.interviewId !== undefined) return taken.interviewId !== options.exceptId;
  return taken.serial !== options.ownSerial;
}

export function usedSerials(surveySlug: string, interviewsOnDevice: Iterable<DeviceInterview>, options: TakenOptions = {}): Set<string> {
  const used = new Set<string>();
  for (const i of interviewsOnDevice) {
    if (i.serial !== undefined && competes(i, surveySlug, options.practice ?? false, undefined)) used.add(i.serial);
  }
  for (const taken of options.known ?? []) if (knownCompetes(taken, options)) used.add(taken.serial);
  return used;
}

export type SerialProblem = EntryMessage & { interviewId?: string };

/**
 * The problem when the serial is taken: by another live interview of this survey on this device (the one edited
 * aside), else by a form this device sent, else by a form the server holds — saying who and when it knows.
 */
export function serialInUse(
  serial: string, surveySlug: string, interviewsOnDevice: Iterable<DeviceInterview>, options: TakenOptions = {},
): SerialProblem | null {
  for (const other of interviewsOnDevice) {
    if (other.serial === serial && competes(other, surveySlug, options.practice ?? false, options.exceptId)) {
      return { ...entryMessage('entry.serial.in_use', { serial }), interviewId: other.id };
    }
  }
  const known = (options.known ?? []).filter((taken) => taken.serial === serial && knownCompetes(taken, options));
  const taken = known.find((k) => k.interviewId !== undefined) ?? known[0];
  if (!taken) return null;
  const date = taken.on.split('-').reverse().join('/'); // YYYY-MM-DD → dd/mm/yyyy (read-date.ts is not in the phone's entry chunk)
  return taken.by === undefined
    ? entryMessage('entry.serial.sent', { serial, date })
    : entryMessage('entry.serial.held', { serial, date, by: taken.by });
}

/**
 * The serial of the next blank form. A clerk keys a stack in order, so after the last keyed serial comes the
 * next free one above it (after 0707, 0708 even if 0702 is free: 0702 is a spoiled or missing form, not the
 * next in the pile). With nothing keyed yet in this sitting, or nothing free above, the lowest free serial.
 */
export function suggestSerial(
  unitNo: string, used: ReadonlySet<string>, lastKeyed?: string,
  range: SerialRange = unitSerialRange({}, { no: unitNo, quota: 0 }),
): string | null {
  const width = range.first.length;
  const serialOf = (n: number) => String(n).padStart(width, '0');
  const first = Number(range.first);
  const end = Number(range.last);
  const after = lastKeyed !== undefined && isSerialInRange(lastKeyed, range) ? Number(lastKeyed) + 1 : first;
  for (const start of [after, first]) {
    for (let n = start; n <= end; n++) if (!used.has(serialOf(n))) return serialOf(n);
  }
  return null;
}

/**
 * The range the suggestion walks: THE unit range (unitSerialRange) without the target, since the target is a soft
 * cap — past it the enumerator goes on and the server flags (0701–0799 by default, or the range the office set).
 */
export function suggestionRange(survey: Parameters<typeof unitSerialRange>[0], unitNo: string): SerialRange {
  return unitSerialRange(survey, { no: unitNo, quota: 0 });
}

/**
 * The soft warning for a serial the clerk may still keep: outside the unit's range, or past its quota. The range
 * is THE range of shared/interview/serial.ts (unitSerialRange), read from the survey the device stores, taken
 * without the target: the explicit range the office printed for the unit, else all its serials (0701–0799).
 * Outside it: out of range; inside but further from its start than the target (0746 of a unit of 45): past the quota.
 */
export function serialWarning(serial: string, survey: Parameters<typeof unitSerialRange>[0], unit: { no: string; quota: number }): EntryMessage | null {
  const range = unitSerialRange(survey, { no: unit.no, quota: 0 });
  const params = { serial, unitNo: unit.no };
  if (!isSerialInRange(serial, range)) return entryMessage('entry.serial.out_of_range', params);
  return unit.quota > 0 && Number(serial) - Number(range.first) >= unit.quota ? entryMessage('entry.serial.past_quota', { ...params, quota: unit.quota }) : null;
}
