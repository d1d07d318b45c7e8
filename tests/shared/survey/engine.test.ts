// Walks the demo questionnaire (Hưng Yên 2026) through every rule of the engine, on good and bad answers.
import { describe, expect, it } from 'vitest';
import { hungYen2026 } from '../../../shared/demo/hung-yen-2026.ts';
import { COMPLETE_ANSWERS, scenario } from '../../helpers/scenario.ts';

const complete = () => scenario(hungYen2026, { answers: COMPLETE_ANSWERS });

describe('a complete interview', () => {
  it('has every question on the path, nothing missing and no issue', () => {
    const s = complete();
    expect(s.path()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13', 'c14', 'c15', 'c16']);
    expect(s.missing()).toEqual([]);
    expect(s.issues('finish')).toEqual([]);
    expect(s.dormant()).toEqual([]);
  });

  it('lists every required question as missing on an empty form, but raises "required" only at finish', () => {
    const s = scenario(hungYen2026);
    expect(s.missing()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10',
      'c11_1', 'c11_2', 'c11_3', 'c11_4', 'c11_5', 'c12', 'c13', 'c14', 'c15']);
    expect(s.issues('draft')).toEqual([]);
    const required = s.issues('finish');
    expect(required.every((i) => i.rule === 'required' && i.code === 'survey.issue.required')).toBe(true);
    expect(required.find((i) => i.question === 'c11_3')).toMatchObject({ paperNumber: '11.3', params: { paperNumber: '11.3' } });
  });

  it('does not require the optional open text of Câu 16', () => {
    const s = complete().clear('c16');
    expect(s.issues('finish')).toEqual([]);
    expect(s.path()).toContain('c16');
  });
});

describe('skip Câu 7 = 3 → Câu 10', () => {
  it('takes Câu 8 and 9 off the path and does not require them', () => {
    const s = complete().answer('c7', 3).clear('c8').clear('c9');
    expect(s.path()).not.toContain('c8');
    expect(s.path()).not.toContain('c9');
    expect(s.path()).toContain('c10');
    expect(s.issues('finish')).toEqual([]);
  });

  it('keeps Câu 8 and 9 on the path for Câu 7 = 1 or 2, and while Câu 7 is unanswered (empty != 3)', () => {
    expect(complete().answer('c7', 2).path()).toContain('c8');
    const s = scenario(hungYen2026);
    expect(s.path()).toContain('c8');
    expect(s.missingCode('c7', -2).path()).toContain('c9');
  });

  it('keeps off-path answers dormant while drafting and restores them when the path flips back', () => {
    const s = complete().answer('c8', [1, 6]).answer('c8_other', 'Loa phường');
    s.answer('c7', 3);
    expect(s.dormant()).toEqual(['c8', 'c8_other', 'c9']);
    expect(s.issues('finish')).toEqual([]);
    expect(s.answers().c8).toEqual([1, 6]);
    s.answer('c7', 1);
    expect(s.path()).toContain('c8');
    expect(s.dormant()).toEqual([]);
    expect(s.issues('finish')).toEqual([]);
  });

  it('drops the off-path answers at finish, writes -1 and gives a notice per dropped answer', () => {
    const s = complete().answer('c8', [1, 6]).answer('c8_other', 'Loa phường').answer('c7', 3);
    const before = structuredClone(s.answers());
    const { answers, notices, evaluation } = s.finalize();
    expect(answers.c8).toEqual({ missing: -1 });
    expect(answers.c9).toEqual({ missing: -1 });
    expect(answers).not.toHaveProperty('c8_other');
    expect(notices.map((n) => [n.question, n.paperNumber, n.code])).toEqual([
      ['c8', 'Câu 8', 'survey.notice.dropped_off_path'],
      ['c8_other', 'Câu 8', 'survey.notice.dropped_off_path'],
      ['c9', 'Câu 9', 'survey.notice.dropped_off_path'],
    ]);
    expect(evaluation.issues).toEqual([]);
    expect(evaluation.dormant).toEqual([]);
    expect(s.answers()).toEqual(before); // the draft itself is untouched
  });

  it('writes -1 silently for off-path questions that were never answered', () => {
    const s = complete().clear('c8').clear('c9').answer('c7', 3);
    const { answers, notices } = s.finalize();
    expect(answers.c8).toEqual({ missing: -1 });
    expect(notices).toEqual([]);
  });
});

