// The diff view's changes: added, removed, moved, and each kind of edit named, on the demo questionnaire.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../shared/authoring/diff.ts';
import { moveQuestion, removeQuestion, replaceQuestion } from '../../../shared/authoring/draft-edits.ts';
import { blankLabels } from '../../../shared/authoring/blank-labels.ts';
import { hungYen2026Version1 as demo } from '../../../shared/demo/hung-yen-2026.ts';
import { eq } from '../../../shared/survey/expression.ts';
import type { Question } from '../../../shared/survey/questionnaire.ts';

const first = demo.sections[0]!.questions[0]! as Extract<Question, { kind: 'single' }>;

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffVersions(demo, demo)).toEqual([]);
  });

  it('names what changed in a question, a move, an addition and a removal', () => {
    let draft = replaceQuestion(demo, { section: 0, index: 0 }, {
      ...first, text: 'Giới tính của Ông/Bà:', options: [...first.options, { code: 3, label: 'Khác' }], relevant: eq('c2', 1), optional: true,
    });
    draft = moveQuestion(draft, { section: 0, index: 2 }, { section: 0, index: 1 });
    draft = removeQuestion(draft, { section: 0, index: 3 });
    draft = { ...draft, sections: draft.sections.with(0, { ...draft.sections[0]!, questions: [...draft.sections[0]!.questions, { kind: 'note', variable: 'c99', paperNumber: 'Câu 99', text: 'Ghi chú' }] }) };
    const changes = diffVersions(demo, draft);
    expect(changes).toContainEqual({ change: 'changed', variable: 'c1', paperNumber: 'Câu 1', parts: ['text', 'required', 'options', 'condition'] });
    expect(changes).toContainEqual({ change: 'changed', variable: 'c3', paperNumber: 'Câu 3', parts: ['place'] });
    expect(changes).toContainEqual({ change: 'added', variable: 'c99', paperNumber: 'Câu 99' });
    expect(changes.at(-1)).toEqual({ change: 'removed', variable: 'c4', paperNumber: 'Câu 4' });
  });
});

describe('blankLabels', () => {
  it('names every label left empty while typing, which a save would be refused for', () => {
    const draft = replaceQuestion({ ...demo, sections: demo.sections.with(1, { ...demo.sections[1]!, title: ' ' }) }, { section: 0, index: 0 }, {
      ...first, text: '', options: [{ code: 1, label: ' ' }, ...first.options.slice(1)],
    });
    expect(blankLabels(draft)).toEqual([{ question: 'c1', field: 'text' }, { question: 'c1', field: 'options.0.label' }, { field: 'sections.1.title' }]);
    expect(blankLabels(demo)).toEqual([]);
  });
});
