// Next and Back follow the engine's path on the demo questionnaire: Câu 7 = 3 skips to Câu 10, Câu 14 = 3 to
// Câu 16, and a question that an answer took off the path resolves to the next one on it.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import { evaluate } from '#shared/survey/engine.ts';
import { END, nextPosition, previousPosition, resolvePosition } from '#client/form/navigation.ts';

const compiled = compileQuestionnaire(hungYen2026Version1);
const pathOf = (answers: Record<string, number>) => evaluate(compiled, answers, { unitNo: '01', stage: 'draft' }).path;

describe('interview navigation', () => {
  it('walks the full path without skips', () => {
    const path = pathOf({ c7: 1, c14: 1 });
    expect(nextPosition(path, 'c7')).toBe('c8');
    expect(previousPosition(path, 'c8')).toBe('c7');
    expect(nextPosition(path, 'c16')).toBe(END);
    expect(previousPosition(path, END)).toBe('c16');
    expect(previousPosition(path, 'c1')).toBeNull();
  });

  it('jumps over skipped questions both ways', () => {
    const path = pathOf({ c7: 3, c14: 3 });
    expect(nextPosition(path, 'c7')).toBe('c10');
    expect(previousPosition(path, 'c10')).toBe('c7');
    expect(nextPosition(path, 'c14')).toBe('c16');
  });

  it('resolves a position that went off the path, an unknown one, and none', () => {
    const path = pathOf({ c7: 3 });
    expect(resolvePosition(compiled, path, 'c9')).toBe('c10');
    expect(resolvePosition(compiled, path, 'nope')).toBe('c1');
    expect(resolvePosition(compiled, path, undefined)).toBe('c1');
    expect(resolvePosition(compiled, path, END)).toBe(END);
    expect(resolvePosition(compiled, path, 'c11')).toBe('c11');
  });
});
