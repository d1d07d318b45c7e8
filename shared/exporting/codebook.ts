// The codebook: one line per exported variable, in words, for the Excel sheet and anyone reading the layout.
import type { ExportColumn } from './columns.ts';
import type { MultipleResponseSet } from './layout.ts';

/** Notes below the variables, one line each (dictionary keys): what a reader of the files must know. */
export const CODEBOOK_NOTES = ['export.codebook.csvNote'] as const;

export type CodebookRow = { name: string; label: string; type: string; measure: string; codes: string; missing: string; set: string };

export function codebookRows(columns: readonly ExportColumn[], sets: readonly MultipleResponseSet[], words: (code: string) => string): CodebookRow[] {
  const setOf = new Map<string, string>();
  for (const set of sets) for (const name of set.columns) setOf.set(name, set.name);
  return columns.map((c) => ({
    name: c.name,
    label: c.label,
    type: words(`export.type.${c.type}`),
    measure: words(`export.measure.${c.measure}`),
    codes: c.valueLabels.map((l) => `${l.value} = ${l.label}`).join('\n'),
    missing: c.missing.join(', '),
    set: setOf.get(c.name) ?? '',
  }));
}
