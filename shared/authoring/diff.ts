// What changed in a draft since the published version it will replace, question by question (by variable, the
// name that carries meaning across versions): added, removed, and for the others which parts changed.
import type { Question, QuestionnaireVersion } from '../survey/questionnaire.ts';

export type ChangedPart = 'kind' | 'paperNumber' | 'text' | 'hint' | 'required' | 'options' | 'rows' | 'limits' | 'condition' | 'place';
export type QuestionChange =
  | { change: 'added'; variable: string; paperNumber: string }
  | { change: 'removed'; variable: string; paperNumber: string }
  | { change: 'changed'; variable: string; paperNumber: string; parts: ChangedPart[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const LIMITS = ['min', 'max', 'integer', 'unitLabel', 'maxLength'] as const;

function changedParts(before: Question, after: Question, moved: boolean): ChangedPart[] {
  const field = (q: Question, key: string) => (q as Record<string, unknown>)[key];
  const parts: ChangedPart[] = [];
  if (before.kind !== after.kind) parts.push('kind');
  if (before.paperNumber !== after.paperNumber) parts.push('paperNumber');
  if (before.text !== after.text) parts.push('text');
  if (!same(before.hint, after.hint)) parts.push('hint');
  if (Boolean(before.optional) !== Boolean(after.optional)) parts.push('required');
  if (!same(field(before, 'options'), field(after, 'options'))) parts.push('options');
  if (!same(field(before, 'rows'), field(after, 'rows'))) parts.push('rows');
  if (LIMITS.some((key) => !same(field(before, key), field(after, key)))) parts.push('limits');
  if (!same(before.relevant, after.relevant)) parts.push('condition');
  if (moved) parts.push('place');
  return parts;
}

/** The changes from `before` to `after`, in the draft's paper order, removed questions last. */
export function diffVersions(before: QuestionnaireVersion, after: QuestionnaireVersion): QuestionChange[] {
  const list = (v: QuestionnaireVersion) => v.sections.flatMap((s) => s.questions);
  const old = list(before);
  const oldByVariable = new Map(old.map((q, i) => [q.variable, { q, i }]));
  const kept = list(after).filter((q) => oldByVariable.has(q.variable));
  const keptOrder = old.filter((q) => kept.some((k) => k.variable === q.variable)).map((q) => q.variable);
  const changes: QuestionChange[] = [];
  for (const q of list(after)) {
    const previous = oldByVariable.get(q.variable);
    if (!previous) { changes.push({ change: 'added', variable: q.variable, paperNumber: q.paperNumber }); continue; }
    const moved = keptOrder.indexOf(q.variable) !== kept.indexOf(q);
    const parts = changedParts(previous.q, q, moved);
    if (parts.length > 0) changes.push({ change: 'changed', variable: q.variable, paperNumber: q.paperNumber, parts });
  }
  const now = new Set(list(after).map((q) => q.variable));
  for (const q of old) if (!now.has(q.variable)) changes.push({ change: 'removed', variable: q.variable, paperNumber: q.paperNumber });
  return changes;
}