describe('skip Câu 14 = 3 → Câu 16', () => {
  it('takes Câu 15 off the path', () => {
    const s = complete().clear('c15').answer('c14', 3);
    expect(s.path()).not.toContain('c15');
    expect(s.path().slice(-3)).toEqual(['c13', 'c14', 'c16']);
    expect(s.issues('finish')).toEqual([]);
  });

  it('requires Câu 15 for Câu 14 = 1 or 2', () => {
    const s = complete().clear('c15').answer('c14', 1);
    expect(s.problems()).toEqual(['c15:required']);
  });
});

describe('Câu 12: at most 3, and option 6 is exclusive', () => {
  it('accepts one to three answers', () => {
    expect(complete().answer('c12', [1]).problems()).toEqual([]);
    expect(complete().answer('c12', [1, 2, 5]).problems()).toEqual([]);
  });

  it('refuses a fourth answer', () => {
    const s = complete().answer('c12', [1, 2, 3, 4]);
    expect(s.issues('finish')).toEqual([expect.objectContaining({
      question: 'c12', paperNumber: 'Câu 12', rule: 'too_many_choices', code: 'survey.issue.too_many_choices',
      params: { max: 3, count: 4, paperNumber: 'Câu 12' },
    })]);
  });

  it('accepts "Không có khó khăn gì" alone and refuses it combined', () => {
    expect(complete().answer('c12', [6]).problems()).toEqual([]);
    const s = complete().answer('c12', [6, 2]);
    expect(s.issues('finish')).toEqual([expect.objectContaining({ rule: 'exclusive_combined', params: expect.objectContaining({ code: 6 }) })]);
  });

  it('counts a code keyed twice once', () => {
    expect(complete().answer('c12', [1, 1, 2, 3]).problems()).toEqual([]);
  });
});

describe('"other – specify" texts', () => {
  const cases: { variable: string; other: number; value: number | number[]; text: string }[] = [
    { variable: 'c3', other: 7, value: 7, text: 'c3_other' },
    { variable: 'c8', other: 6, value: [2, 6], text: 'c8_other' },
    { variable: 'c12', other: 7, value: [1, 7], text: 'c12_other' },
    { variable: 'c15', other: 5, value: [5], text: 'c15_other' },
  ];
  for (const c of cases) {
    it(`${c.variable}: code ${c.other} needs its text in ${c.text}`, () => {
      const s = complete().answer(c.variable, c.value);
      expect(s.issues('finish')).toEqual([expect.objectContaining({
        question: c.text, rule: 'other_without_text', params: expect.objectContaining({ code: c.other }),
      })]);
      expect(s.answer(c.text, '   ').problems()).toEqual([`${c.text}:other_without_text`]);
      expect(s.answer(c.text, 'Tự tìm hiểu').problems()).toEqual([]);
    });
  }

  it('accepts "Khác" ticked with nothing written (-2) or an unreadable text (-3), but not -1', () => {
    expect(complete().answer('c3', 7).missingCode('c3_other', -2).problems()).toEqual([]);
    expect(complete().answer('c3', 7).missingCode('c3_other', -3).problems()).toEqual([]);
    expect(complete().answer('c3', 7).missingCode('c3_other', -1).problems()).toEqual(['c3_other:other_without_text']);
  });

  it('keeps an "other" text dormant when its option is unchosen, and drops it at finish', () => {
    const s = complete().answer('c3', 7).answer('c3_other', 'Tiểu thương').answer('c3', 4);
    expect(s.dormant()).toEqual(['c3_other']);
    expect(s.problems()).toEqual([]);
    const { answers, notices } = s.finalize();
    expect(answers).not.toHaveProperty('c3_other');
    expect(answers.c3).toBe(4);
    expect(notices.map((n) => n.question)).toEqual(['c3_other']);
  });

  it('refuses an "other" text over its length', () => {
    expect(complete().answer('c3', 7).answer('c3_other', 'x'.repeat(501)).problems()).toEqual(['c3_other:text_too_long']);
  });
});

