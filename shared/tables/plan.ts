// What the tables of a survey are, worked out once before any interview is read: each question of the newest
// version (older versions' extra options and questions added, as the export merges them), its title as SPSS
// prints it, its categories, and the bands the admin set on number questions (checked here).
import { numberedLabel, rowPaperNumber } from '../exporting/labels.ts';
import type { Question, QuestionnaireVersion } from '../survey/questionnaire.ts';
import { questionsOf } from '../survey/questions.ts';
import type { Unit } from '../survey/survey.ts';
import { checkBands, parseBands, type Band, type BandProblem } from './bands.ts';
import type { Category } from './schema.ts';

type Head = { variable: string; title: string };
export type PlannedQuestion =
  | Head & { kind: 'single' | 'unit' | 'multiple'; options: Category[] }
  | Head & { kind: 'grid'; rows: Category[]; scale: Category[] }
  | Head & { kind: 'number'; integer: boolean; bands: Band[] | null }
  | Head & { kind: 'open' };
export type TablePlan = { questions: PlannedQuestion[]; units: readonly Unit[] };
export type PlanResult = { ok: true; plan: TablePlan } | { ok: false; problem: BandProblem };

const options = (q: Question): Category[] => ('options' in q ? q.options.map((o) => ({ key: String(o.code), label: o.label })) : []);

function planQuestion(q: Question, units: readonly Unit[]): PlannedQuestion | null {
  const head = { variable: q.variable, title: numberedLabel(q.paperNumber, q.text) };
  switch (q.kind) {
    case 'single': case 'multiple': return { ...head, kind: q.kind, options: options(q) };
    case 'unit': return { ...head, kind: 'unit', options: units.map((u) => ({ key: u.no, label: u.name })) };
    case 'grid': return {
      ...head, kind: 'grid', scale: options(q),
      rows: q.rows.map((r) => ({ key: r.variable, label: numberedLabel(rowPaperNumber(q.paperNumber, r.paperNumber), r.text) })),
    };
    case 'number': return { ...head, kind: 'number', integer: q.integer !== false, bands: null };
    case 'text': case 'date': return { ...head, kind: 'open' };
    case 'note': return null;
  }
}

/** Categories of both, the newer's first; an older version's extra codes after them in code order. */
function unite(newer: Category[], older: Category[]): Category[] {
  const known = new Set(newer.map((c) => c.key));
  const extra = older.filter((c) => !known.has(c.key)).sort((a, b) => Number(a.key) - Number(b.key));
  return extra.length ? [...newer, ...extra] : newer;
}

function mergeInto(known: PlannedQuestion, older: PlannedQuestion): void {
  if ('options' in known && 'options' in older) known.options = unite(known.options, older.options);
  if (known.kind === 'grid' && older.kind === 'grid') {
    known.scale = unite(known.scale, older.scale);
    known.rows = [...known.rows, ...older.rows.filter((r) => !known.rows.some((k) => k.key === r.key))];
  }
}

/** `bandTexts`: variable → "18-30,31-45,61+". A band list on no number question, or a bad one, is refused. */
export function buildTablePlan(versions: readonly QuestionnaireVersion[], units: readonly Unit[], bandTexts: Readonly<Record<string, string>> = {}): PlanResult {
  const questions: PlannedQuestion[] = [];
  for (const version of [...versions].sort((a, b) => b.version - a.version)) {
    for (const q of questionsOf(version)) {
      const planned = planQuestion(q, units);
      if (!planned) continue;
      const known = questions.find((k) => k.variable === planned.variable);
      if (!known) questions.push(planned);
      else if (known.kind === planned.kind) mergeInto(known, planned);
    }
  }
  for (const [variable, text] of Object.entries(bandTexts)) {
    const q = questions.find((k) => k.variable === variable);
    if (q?.kind !== 'number') return { ok: false, problem: { code: 'results.bandsInvalid', params: { variable, value: text } } };
    const parsed = parseBands(variable, text);
    const checked = parsed.ok ? checkBands(variable, parsed.bands, q.integer) : parsed;
    if (!checked.ok) return checked;
    q.bands = checked.bands;
  }
  return { ok: true, plan: { questions, units } };
}
