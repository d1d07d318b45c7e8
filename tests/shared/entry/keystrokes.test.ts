// keysFor/keystrokesFor: the fewest keys for an interview, checked by replaying them through the reducer on
// many generated paper interviews (both skips, "other" texts, blanks, multi-line texts), and refusing what
// cannot be keyed as given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '../../../shared/demo/generate-interviews.ts';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { keysFor, keystrokesFor } from '../../../shared/entry/keystrokes.ts';
import { finalizeAnswers } from '../../../shared/survey/engine.ts';
import { keying } from './support/keying.ts';

const FOOTER = { interviewerName: 'Nguyễn Văn An', interviewDate: '2026-05-28' };
const SHORT = {
  c1: 1, c2: 45, c3: 4, c4: 2, c5: 3, c6: '07', c7: 3, c10: 2,
  c11_1: 2, c11_2: 3, c11_3: 1, c11_4: 2, c11_5: 4, c12: [3, 4], c13: 2, c14: 3,
};

describe('keystrokesFor', () => {
  const k = keying();
  const { compiled } = k;
  const options = { unitNo: '07', year: 2026 };

  it('counts the shortest demo interview: both skips, nothing written, serial suggested, footer carried over', () => {
    const prefilled = { ...options, suggestedSerial: '0701', defaults: FOOTER };
    // Enter + 1,45,4,2,3 + 3 + 2 + five grid rows + 34 Enter + 2 + 3 + Enter (Câu 16) + Enter Enter
    expect(keysFor(compiled, SHORT, '0701', FOOTER, prefilled)).toEqual(
      ['Enter', '1', '4', '5', '4', '2', '3', '3', '2', '2', '3', '1', '2', '4', '3', '4', 'Enter', '2', '3', 'Enter', 'Enter', 'Enter']);
    expect(keystrokesFor(compiled, SHORT, '0701', FOOTER, prefilled)).toBe(22);
    // Typed in full: the serial (4), the name (13 + Enter) and the date (2805 + Enter).
    expect(keystrokesFor(compiled, SHORT, '0701', FOOTER, options)).toBe(22 - 1 + 4 - 2 + 14 + 5);
  });

  it('uses ddmm for the survey year, ddmmyy for another year of the century, ddmmyyyy before 2000', () => {
    const dateKeys = (interviewDate: string) => keysFor(compiled, SHORT, '0701', { ...FOOTER, interviewDate }, options)!.slice(-9);
    expect(dateKeys('2026-05-28').slice(-5)).toEqual(['2', '8', '0', '5', 'Enter']);
    expect(dateKeys('2025-12-31').slice(-7)).toEqual(['3', '1', '1', '2', '2', '5', 'Enter']);
    expect(dateKeys('1999-12-31').slice(-8)).toEqual(['3', '1', '1', '2', '1', '9', '9', '9']);
  });

  it('is null for what cannot be keyed as given: an unknown code, a required answer absent, another unit\'s serial', () => {
    expect(keysFor(compiled, { ...SHORT, c1: 9 }, '0701', FOOTER, options)).toBeNull();
    const { c13: _, ...withoutC13 } = SHORT;
    expect(keysFor(compiled, withoutC13, '0701', FOOTER, options)).toBeNull();
    expect(keysFor(compiled, SHORT, '0801', FOOTER, options)).toBeNull();
    expect(keysFor(compiled, { ...SHORT, c12: [1, 2, 3, 4] }, '0701', FOOTER, options)).toBeNull();
    expect(keysFor(compiled, SHORT, '0701', { ...FOOTER, interviewerName: ' ' }, options)).toBeNull();
  });

  it('replays to the same finished answers for any generated paper interview, in under 60 keys when texts are short', () => {
    const counts: number[] = [];
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      const interviews = generateInterviews({ version: hungYen2026Version1, count: 4, unitNos: ['07', '21'], seed, paperShare: 1, blankShare: 0.1 });
      for (const interview of interviews) {
        const opts = { unitNo: interview.unitNo, year: 2026 };
        const keys = keysFor(compiled, interview.answers, interview.serial!, interview.paper!, opts);
        expect(keys).not.toBeNull();
        const replay = keying(hungYen2026Version1, opts).press(...keys!);
        expect(replay.at()).toBeNull();
        expect(finalizeAnswers(compiled, replay.answers(), { unitNo: interview.unitNo }).answers).toEqual(interview.answers);
        expect(replay.values()).toMatchObject({ serial: interview.serial, ...interview.paper });
        const texts = ['c3_other', 'c8_other', 'c12_other', 'c15_other', 'c16']
          .reduce((n, v) => n + (typeof interview.answers[v] === 'string' ? interview.answers[v].length + 1 : 0), 0);
        counts.push(keys!.length - texts);
      }
    }), { numRuns: 30 });
    // Without the typed texts (each character one key), every generated interview keys in under 60.
    expect(Math.max(...counts)).toBeLessThan(60);
  });
});
