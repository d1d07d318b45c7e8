// Codes keep their meaning across questionnaire versions.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { checkVersionCompatibility } from '../../../shared/survey/compatibility.ts';
import type { QuestionnaireVersion } from '../../../shared/survey/questionnaire.ts';

type Mutable = { sections: { questions: Record<string, unknown>[] }[] };
const next = (edit: (v: Mutable) => void): QuestionnaireVersion => {
  const v = structuredClone(hungYen2026Version1);
  v.version = 2;
  edit(v);
  return v;
};

describe('checkVersionCompatibility', () => {
  it('finds nothing between a version and itself, nor for added codes, re-spaced or re-cased labels', () => {
    expect(checkVersionCompatibility(hungYen2026Version1, hungYen2026Version1)).toEqual([]);
    const v2 = next((v) => {
      const c1 = v.sections[0]!.questions[0] as { options: { code: number; label: string }[] };
      c1.options.push({ code: 3, label: 'Khác' });
      c1.options[0]!.label = '  NAM. ';
    });
    expect(checkVersionCompatibility(hungYen2026Version1, v2)).toEqual([]);
  });

  it('reports a code whose label changed meaning and a removed code', () => {
    const v2 = next((v) => {
      const c9 = v.sections[1]!.questions[2] as { options: { code: number; label: string }[] };
      c9.options[2]!.label = 'Không đồng tình';
      c9.options.pop();
    });
    expect(checkVersionCompatibility(hungYen2026Version1, v2)).toEqual([
      { variable: 'c9', code: 'survey.compat.label_changed', params: { variable: 'c9', code: 3, before: 'Phân vân', after: 'Không đồng tình' } },
      { variable: 'c9', code: 'survey.compat.code_removed', params: { variable: 'c9', code: 5, label: 'Hoàn toàn không đồng tình' } },
    ]);
  });

  it('checks grid rows against the grid’s scale, and reports removed variables and changed kinds', () => {
    const v2 = next((v) => {
      const grid = v.sections[1]!.questions[4] as { options: { code: number; label: string }[]; rows: unknown[] };
      grid.options[0]!.label = 'Rất không hài lòng';
      grid.rows.pop();
      (v.sections[0]!.questions[0] as { kind: string }).kind = 'multiple';
    });
    const issues = checkVersionCompatibility(hungYen2026Version1, v2).map((i) => `${i.variable} ${i.code}`);
    expect(issues).toEqual([
      'c1 survey.compat.kind_changed',
      'c11_1 survey.compat.label_changed', 'c11_2 survey.compat.label_changed', 'c11_3 survey.compat.label_changed',
      'c11_4 survey.compat.label_changed', 'c11_5 survey.compat.variable_removed',
    ]);
  });
});