describe('Câu 2: age 18–100, whole years', () => {
  it.each([18, 45, 100])('accepts %s', (age) => {
    expect(complete().answer('c2', age).problems()).toEqual([]);
  });
  it.each([17, 101, 0, -4])('refuses %s as out of range', (age) => {
    const issues = complete().answer('c2', age).issues('finish');
    expect(issues).toEqual([expect.objectContaining({
      question: 'c2', paperNumber: 'Câu 2', rule: 'out_of_range', params: { value: age, min: 18, max: 100, paperNumber: 'Câu 2' },
    })]);
  });
  it('refuses 45.5 as not a whole number', () => {
    expect(complete().answer('c2', 45.5).problems()).toEqual(['c2:not_integer']);
  });
  it('refuses text typed into a number', () => {
    expect(complete().answer('c2', '45').problems()).toEqual(['c2:wrong_type']);
  });
});

describe('Câu 11: a grid of five rows on one scale', () => {
  it('checks each row by its own variable and paper number', () => {
    const s = complete().clear('c11_2').answer('c11_4', 6).answer('c11_5', 0);
    expect(s.issues('finish').map((i) => [i.question, i.paperNumber, i.rule])).toEqual([
      ['c11_2', '11.2', 'required'],
      ['c11_4', '11.4', 'unknown_code'],
      ['c11_5', '11.5', 'unknown_code'],
    ]);
  });
  it('accepts every code 1–5 in every row', () => {
    for (let code = 1; code <= 5; code++) {
      const s = complete().fill({ c11_1: code, c11_2: code, c11_3: code, c11_4: code, c11_5: code });
      expect(s.problems()).toEqual([]);
    }
  });
  it('lists the grid once on the path, by its own id', () => {
    expect(complete().path().filter((id) => id.startsWith('c11'))).toEqual(['c11']);
  });
});

describe('declared missing codes', () => {
  it('accepts -2 (blank on paper) and -3 (illegible) in place of any answer, as satisfying "required"', () => {
    const s = complete().missingCode('c1', -2).missingCode('c2', -3).missingCode('c8', -2).missingCode('c11_3', -3).missingCode('c16', -2);
    expect(s.problems()).toEqual([]);
    expect(s.missing()).toEqual([]);
  });
  it('does not ask for an "other" text behind a missing code', () => {
    expect(complete().missingCode('c3', -3).problems()).toEqual([]);
  });
  it('refuses -1 (skipped by the path) on a question that is on the path', () => {
    const issues = complete().missingCode('c9', -1).issues('draft');
    expect(issues).toEqual([expect.objectContaining({ question: 'c9', rule: 'off_path', code: 'survey.issue.off_path' })]);
  });
  it('accepts -1 on a question that is off the path', () => {
    expect(complete().answer('c7', 3).missingCode('c8', -1).missingCode('c9', -1).problems()).toEqual([]);
  });
  it('refuses a missing code outside -1, -2, -3', () => {
    expect(complete().answer('c4', { missing: -9 } as never).problems()).toEqual(['c4:unknown_code']);
  });
});

describe('unknown codes and wrong forms', () => {
  it('refuses a single-choice code not on the form', () => {
    expect(complete().answer('c1', 3).issues('finish')).toEqual([expect.objectContaining({
      question: 'c1', rule: 'unknown_code', params: { value: 3, paperNumber: 'Câu 1' },
    })]);
    expect(complete().answer('c13', 5).problems()).toEqual(['c13:unknown_code']);
  });
  it('refuses each unknown code of a multiple choice', () => {
    expect(complete().answer('c8', [1, 9, 0]).problems()).toEqual(['c8:unknown_code', 'c8:unknown_code']);
  });
  it('refuses a list given to a single choice and a number given to a multiple choice', () => {
    expect(complete().answer('c5', [1]).problems()).toEqual(['c5:wrong_type']);
    expect(complete().answer('c12', 1).problems()).toEqual(['c12:wrong_type']);
  });
  it('refuses an open text over 2000 characters', () => {
    expect(complete().answer('c16', 'ý'.repeat(2001)).problems()).toEqual(['c16:text_too_long']);
  });
});

describe('Câu 6: the unit question', () => {
  it('must hold the interview’s own unit', () => {
    expect(complete().answer('c6', '08').issues('finish')).toEqual([expect.objectContaining({
      question: 'c6', rule: 'unit_mismatch', params: { value: '08', expected: '07', paperNumber: 'Câu 6' },
    })]);
    expect(scenario(hungYen2026, { unitNo: '21', answers: { ...COMPLETE_ANSWERS, c6: '21' } }).problems()).toEqual([]);
  });
});
