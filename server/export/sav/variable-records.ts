// The file header (record "$FL2"), the variable records (type 2) and the value label records (types 3 and 4)
// of a system file, as the PSPP manual's appendix "System File Format" (B.2–B.4) lays them out.
import { VALUE_LABEL_BYTES, VARIABLE_LABEL_BYTES, spssLabel } from '#shared/exporting/labels.ts';
import { cutUtf8, utf8, type ByteWriter } from './byte-writer.ts';
import type { LaidOutVariable, SavDictionary, SavFormat } from './dictionary.ts';

export const BIAS = 100;
const FORMAT_CODES: Record<SavFormat['type'], number> = { A: 1, F: 5, EDATE: 38 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ascii = (text: string) => utf8(text);

const formatCode = (f: SavFormat) => (FORMAT_CODES[f.type] << 16) | (Math.min(f.width, 255) << 8) | f.decimals;

export function writeHeader(w: ByteWriter, dict: SavDictionary, elements: number): void {
  // Vietnam keeps +07:00 all year, so the local time is UTC shifted by seven hours.
  const local = new Date(dict.createdAt + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  w.bytes(ascii('$FL2'));
  w.padded(ascii('@(#) SPSS DATA FILE - Phieu survey export'), 60);
  w.int32(2); // layout_code: little-endian
  w.int32(elements);
  w.int32(1); // bytecode compression
  w.int32(0); // no weight variable
  w.int32(dict.caseCount);
  w.flt64(BIAS);
  w.padded(ascii(`${two(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${two(local.getUTCFullYear() % 100)}`), 9);
  w.padded(ascii(`${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`), 8);
  w.padded(cutUtf8(utf8(spssLabel(dict.fileLabel, 64)), 64), 64);
  w.padded(new Uint8Array(0), 3, 0);
}

function missingValues(w: ByteWriter, laid: LaidOutVariable): void {
  for (const value of laid.variable.missing) {
    if (typeof value === 'number') w.flt64(value);
    else w.padded(utf8(value), 8);
  }
}

/** One record per segment, then one continuation record (type -1) per further 8 bytes of the segment. */
export function writeVariableRecords(w: ByteWriter, laid: LaidOutVariable): void {
  const { variable } = laid;
  // Missing values of strings wider than 8 bytes go in their own record (subtype 22), not here.
  const inlineMissing = variable.width <= 8 ? Math.min(3, variable.missing.length) : 0;
  laid.segments.forEach((segment, i) => {
    const first = i === 0;
    const label = first && variable.label ? utf8(spssLabel(variable.label, VARIABLE_LABEL_BYTES)) : null;
    const format = variable.width === 0 ? formatCode(variable.format) : formatCode({ type: 'A', width: segment.width, decimals: 0 });
    w.int32(2);
    w.int32(segment.width);
    w.int32(label ? 1 : 0);
    w.int32(first ? inlineMissing : 0);
    w.int32(format);
    w.int32(format);
    w.padded(ascii(segment.shortName), 8);
    if (label) {
      w.int32(label.length);
      w.padded(label, Math.ceil(label.length / 4) * 4, 0);
    }
    if (first && inlineMissing) missingValues(w, laid);
    for (let e = 1; e < segment.elements; e++) {
      w.int32(2); w.int32(-1); w.int32(0); w.int32(0); w.int32(0); w.int32(0);
      w.padded(new Uint8Array(0), 8);
    }
  });
}

/**
 * Value labels of numeric and short-string variables; variables with the same labels share one record pair
 * (a grid's rows, the 0/1 columns of a multiple choice). Long strings use subtype 21 instead.
 */
export function writeValueLabels(w: ByteWriter, laidOut: readonly LaidOutVariable[]): void {
  const groups = new Map<string, LaidOutVariable[]>();
  for (const laid of laidOut) {
    const { width, valueLabels } = laid.variable;
    if (valueLabels.length === 0 || width > 8) continue;
    const key = `${width === 0 ? 'n' : 's'}${JSON.stringify(valueLabels)}`;
    groups.set(key, [...(groups.get(key) ?? []), laid]);
  }
  for (const members of groups.values()) {
    const { valueLabels, width } = members[0]!.variable;
    w.int32(3);
    w.int32(valueLabels.length);
    for (const { value, label } of valueLabels) {
      if (width === 0) w.flt64(Number(value));
      else w.padded(utf8(String(value)), 8);
      const text = utf8(spssLabel(label, VALUE_LABEL_BYTES));
      w.bytes(Uint8Array.of(text.length));
      // The length byte and the label together fill a multiple of 8 bytes.
      w.padded(text, Math.ceil((text.length + 1) / 8) * 8 - 1);
    }
    w.int32(4);
    w.int32(members.length);
    for (const laid of members) w.int32(laid.index);
  }
}
