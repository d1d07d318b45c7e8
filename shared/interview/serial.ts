// Paper serials: the unit's number followed by a two-digit sequence (unit 07 → 0701…0745; provincial units
// 2101…2150). Serials are unique within a survey; a duplicate is flagged at receipt, never refused in the field.

export const SEQUENCE_DIGITS = 2;

/** Any serial the record accepts: digits only, leading zeros kept ("0701"). */
export const SERIAL_PATTERN = /^\d{3,10}$/;

export function isSerial(typed: string): boolean {
  return SERIAL_PATTERN.test(typed);
}

export function expectedSerialPrefix(unitNo: string): string {
  return unitNo;
}

/** Digits only, the unit's prefix, then a sequence from 01 up. */
export function isSerialForUnit(serial: string, unitNo: string): boolean {
  if (!/^\d+$/.test(serial) || serial.length !== unitNo.length + SEQUENCE_DIGITS) return false;
  return serial.startsWith(unitNo) && Number(serial.slice(unitNo.length)) >= 1;
}

export function serialSequence(serial: string, unitNo: string): number | null {
  return isSerialForUnit(serial, unitNo) ? Number(serial.slice(unitNo.length)) : null;
}

export function formatSerial(unitNo: string, sequence: number): string {
  return unitNo + String(sequence).padStart(SEQUENCE_DIGITS, '0');
}

/** A unit's paper serials, both ends included ("0701"–"0745"). */
export type SerialRange = { first: string; last: string };

/**
 * THE range of a unit's paper serials, which the keying, the device's suggestion and the review's registry read:
 * the survey's explicit range for the unit when it sets one, else the default scheme, the unit's number and two
 * digits from 01 up to its target (unit 07 of 45 → 0701–0745), up to 99 when the target is 0 or above 99.
 */
export function unitSerialRange(
  survey: { serialRanges?: Readonly<Record<string, SerialRange>> },
  unit: { no: string; quota: number },
): SerialRange {
  const explicit = survey.serialRanges?.[unit.no];
  if (explicit) return explicit;
  const last = 10 ** SEQUENCE_DIGITS - 1;
  return { first: formatSerial(unit.no, 1), last: formatSerial(unit.no, unit.quota >= 1 && unit.quota <= last ? unit.quota : last) };
}

/** Whether a serial lies inside a range: same number of digits, between both ends. */
export function isSerialInRange(serial: string, range: SerialRange): boolean {
  return /^\d+$/.test(serial) && serial.length === range.first.length && serial >= range.first && serial <= range.last;
}
