// Walking the compact store: interviews' packed cells laid end to end (chunks of many interviews each), visited one
// by one where the export's filters keep them — filters read the unit, mode, entry, status and day packed with each.
import type { ExportFilters } from '../exporting/filters.ts';
import { dayNumber, ENTRIES, metaSlots, MODES, packWidth, STATUSES, type PackLayout } from './packing.ts';

/** Calls `visit` with the array and the offset of each interview kept. */
export type Scan = (visit: (data: Float64Array, at: number) => void) => void;

function indexSet(all: readonly string[], chosen: readonly string[] | null): Set<number> | null {
  return chosen === null ? null : new Set(chosen.map((v) => all.indexOf(v)).filter((i) => i >= 0));
}

export function packedFilter(layout: PackLayout, f: ExportFilters): (data: Float64Array, at: number) => boolean {
  const m = metaSlots(layout);
  const units = indexSet(layout.units, f.units);
  const modes = indexSet(MODES, f.modes);
  const entries = indexSet(ENTRIES, f.entries);
  const statuses = indexSet(STATUSES, f.statuses)!;
  const from = f.from === null ? -Infinity : dayNumber(f.from);
  const to = f.to === null ? Infinity : dayNumber(f.to);
  const dated = f.from !== null || f.to !== null;
  return (data, at) => statuses.has(data[at + m.status]!)
    && (units === null || units.has(data[at + m.unit]!))
    && (modes === null || modes.has(data[at + m.mode]!))
    && (entries === null || entries.has(data[at + m.entry]!))
    // An interview with no day is left out by a date filter, as the export's SQL leaves it out.
    && (!dated || (data[at + m.day]! >= from && data[at + m.day]! <= to));
}

/** A scan over blobs of interviews' cells end to end, each copied into an aligned array (a blob may start at any byte). */
export function scanBlobs(layout: PackLayout, blobs: () => Iterable<Uint8Array>, keep: (data: Float64Array, at: number) => boolean): Scan {
  const width = packWidth(layout);
  return (visit) => {
    for (const blob of blobs()) {
      const data = new Float64Array(blob.byteLength / 8);
      new Uint8Array(data.buffer).set(blob);
      for (let at = 0; at < data.length; at += width) if (keep(data, at)) visit(data, at);
    }
  };
}

/** A scan over separately packed interviews (tests, and the rows not yet in a chunk). */
export function scanCells(rows: readonly Float64Array[]): Scan {
  return (visit) => { for (const cells of rows) visit(cells, 0); };
}
