// The paper serial registry of one unit (decision 0019): the serials its range hands out, which were keyed,
// which are missing (a form handed out never keyed), which were keyed twice, and which lie outside the range.
import { isSerialInRange, type SerialRange } from './serial.ts';

/** A serial held by stored interviews (practice and voided ones left out by the caller). */
export type KeyedSerial = { serial: string; id: string };

export type SerialRegistry = {
  range: SerialRange;
  /** How many serials the range hands out. */
  expected: number;
  /** Distinct serials of the range keyed at least once. */
  keyed: number;
  missing: string[];
  duplicates: { serial: string; ids: string[] }[];
  outOfRange: { serial: string; ids: string[] }[];
};

/** Every serial of a range in order: same number of digits as its ends, leading zeros kept. */
export function serialsOf(range: SerialRange): string[] {
  const first = Number(range.first);
  const last = Number(range.last);
  const serials: string[] = [];
  for (let n = first; n <= last; n++) serials.push(String(n).padStart(range.first.length, '0'));
  return serials;
}

export function serialRegistry(range: SerialRange, keyed: readonly KeyedSerial[]): SerialRegistry {
  const bySerial = new Map<string, string[]>();
  for (const { serial, id } of keyed) {
    const ids = bySerial.get(serial);
    if (ids) ids.push(id);
    else bySerial.set(serial, [id]);
  }
  const expected = serialsOf(range);
  const grouped = [...bySerial.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([serial, ids]) => ({ serial, ids: ids.sort() }));
  return {
    range,
    expected: expected.length,
    keyed: expected.filter((serial) => bySerial.has(serial)).length,
    missing: expected.filter((serial) => !bySerial.has(serial)),
    duplicates: grouped.filter((group) => group.ids.length > 1),
    outOfRange: grouped.filter((group) => !isSerialInRange(group.serial, range)),
  };
}
