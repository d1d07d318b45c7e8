// Where a reopened draft continues, on the demo questionnaire: the question it last showed (or the next one on
// the path when an answer skipped it), else the first unanswered question on the path, else the end screen.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import { evaluate } from '#shared/survey/engine.ts';
import type { Answers } from '#shared/survey/answer.ts';
import { END } from '#client/form/navigation.ts';
import { resumePosition } from '#client/form/resume.ts';

const compiled = compileQuestionnaire(hungYen2026Version1);
const resume = (answers: Answers, lastShown?: string) =>
  resumePosition(compiled, evaluate(compiled, answers, { unitNo: '01', stage: 'draft' }).path, answers, lastShown);

describe('resumePosition', () => {
  it('continues at the question last shown, answered or not', () => {
    expect(resume({ c6: '01', c1: 2, c2: 47 }, 'c3')).toBe('c3');
    expect(resume({ c6: '01', c1: 2, c2: 47 }, 'c1')).toBe('c1');
    expect(resume({ c6: '01' }, END)).toBe(END);
  });

  it('moves to the next question on the path when the one last shown was skipped since', () => {
    expect(resume({ c6: '01', c7: 3 }, 'c8')).toBe('c10');
  });

  it('without a kept position, opens the first unanswered question on the path (the pre-filled unit counts as answered)', () => {
    expect(resume({ c6: '01' })).toBe('c1');
    expect(resume({ c6: '01', c1: 2, c2: 47, c3: 4, c4: 2, c5: 3 })).toBe('c7');
    // A grid is unanswered while any of its rows is.
    const upToGrid = { c6: '01', c1: 2, c2: 47, c3: 4, c4: 2, c5: 3, c7: 3, c10: 1, c11_1: 2, c11_2: 2 };
    expect(resume(upToGrid)).toBe('c11');
  });

  it('opens the end screen when every question on the path is answered', () => {
    const path = evaluate(compiled, { c7: 3, c14: 3 }, { unitNo: '01', stage: 'draft' }).path;
    const answers: Answers = {};
    for (const id of path) {
      const question = compiled.questions[compiled.questionIndexOf.get(id)!]!;
      for (const name of question.answerVariables) answers[name] = name === 'c6' ? '01' : 1;
    }
    answers.c7 = 3;
    answers.c14 = 3;
    expect(resume(answers)).toBe(END);
  });
});
