// What a system file describes, and how its variables are laid out in 8-byte elements: a numeric variable
// takes one; a string takes one per 8 bytes; a string over 255 bytes is split into segments of 255 bytes
// (PSPP manual, "Very Long String Record"), each segment a variable of its own with a unique short name.
import type { Measure } from '#shared/exporting/columns.ts';

export type SavFormat = { type: 'F' | 'A' | 'EDATE'; width: number; decimals: number };

export type SavVariable = {
  /** The long name (at most 64 bytes, [a-z0-9_], letter first). */
  name: string;
  label: string;
  /** 0 for a numeric variable; else the string's width in bytes (1…32767). */
  width: number;
  format: SavFormat;
  /** At most three declared missing values; numbers, or strings for a string variable. */
  missing: (number | string)[];
  valueLabels: { value: number | string; label: string }[];
  measure: Measure;
  displayWidth: number;
};

export type SavSet = { name: string; label: string; countedValue: number; variables: string[] };

export type SavDictionary = {
  fileLabel: string;
  /** Epoch ms, written as the creation date and time in Asia/Ho_Chi_Minh. */
  createdAt: number;
  caseCount: number;
  variables: SavVariable[];
  sets: SavSet[];
};

export type Segment = { shortName: string; width: number; elements: number };
export type LaidOutVariable = {
  variable: SavVariable;
  /** 1-based index of the first element (the "dictionary index" records refer to). */
  index: number;
  segments: Segment[];
};

export const MAX_SHORT_STRING = 255;
const SEGMENT_DATA = 252;

const elementsOf = (width: number) => (width === 0 ? 1 : Math.ceil(width / 8));

/** Widths of the segments of a string of `width` bytes: 255 each but the last (PSPP manual, B.12). */
export function segmentWidths(width: number): number[] {
  if (width <= MAX_SHORT_STRING) return [width];
  const n = Math.ceil(width / SEGMENT_DATA);
  return [...Array.from({ length: n - 1 }, () => MAX_SHORT_STRING), width - (n - 1) * SEGMENT_DATA];
}

/** Unique upper-case short names of at most 8 bytes, derived from the long names. */
function shortNamer(): (longName: string) => string {
  const taken = new Set<string>();
  return (longName) => {
    const base = longName.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    let name = base.slice(0, 8);
    for (let n = 1; taken.has(name); n++) name = base.slice(0, 8 - String(n).length) + String(n);
    taken.add(name);
    return name;
  };
}

export function layOut(variables: readonly SavVariable[]): { variables: LaidOutVariable[]; elements: number } {
  const short = shortNamer();
  let index = 1;
  const out = variables.map((variable) => {
    const segments = segmentWidths(variable.width).map((width, i) => ({
      shortName: short(i === 0 ? variable.name : `${variable.name.slice(0, 5)}${i}`),
      width,
      elements: elementsOf(width),
    }));
    const laid = { variable, index, segments };
    index += segments.reduce((sum, s) => sum + s.elements, 0);
    return laid;
  });
  return { variables: out, elements: index - 1 };
}
