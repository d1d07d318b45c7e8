// Paper serials while keying on one device: which serials are taken, the serial to suggest for the next blank
// form, and the on-the-spot refusal of a serial already used here (the server flags duplicates across devices).
import type { Interview } from '../interview/schema.ts';
import {
  formatSerial, isSerialInRange, SEQUENCE_DIGITS, serialSequence, suggestNextSerial, unitSerialRange,
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
