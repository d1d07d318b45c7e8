// The paper form's skip instructions come from the definition's skip logic, and a range gives one serial per copy.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { and, eq, ne } from '#shared/survey/expression.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { serialsOf, skipInstructions } from '#shared/survey/paper-form.ts';

describe('skip instructions', () => {
  it('say where choosing an option jumps on the demo form: Câu 7 = 3 → Câu 10, Câu 14 = 3 → Câu 16', () => {
    expect(Object.fromEntries(skipInstructions(hungYen2026Version1))).toEqual({
      c7: [{ code: 3, target: 'Câu 10' }],
      c14: [{ code: 3, target: 'Câu 16' }],
    });
  });

  it('jump to the end when nothing follows, and print no jump for a condition resting on other answers', () => {
    const q = (variable: string, relevant?: ReturnType<typeof eq>) => ({
      kind: 'single' as const, variable, paperNumber: variable.toUpperCase(), text: variable,
      options: [{ code: 1, label: 'Có' }, { code: 2, label: 'Không' }], ...(relevant ? { relevant } : {}),
    });
    const version: QuestionnaireVersion = {
      surveySlug: 's', version: 1, status: 'draft',
      sections: [{ title: 'A', questions: [q('a'), q('b', and(ne('a', 2), eq('a', 1))), q('c', and(eq('a', 1), eq('b', 1))), q('d'), q('e', eq('d', 1))] }],
    };
    expect(Object.fromEntries(skipInstructions(version))).toEqual({ a: [{ code: 2, target: 'C' }], d: [{ code: 2, target: null }] });
  });
});

describe('serials of a range', () => {
  it('give 45 copies for 0701–0745, zero-padded', () => {
    const serials = serialsOf({ first: '0701', last: '0745' });
    expect(serials).toHaveLength(45);
    expect([serials[0], serials[44]]).toEqual(['0701', '0745']);
  });
  it('give none for a range backwards, of mixed widths or too long', () => {
    expect(serialsOf({ first: '0745', last: '0701' })).toEqual([]);
    expect(serialsOf({ first: '701', last: '0745' })).toEqual([]);
    expect(serialsOf({ first: '0001', last: '9999' })).toEqual([]);
  });
});
