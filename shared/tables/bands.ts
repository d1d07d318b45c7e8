// Bands an admin sets on a number question ("18-30,31-45,46-60,61+"), read from text and checked: in order,
// with no gap and no overlap, only the last one open. For whole numbers a band holds from…to both included, so
// 31 follows 30; for decimals a band holds from ≤ v < to (the last one to included) and the next starts at its to.
export type Band = { from: number; to: number | null };
export type BandProblem =
  | { code: 'results.bandsInvalid'; params: { variable: string; value: string } }
  | { code: 'results.bandsGap'; params: { variable: string; after: string; before: string } }
  | { code: 'results.bandsOverlap'; params: { variable: string; after: string; before: string } };
export type BandsResult = { ok: true; bands: Band[] } | { ok: false; problem: BandProblem };

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const CLOSED = new RegExp(`^(${NUMBER})\\s*[-–]\\s*(${NUMBER})$`);
const OPEN = new RegExp(`^(${NUMBER})\\s*\\+$`);

export const bandKey = (band: Band): string => (band.to === null ? `${band.from}+` : `${band.from}-${band.to}`);
export const bandLabel = (band: Band): string => (band.to === null ? `${band.from}+` : `${band.from}–${band.to}`);

/** Reads "18-30,31-45,61+" (an en dash is taken too). */
export function parseBands(variable: string, text: string): BandsResult {
  const bands: Band[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const closed = CLOSED.exec(part);
    const open = OPEN.exec(part);
    if (closed) bands.push({ from: Number(closed[1]), to: Number(closed[2]) });
    else if (open) bands.push({ from: Number(open[1]), to: null });
    else return { ok: false, problem: { code: 'results.bandsInvalid', params: { variable, value: part } } };
  }
  return { ok: true, bands };
}

export function checkBands(variable: string, bands: readonly Band[], integer: boolean): BandsResult {
  const invalid = (value: string): BandsResult => ({ ok: false, problem: { code: 'results.bandsInvalid', params: { variable, value } } });
  if (bands.length === 0) return invalid('');
  for (const [i, band] of bands.entries()) {
    if (band.to === null ? i !== bands.length - 1 : band.to < band.from) return invalid(bandLabel(band));
    if (integer && (!Number.isInteger(band.from) || (band.to !== null && !Number.isInteger(band.to)))) return invalid(bandLabel(band));
  }
  for (let i = 1; i < bands.length; i++) {
    const after = bands[i - 1]!;
    const before = bands[i]!;
    const next = integer ? after.to! + 1 : after.to!;
    if (before.from === next) continue;
    const params = { variable, after: bandLabel(after), before: bandLabel(before) };
    return { ok: false, problem: before.from > next ? { code: 'results.bandsGap', params } : { code: 'results.bandsOverlap', params } };
  }
  return { ok: true, bands: [...bands] };
}

/** The index of the band holding `value`, or -1 (below the first, above the last). */
export function bandIndex(bands: readonly Band[], integer: boolean, value: number): number {
  for (const [i, band] of bands.entries()) {
    if (value < band.from) return -1;
    const last = i === bands.length - 1;
    if (band.to === null || value < band.to || (value === band.to && (integer || last))) return i;
  }
  return -1;
}
