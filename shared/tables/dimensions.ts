// The two sides of a cross-tab: the interview's unit, unit kind, mode or entry, or a question — a single
// choice, the unit question, a grid row, a number in its bands, or (as rows only) a multiple choice.
// Each side turns an interview into its category keys, or null when it has no valid answer there.
import type { UnitKind } from '../survey/survey.ts';
import type { TableCase, Words } from './cases.ts';
import { bandIndex, bandKey, bandLabel } from './bands.ts';
import type { TablePlan } from './plan.ts';
import type { Category } from './schema.ts';
import { codeKey, textKey } from './tabulate.ts';

export const CASE_DIMENSIONS = ['unit', 'unitKind', 'mode', 'entry'] as const;
export type Dimension = { variable: string; title: string; categories: Category[]; multiple: boolean; keysOf: (c: TableCase) => string[] | null };
export type DimensionProblem =
  | { code: 'results.unknownQuestion'; params: { variable: string } }
  | { code: 'results.notCrossable'; params: { variable: string } }
  | { code: 'results.bandsRequired'; params: { variable: string } };
export type DimensionResult = { ok: true; dimension: Dimension } | { ok: false; problem: DimensionProblem };

const UNIT_KINDS: readonly UnitKind[] = ['province', 'ward', 'commune'];
const single = (key: string | undefined) => (key === undefined ? null : [key]);
const valid = (key: { valid: string } | { missing: string }) => ('valid' in key ? [key.valid] : null);

function caseDimension(name: (typeof CASE_DIMENSIONS)[number], plan: TablePlan, words: Words): Dimension {
  const title = words(`results.by.${name}`);
  const kindOf = new Map(plan.units.map((u) => [u.no, u.kind]));
  switch (name) {
    case 'unit':
      return { variable: name, title, multiple: false, categories: plan.units.map((u) => ({ key: u.no, label: u.name })), keysOf: (c) => [c.unitNo] };
    case 'unitKind': {
      const present = UNIT_KINDS.filter((k) => plan.units.some((u) => u.kind === k));
      return { variable: name, title, multiple: false, categories: present.map((k) => ({ key: k, label: words(`quota.kind.${k}`) })), keysOf: (c) => single(kindOf.get(c.unitNo)) };
    }
    case 'mode':
      return { variable: name, title, multiple: false, categories: ['direct', 'online'].map((m) => ({ key: m, label: words(`export.mode.${m}`) })), keysOf: (c) => [c.mode] };
    case 'entry':
      return { variable: name, title, multiple: false, categories: ['interview', 'paper'].map((m) => ({ key: m, label: words(`export.entry.${m}`) })), keysOf: (c) => [c.entry] };
  }
}

/** `asRows`: a multiple choice may be the rows of a cross-tab, never its columns. */
export function resolveDimension(plan: TablePlan, name: string, words: Words, asRows: boolean): DimensionResult {
  const caseName = CASE_DIMENSIONS.find((d) => d === name);
  if (caseName) return { ok: true, dimension: caseDimension(caseName, plan, words) };
  const refuse = (code: DimensionProblem['code']): DimensionResult => ({ ok: false, problem: { code, params: { variable: name } } });
  for (const q of plan.questions) {
    const head = { variable: name, title: q.title, multiple: false };
    if (q.kind === 'grid') {
      const row = q.rows.find((r) => r.key === name);
      if (row) return { ok: true, dimension: { ...head, title: row.label, categories: q.scale, keysOf: (c) => valid(codeKey(c.answers[name])) } };
      if (q.variable === name) return refuse('results.notCrossable');
      continue;
    }
    if (q.variable !== name) continue;
    switch (q.kind) {
      case 'single': return { ok: true, dimension: { ...head, categories: q.options, keysOf: (c) => valid(codeKey(c.answers[name])) } };
      case 'unit': return { ok: true, dimension: { ...head, categories: q.options, keysOf: (c) => valid(textKey(c.answers[name])) } };
      case 'multiple': {
        if (!asRows) return refuse('results.notCrossable');
        const keysOf = (c: TableCase) => {
          const value = c.answers[name];
          return Array.isArray(value) && value.length > 0 ? [...new Set(value.map(String))] : null;
        };
        return { ok: true, dimension: { ...head, multiple: true, categories: q.options, keysOf } };
      }
      case 'number': {
        const bands = q.bands;
        if (!bands) return refuse('results.bandsRequired');
        const keysOf = (c: TableCase) => {
          const value = c.answers[name];
          const i = typeof value === 'number' ? bandIndex(bands, q.integer, value) : -1;
          return i < 0 ? null : [bandKey(bands[i]!)];
        };
        return { ok: true, dimension: { ...head, categories: bands.map((b) => ({ key: bandKey(b), label: bandLabel(b) })), keysOf } };
      }
      case 'open': return refuse('results.notCrossable');
    }
  }
  return refuse('results.unknownQuestion');
}
