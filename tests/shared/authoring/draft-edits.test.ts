// The builder's edits on the demo questionnaire: new questions numbered after the last, moves across sections
// by keyboard and by drop, sections removed without losing questions, renames that keep every skip working.
import { describe, expect, it } from 'vitest';
import {
  addOption, addSection, insertQuestion, moveItem, moveQuestion, neighbourPlace, newQuestion, questionAt, removeQuestion,
  removeSection, renameQuestionVariable, renameSection, type NewWords,
} from '../../../shared/authoring/draft-edits.ts';
import { nextOptionCode, nextPaperNumber, nextVariable, variablesOf, type Draft } from '../../../shared/authoring/suggest.ts';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { checkDefinition } from '../../../shared/survey/check-definition.ts';
import type { QuestionnaireVersion } from '../../../shared/survey/questionnaire.ts';

const words: NewWords = { question: 'Câu hỏi mới', option: (n) => `Phương án ${n}`, row: (n) => `Dòng ${n}`, section: 'Phần mới' };
const demo: Draft = hungYen2026Version1;
const papers = (draft: Draft) => draft.sections.map((s) => s.questions.map((q) => q.variable));
const asVersion = (draft: Draft): QuestionnaireVersion => ({ ...hungYen2026Version1, status: 'draft', sections: draft.sections });

describe('suggestions', () => {
  it('numbers a new question after the highest, with the questionnaire\'s own prefix and a free variable', () => {
    expect(nextPaperNumber(demo)).toBe('Câu 17');
    expect(nextVariable(demo)).toBe('c17');
    expect(nextPaperNumber({ sections: [] })).toBe('Câu 1');
    expect(nextVariable({ sections: [{ title: 'A', questions: [{ kind: 'note', variable: 'c2', paperNumber: 'Q2', text: 'x' }] }] })).toBe('c3');
    expect(nextPaperNumber({ sections: [{ title: 'A', questions: [{ kind: 'note', variable: 'c2', paperNumber: 'Q2', text: 'x' }] }] })).toBe('Q3');
  });
  it('knows every variable, grid rows and "other" texts included, and the next option code', () => {
    const names = variablesOf(demo);
    expect(['c11', 'c11_5', 'c3_other'].every((name) => names.has(name))).toBe(true);
    expect(nextOptionCode([{ code: 1, label: 'a' }, { code: 7, label: 'b' }])).toBe(8);
    expect(nextOptionCode([])).toBe(1);
  });
});

describe('draft edits', () => {
  it('adds a question of each kind that passes the definition check', () => {
    let draft = demo;
    for (const kind of ['single', 'multiple', 'grid', 'number', 'text', 'date', 'note'] as const) {
      draft = insertQuestion(draft, { section: 1, index: 0 }, newQuestion(draft, kind, words));
    }
    expect(checkDefinition(asVersion(draft))).toEqual([]);
    const grid = draft.sections[1]?.questions.find((q) => q.kind === 'grid');
    expect(grid).toMatchObject({ variable: 'c19', paperNumber: 'Câu 19', rows: [{ variable: 'c19_1', paperNumber: '19.1' }, { variable: 'c19_2' }] });
    expect(questionAt(draft, { section: 1, index: 0 })).toMatchObject({ kind: 'note', variable: 'c23' });
  });

  it('moves a question up and down by keyboard across section borders', () => {
    const first = { section: 1, index: 0 };
    const up = neighbourPlace(demo, first, -1);
    expect(up).toEqual({ section: 0, index: demo.sections[0]?.questions.length });
    const moved = moveQuestion(demo, first, up ?? first);
    expect(papers(moved)[0]?.at(-1)).toBe(questionAt(demo, first)?.variable);
    expect(neighbourPlace(demo, { section: 0, index: 0 }, -1)).toBeUndefined();
    const lastSection = demo.sections.length - 1;
    const last = { section: lastSection, index: (demo.sections[lastSection]?.questions.length ?? 1) - 1 };
    expect(neighbourPlace(demo, last, 1)).toBeUndefined();
    expect(neighbourPlace(demo, { section: 0, index: 0 }, 1)).toEqual({ section: 0, index: 1 });
  });

  it('moves a question to where it was dropped, and back again', () => {
    const moved = moveQuestion(demo, { section: 0, index: 0 }, { section: 0, index: 2 });
    expect(papers(moved)[0]?.slice(0, 3)).toEqual(['c2', 'c3', 'c1']);
    expect(moveQuestion(moved, { section: 0, index: 2 }, { section: 0, index: 0 })).toEqual(demo);
    expect(moveQuestion(demo, { section: 9, index: 0 }, { section: 0, index: 0 })).toBe(demo);
  });

  it('removes a question, and a section without losing its questions', () => {
    expect(papers(removeQuestion(demo, { section: 0, index: 0 }))[0]?.[0]).toBe('c2');
    const added = addSection(demo, 0, words);
    expect(added.sections[1]).toEqual({ title: 'Phần mới', questions: [] });
    expect(renameSection(added, 1, 'PHẦN II').sections[1]?.title).toBe('PHẦN II');
    const merged = removeSection(demo, 1);
    expect(merged.sections).toHaveLength(demo.sections.length - 1);
    expect(papers(merged).flat()).toEqual(papers(demo).flat());
    expect(papers(removeSection(demo, 0)).flat()).toEqual(papers(demo).flat());
    const only: Draft = { sections: [{ title: 'A', questions: [] }] };
    expect(removeSection(only, 0)).toBe(only);
  });

  it('adds options with the next code and moves items', () => {
    expect(addOption([{ code: 1, label: 'Có' }, { code: 2, label: 'Không' }], words).at(-1)).toEqual({ code: 3, label: 'Phương án 3' });
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
  });

  it('renames a question\'s variable and every skip condition that reads it', () => {
    const c7 = { section: 1, index: demo.sections[1]?.questions.findIndex((q) => q.variable === 'c7') ?? -1 };
    const renamed = renameQuestionVariable(demo, c7, 'c7_vai_tro');
    expect(checkDefinition(asVersion(renamed))).toEqual([]);
    const reading = renamed.sections.flatMap((s) => s.questions).filter((q) => JSON.stringify(q.relevant ?? null).includes('c7'));
    expect(reading.map((q) => q.variable)).toEqual(['c8', 'c9']);
    expect(reading.every((q) => JSON.stringify(q.relevant).includes('c7_vai_tro'))).toBe(true);
    expect(renameQuestionVariable(demo, c7, 'c7')).toBe(demo);
  });

  it('leaves the conditions to the other question while a duplicate name is being fixed', () => {
    const first = { section: 0, index: 0 };
    const c7 = { section: 1, index: demo.sections[1]?.questions.findIndex((q) => q.variable === 'c7') ?? -1 };
    // c1 typed as "c7" for a moment: c8 and c9 still read the real c7, and keep reading it when c1 gets its name back.
    const clash = renameQuestionVariable(demo, first, 'c7');
    const back = renameQuestionVariable(clash, first, 'c1');
    expect(back).toEqual(demo);
    expect(questionAt(renameQuestionVariable(clash, c7, 'c77'), first)?.variable).toBe('c7');
  });
});
