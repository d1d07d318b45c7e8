// Serials written compactly for the device state: sorted, consecutive ones as runs ("0701-0712,0715"), so a unit
// of a hundred forms costs a few bytes on a phone's plan. Serials of one run share their number of digits.

/** Writes serials (any order, repeats allowed) as sorted runs: "0701-0703,0705". */
export function formatSerialRuns(serials: Iterable<string>): string {
  const sorted = [...new Set(serials)].filter((s) => /^\d+$/.test(s))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i];
    if (next !== undefined && next.length === prev.length && Number(next) === Number(prev) + 1) continue;
    runs.push(i - 1 === start ? prev : `${sorted[start]}-${prev}`);
    start = i;
  }
  return runs.join(',');
}

/** A run longer than this is not a unit's serials (two digits of sequence): read as nothing rather than trusted. */
const MAX_RUN = 10_000;

/** Reads runs back into serials; a malformed part is skipped (a newer server's notation must not break the app). */
export function parseSerialRuns(text: string): string[] {
  const serials: string[] = [];
  for (const part of text.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) continue;
    const first = match[1]!;
    const last = match[2] ?? first;
    if (last.length !== first.length || Number(last) < Number(first) || Number(last) - Number(first) > MAX_RUN) continue;
    for (let n = Number(first); n <= Number(last); n++) serials.push(String(n).padStart(first.length, '0'));
  }
  return serials;
}
