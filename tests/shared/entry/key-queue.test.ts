// Every key applied in order, exactly once: the keys of eight generated forms typed with no pause at all (one
// queue, nothing applied yet) come out as eight forms identical to the paper, serial by serial; a form's keys
// stop at its end and the rest wait for the next form; the statistics count keys, corrections and time.
import { describe, expect, it } from 'vitest';
import { applyTyped, keyingStats, NO_KEYS, type Keyed, type Typed } from '../../../shared/entry/key-queue.ts';
import { startKeying, type KeyingOptions } from '../../../shared/entry/keying.ts';
import { finalizeAnswers } from '../../../shared/survey/engine.ts';
import { generatePaperForms, PAPER_UNIT_NO, PAPER_YEAR } from '../../helpers/paper-forms.ts';
import { keying } from './support/keying.ts';

const forms = generatePaperForms(8);
const compiled = keying().compiled;

function optionsFor(n: number): KeyingOptions {
  return { unitNo: PAPER_UNIT_NO, year: PAPER_YEAR, ...forms[n]!.prefill };
}

describe('the key queue', () => {
  it('turns the keys of eight forms, typed all at once, into eight forms identical to the paper', () => {
    let queue: Typed[] = forms.flatMap((f) => f.keys).map((key, at) => ({ key, at }));
    const stored = [];
    for (let n = 0; n < forms.length; n++) {
      const options = optionsFor(n);
      const { keyed, rest } = applyTyped(compiled, options, { state: startKeying(compiled, options), tally: NO_KEYS }, queue);
      expect(keyed.state.done, forms[n]!.name).toBe(true);
      expect(keyed.tally.keys).toBe(forms[n]!.keys.length);
      stored.push(keyed.state.values);
      queue = rest;
    }
    expect(queue).toEqual([]);
    stored.forEach((values, n) => {
      const form = forms[n]!;
      expect(values.serial).toBe(form.serial);
      expect(finalizeAnswers(compiled, values.answers, { unitNo: PAPER_UNIT_NO }).answers).toEqual(form.finishedAnswers);
      expect({ interviewerName: values.interviewerName, interviewDate: values.interviewDate }).toEqual(form.footer);
    });
  });

  it('leaves the keys after a form\'s last box in the queue, untouched, for the next form', () => {
    const options = optionsFor(0);
    const extra: Typed[] = [{ key: 'Enter', at: 900 }, { key: '1', at: 901 }];
    const queue = [...forms[0]!.keys.map((key, at) => ({ key, at })), ...extra];
    const { keyed, rest } = applyTyped(compiled, options, { state: startKeying(compiled, options), tally: NO_KEYS }, queue);
    expect(keyed.state.done).toBe(true);
    expect(rest).toEqual(extra);
  });

  it('counts keys, corrections (Backspaces that take back a key) and the seconds from first to last key', () => {
    const form = forms[0]!;
    // A wrong digit then Backspace, three times, in Câu 2 (age: "9" waits for a second digit).
    const keys = [...form.keys.slice(0, 2), '9', 'Backspace', '9', 'Backspace', '9', 'Backspace', ...form.keys.slice(2)];
    const options = optionsFor(0);
    const start: Keyed = { state: startKeying(compiled, options), tally: NO_KEYS };
    const { keyed } = applyTyped(compiled, options, start, keys.map((key, i) => ({ key, at: 1000 + i * 250 })));
    expect(keyed.state.done).toBe(true);
    expect(keyingStats(keyed.tally, false)).toEqual({
      keys: form.keys.length + 6, corrections: 3, seconds: ((keys.length - 1) * 250) / 1000, verified: false,
    });
  });

  it('does not count a Backspace that only moves back or clears a suggestion as a correction', () => {
    const options = { ...optionsFor(0) };
    const start: Keyed = { state: startKeying(compiled, options), tally: NO_KEYS };
    const { keyed } = applyTyped(compiled, options, start, ['Backspace', 'Backspace', '0', '7', '0', '1', 'Backspace']
      .map((key, at) => ({ key, at })));
    // Clearing the suggested 0701 is not a correction, nor is stepping back from Câu 1 to the serial (kept).
    expect(keyed.tally).toMatchObject({ keys: 7, corrections: 0 });
    expect(keyed.state.slot?.id).toBe('serial');
    expect(keyed.state.kept).toBe(true);
  });
});
