// A variable's codes never change meaning across versions of one survey: interviews taken on version 1 and
// version 2 are tabulated together, so code 3 of c9 must mean the same thing in both. This lists what breaks that.
import type { Option, QuestionnaireVersion } from './questionnaire.ts';
import { questionsOf } from './questions.ts';

export type CompatibilityIssue = {
  variable: string;
  code: 'survey.compat.variable_removed' | 'survey.compat.kind_changed' | 'survey.compat.code_removed' | 'survey.compat.label_changed';
  params: Record<string, string | number>;
};

type Shape = { kind: string; options: Option[] };

/** Answer variables with the kind of answer they hold; a grid row holds a single choice on the grid's scale. */
function shapes(version: QuestionnaireVersion): Map<string, Shape> {
  const out = new Map<string, Shape>();
  for (const q of questionsOf(version)) {
    if (q.kind === 'grid') for (const row of q.rows) out.set(row.variable, { kind: 'single', options: q.options });
    else if (q.kind !== 'note') out.set(q.variable, { kind: q.kind, options: 'options' in q ? q.options : [] });
    if ('options' in q) for (const o of q.options) if (o.specify) out.set(o.specify.variable, { kind: 'text', options: [] });
  }
  return out;
}

/** Case, spacing, Unicode form and trailing punctuation do not change a label's meaning. */
export function normalizeLabel(label: string): string {
  return label.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').replace(/[\s.,;:]+$/, '').trim();
}

/** Issues of `newer` against `older`; an empty list means every old answer keeps its meaning. Added codes are fine. */
export function checkVersionCompatibility(older: QuestionnaireVersion, newer: QuestionnaireVersion): CompatibilityIssue[] {
  const issues: CompatibilityIssue[] = [];
  const after = shapes(newer);
  for (const [variable, before] of shapes(older)) {
    const now = after.get(variable);
    if (!now) { issues.push({ variable, code: 'survey.compat.variable_removed', params: { variable } }); continue; }
    if (now.kind !== before.kind) {
      issues.push({ variable, code: 'survey.compat.kind_changed', params: { variable, before: before.kind, after: now.kind } });
      continue;
    }
    for (const option of before.options) {
      const match = now.options.find((o) => o.code === option.code);
      if (!match) issues.push({ variable, code: 'survey.compat.code_removed', params: { variable, code: option.code, label: option.label } });
      else if (normalizeLabel(match.label) !== normalizeLabel(option.label)) {
        issues.push({ variable, code: 'survey.compat.label_changed', params: { variable, code: option.code, before: option.label, after: match.label } });
      }
    }
  }
  return issues;
}
