// The tables of coded variables (issue 21): one frequency table per coded text variable, counting each interview's
// text under the code its folded form was given; texts nobody has coded yet are counted apart, as missing. Read
// at request time from the texts the compact store keeps (or, for the recount, from the records): a coding changes
// no interview, so nothing packed goes stale when texts are coded.
import { codedName, codeOfAnswer, type CodedVariable } from '#shared/coding/coded.ts';
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { Words } from '#shared/tables/cases.ts';
import type { FrequencyTable, ResultTable } from '#shared/tables/schema.ts';
import type { Db } from '../db/open.ts';
import { iterateTextColumns } from '../repo/result-rows.ts';
import { iterateStoredTexts } from '../repo/tabulation-texts.ts';
import type { TextVariable } from './coding.ts';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

export function codedTable(coded: CodedVariable, title: string, texts: Iterable<string>, words: Words): FrequencyTable {
  const counts = new Map<number, number>();
  let total = 0;
  let uncoded = 0;
  // Texts repeat: each distinct one is folded once.
  const seen = new Map<string, number | null>();
  for (const text of texts) {
    total += 1;
    let code = seen.get(text);
    if (code === undefined) seen.set(text, code = codeOfAnswer(coded, text));
    if (code === null) uncoded += 1;
    else counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const valid = total - uncoded;
  let cumulative = 0;
  const rows = [...coded.codes].sort((a, b) => a.code - b.code).map((c) => {
    const count = counts.get(c.code) ?? 0;
    cumulative += count;
    return {
      key: String(c.code), label: c.label, count, percent: percent(count, total), validPercent: percent(count, valid),
      cumulativePercent: percent(cumulative, valid),
    };
  });
  return {
    variable: codedName(coded.variable), title: `${title} (${words('results.coded.title')})`, total, kind: 'frequency', valid, rows,
    missing: uncoded === 0 ? [] : [{ key: 'uncoded', label: words('results.coded.uncoded'), count: uncoded, percent: percent(uncoded, total) }],
  };
}

/** Each variable's texts under the filters: read from the records, or from the compact store. */
export type TextsOf = (variables: readonly string[]) => Map<string, string[]>;

export function textsFromRecords(db: Db, surveyId: number, filters: ExportFilters): TextsOf {
  return (variables) => {
    const out = new Map(variables.map((v) => [v, [] as string[]]));
    // One pass over the records for every coded variable: SQLite parses each record once.
    for (const values of iterateTextColumns(db, surveyId, filters, variables)) {
      values.forEach((value, n) => { if (value !== null) out.get(variables[n]!)!.push(value); });
    }
    return out;
  };
}

export function textsFromStore(db: Db, surveyId: number, layout: () => number, filters: ExportFilters): TextsOf {
  return (variables) => {
    const out = new Map(variables.map((v) => [v, [] as string[]]));
    for (const row of iterateStoredTexts(db, surveyId, layout(), filters, variables)) out.get(row.variable)?.push(row.text);
    return out;
  };
}

/** The tables with each coded table right after its question's (or last, for an open question). */
export function withCodedTables(
  tables: ResultTable[], coded: readonly CodedVariable[], texts: ReadonlyMap<string, TextVariable>, textsOf: TextsOf, words: Words,
): ResultTable[] {
  const known = coded.filter((c) => texts.has(c.variable));
  if (known.length === 0) return tables;
  const read = textsOf(known.map((c) => c.variable));
  const out = [...tables];
  for (const c of known) {
    const text = texts.get(c.variable)!;
    const table = codedTable(c, text.title, read.get(c.variable) ?? [], words);
    const after = out.findIndex((t) => t.variable === (text.owner ?? c.variable));
    if (after < 0) out.push(table);
    else out.splice(after + 1, 0, table);
  }
  return out;
}
