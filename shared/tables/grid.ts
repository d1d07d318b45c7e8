// A grid (rows × one shared scale) as one table: each row variable's counts on the scale, its own valid
// count and valid %, and its missing codes apart — the same numbers as one FREQUENCIES table per row.
import type { Category, GridTable } from './schema.ts';
import { frequencyAccumulator } from './frequency.ts';
import { type MissingKey, type Words } from './cases.ts';

export function gridAccumulator(head: { variable: string; title: string }, rows: readonly Category[], scale: readonly Category[]) {
  const perRow = rows.map((row) => frequencyAccumulator({ variable: row.key, title: row.label }, scale));
  return {
    add: (keys: readonly ({ valid: string } | { missing: MissingKey })[], weight = 1) => {
      keys.forEach((key, i) => perRow[i]!.add(key, weight));
    },
    /** One row's answer alone (the compact store tallies each row apart). */
    addRow: (row: number, key: { valid: string } | { missing: MissingKey }, weight = 1) => perRow[row]!.add(key, weight),
    finish: (words: Words): GridTable => {
      const tables = perRow.map((acc) => acc.finish(words));
      // A code outside the scale (an older version's) widens the scale for every row.
      const keys = [...new Set([...scale.map((s) => s.key), ...tables.flatMap((t) => t.rows.map((r) => r.key))])];
      const labels = new Map(tables.flatMap((t) => t.rows.map((r) => [r.key, r.label] as const)));
      return {
        kind: 'grid', ...head, total: tables[0]?.total ?? 0,
        scale: keys.map((key) => ({ key, label: labels.get(key) ?? key })),
        rows: tables.map((t) => {
          const byKey = new Map(t.rows.map((r) => [r.key, r]));
          return {
            variable: t.variable, label: t.title, valid: t.valid,
            counts: keys.map((k) => byKey.get(k)?.count ?? 0), validPercents: keys.map((k) => byKey.get(k)?.validPercent ?? 0),
            missing: t.missing,
          };
        }),
      };
    },
  };
}
