// Paper serials while keying on one device: which serials are taken, the serial to suggest for the next blank
// form, and the on-the-spot refusal of a serial already used here (the server flags duplicates across devices).
import type { Interview } from '../interview/schema.ts';
import {
  formatSerial, isSerialInRange, SEQUENCE_DIGITS, serialSequence, suggestNextSerial, unitSerialRange, type SerialRange,
} from '../interview/serial.ts';
import { entryMessage, type EntryMessage } from './message.ts';

export type DeviceInterview = Pick<Interview, 'id' | 'surveySlug' | 'serial' | 'practice'> & { voided?: unknown };

/**
 * Practice forms and real forms are kept apart: the training day's forms (often serial 0701 too) must not
 * block the real 0701, and a voided form frees its serial so the paper form can be keyed again.
 */
function competes(other: DeviceInterview, surveySlug: string, practice: boolean, exceptId: string | undefined): boolean {
  return other.surveySlug === surveySlug && other.voided === undefined && other.practice === practice && other.id !== exceptId;
}

export function usedSerials(surveySlug: string, interviewsOnDevice: Iterable<DeviceInterview>, options: { practice?: boolean } = {}): Set<string> {
  const used = new Set<string>();
  for (const i of interviewsOnDevice) {
    if (i.serial !== undefined && competes(i, surveySlug, options.practice ?? false, undefined)) used.add(i.serial);
  }
  return used;
}

export type SerialProblem = EntryMessage & { interviewId: string };

/** The problem when another live interview of this survey on this device has the serial (the one edited aside). */
export function serialInUse(
  serial: string, surveySlug: string, interviewsOnDevice: Iterable<DeviceInterview>,
  options: { exceptId?: string; practice?: boolean } = {},
): SerialProblem | null {
  for (const other of interviewsOnDevice) {
    if (other.serial === serial && competes(other, surveySlug, options.practice ?? false, options.exceptId)) {
      return { ...entryMessage('entry.serial.in_use', { serial }), interviewId: other.id };
    }
  }
  return null;
}

/**
 * The serial of the next blank form. A clerk keys a stack in order, so after the last keyed serial comes the
 * next free one above it (after 0707, 0708 even if 0702 is free: 0702 is a spoiled or missing form, not the
 * next in the pile). With nothing keyed yet in this sitting, or nothing free above, the lowest free serial.
 */
export function suggestSerial(unitNo: string, used: ReadonlySet<string>, lastKeyed?: string): string | null {
  const last = lastKeyed === undefined ? null : serialSequence(lastKeyed, unitNo);
  if (last !== null) {
    for (let seq = last + 1; seq < 10 ** SEQUENCE_DIGITS; seq++) {
      const serial = formatSerial(unitNo, seq);
      if (!used.has(serial)) return serial;
    }
  }
  return suggestNextSerial(unitNo, used);
}

/**
 * The soft warning for a serial the clerk may still keep: outside the unit's range, or past its quota. The range
 * is THE range of shared/interview/serial.ts (unitSerialRange: the survey's explicit range for the unit, else the
 * unit's number and two digits up to its target), read from the survey the device stores. Past the quota: inside
 * the range but further from its start than the target, or, in the default scheme, one of the unit's own serials
 * above the target (0746 of a unit of 45). An explicit range is the forms the office printed: outside it, out of range.
 */
export function serialWarning(
  serial: string, survey: { serialRanges?: Readonly<Record<string, SerialRange>> | undefined }, unit: { no: string; quota: number },
): EntryMessage | null {
  const { quota } = unit;
  const pastQuota = () => entryMessage('entry.serial.past_quota', { serial, unitNo: unit.no, quota });
  const range = unitSerialRange({ serialRanges: survey.serialRanges ?? {} }, unit);
  if (isSerialInRange(serial, range)) return quota > 0 && Number(serial) - Number(range.first) >= quota ? pastQuota() : null;
  if (survey.serialRanges?.[unit.no] === undefined && serialSequence(serial, unit.no) !== null) return pastQuota();
  return entryMessage('entry.serial.out_of_range', { serial, unitNo: unit.no, first: range.first, last: range.last });
}
