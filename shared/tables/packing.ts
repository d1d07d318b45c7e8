// The compact copy of an interview that the results read instead of its JSON record (decision 0017): one float64
// per slot of the survey's table plan — a code, a number, a multiple choice's options as bits, a unit's index, an
// open answer's "answered" — with the declared missing codes and "no value" as sentinels no answer can hold.
// Unpacking gives back exactly what the tables read of the answers, so the engine runs unchanged over either.
import type { TablePlan } from './plan.ts';

type Slot =
  | { variable: string; kind: 'value' }
  | { variable: string; kind: 'options'; codes: number[] }
  | { variable: string; kind: 'unit'; units: string[] }
  | { variable: string; kind: 'answered' };
/** `units`: the survey's unit numbers; after the slots each interview carries its own unit's index, mode, entry,
 * status and day (as days since 1970-01-01), which the filters read. */
export type PackLayout = { signature: string; slots: Slot[]; units: string[] };
export const MODES = ['direct', 'online'] as const;
export const ENTRIES = ['interview', 'paper'] as const;
export const STATUSES = ['received', 'approved', 'needs_correction', 'rejected'] as const;
const META_WIDTH = 5;
/** Cells per interview. */
export const packWidth = (layout: PackLayout): number => layout.slots.length + META_WIDTH;
/** Where the interview's own unit, mode, entry, status and day sit, after the answer slots. */
export const metaSlots = (layout: PackLayout) => {
  const n = layout.slots.length;
  return { unit: n, mode: n + 1, entry: n + 2, status: n + 3, day: n + 4 };
};
/** "2026-05-28" → days since 1970-01-01 (NaN for no day). */
export const dayNumber = (day: string | null): number => (day === null ? NaN : Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** Far below any answer a questionnaire allows; NaN is "no value" (system missing). */
const SENTINEL: Record<number, number> = { [-1]: -1e300, [-2]: -2e300, [-3]: -3e300 };
const MISSING_OF = new Map(Object.entries(SENTINEL).map(([code, sentinel]) => [sentinel, Object.freeze({ missing: Number(code) })]));

export function packLayout(plan: TablePlan): PackLayout {
  const slots: Slot[] = plan.questions.flatMap((q): Slot[] => {
    switch (q.kind) {
      case 'single': case 'number': return [{ variable: q.variable, kind: 'value' }];
      case 'grid': return q.rows.map((r) => ({ variable: r.key, kind: 'value' as const }));
      // A multiple choice of more than 52 options would not fit the float's exact bits: none is that long.
      case 'multiple': return [{ variable: q.variable, kind: 'options', codes: q.options.map((o) => Number(o.key)).slice(0, 52) }];
      case 'unit': return [{ variable: q.variable, kind: 'unit', units: q.options.map((o) => o.key) }];
      case 'open': return [{ variable: q.variable, kind: 'answered' }];
    }
  });
  const units = plan.units.map((u) => u.no);
  return { signature: JSON.stringify({ slots, units }), slots, units };
}

function missingSentinel(value: unknown): number {
  const code = typeof value === 'object' && value !== null ? (value as { missing?: unknown }).missing : undefined;
  return typeof code === 'number' && code in SENTINEL ? SENTINEL[code]! : NaN;
}

function packSlot(slot: Slot, value: unknown): number {
  switch (slot.kind) {
    case 'value': return typeof value === 'number' && Number.isFinite(value) ? value : missingSentinel(value);
    case 'options': {
      if (!Array.isArray(value)) return missingSentinel(value);
      if (value.length === 0) return NaN;
      // Codes no version offered cannot be stored; answers are checked against their version when received.
      const chosen = new Set(value.map((code) => slot.codes.indexOf(code as number)).filter((i) => i >= 0));
      let bits = 0;
      for (const i of chosen) bits += 2 ** i;
      return bits;
    }
    case 'unit': {
      if (typeof value !== 'string') return missingSentinel(value);
      const i = slot.units.indexOf(value);
      return i >= 0 ? i : NaN;
    }
    case 'answered':
      return typeof value === 'string' ? (value.trim() === '' ? NaN : 1) : missingSentinel(value);
  }
}

export type PackMeta = { unitNo: string; mode: string; entry: string; status?: string; day?: string | null };
const index = (list: readonly string[], value: string | undefined) => (value !== undefined && list.includes(value) ? list.indexOf(value) : NaN);

export function pack(layout: PackLayout, answers: Readonly<Record<string, unknown>>, meta?: PackMeta): Float64Array {
  const cells = new Float64Array(packWidth(layout)).fill(NaN);
  layout.slots.forEach((slot, i) => { cells[i] = packSlot(slot, answers[slot.variable]); });
  if (meta) {
    const at = metaSlots(layout);
    cells[at.unit] = index(layout.units, meta.unitNo);
    cells[at.mode] = index(MODES, meta.mode);
    cells[at.entry] = index(ENTRIES, meta.entry);
    cells[at.status] = index(STATUSES, meta.status);
    cells[at.day] = dayNumber(meta.day ?? null);
  }
  return cells;
}

/** The unit, mode and entry of packed cells. */
export function unpackMeta(layout: PackLayout, cells: Float64Array): Pick<PackMeta, 'unitNo' | 'mode' | 'entry'> {
  const at = metaSlots(layout);
  return { unitNo: layout.units[cells[at.unit]!] ?? '', mode: MODES[cells[at.mode]!] ?? '', entry: ENTRIES[cells[at.entry]!] ?? '' };
}

/** Returns one answers object, refilled on each call (no allocation per interview): read it before the next call. */
export function unpacker(layout: PackLayout): (cells: Float64Array) => Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const arrays = new Map<number, number[]>();
  const optionsOf = (codes: number[], bits: number) => {
    let list = arrays.get(bits);
    if (!list) { list = codes.filter((_, i) => Math.floor(bits / 2 ** i) % 2 === 1); arrays.set(bits, list); }
    return list;
  };
  return (cells) => {
    layout.slots.forEach((slot, i) => {
      const cell = cells[i]!;
      if (Number.isNaN(cell)) answers[slot.variable] = undefined;
      else if (MISSING_OF.has(cell)) answers[slot.variable] = MISSING_OF.get(cell);
      else if (slot.kind === 'options') answers[slot.variable] = optionsOf(slot.codes, cell);
      else if (slot.kind === 'unit') answers[slot.variable] = slot.units[cell];
      else if (slot.kind === 'answered') answers[slot.variable] = 'x';
      else answers[slot.variable] = cell;
    });
    return answers;
  };
}
