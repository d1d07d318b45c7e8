// The three demo paper forms (tests/helpers/paper-forms.ts) keyed key by key, as the browser test will key them:
// the answers come out as written on paper, pass the engine at finish, and take the keys counted with them.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { keysFor, keystrokesFor } from '../../../shared/entry/keystrokes.ts';
import { suggestSerial } from '../../../shared/entry/serial.ts';
import { compileQuestionnaire } from '../../../shared/survey/compile.ts';
import { evaluate, finalizeAnswers } from '../../../shared/survey/engine.ts';
import { BLANK_ITEM, PAPER_FORMS, PAPER_UNIT_NO, PAPER_YEAR, SKIP_AT_14, SKIP_AT_7, sendKeys } from '../../helpers/paper-forms.ts';
import { keying } from './support/keying.ts';

const compiled = compileQuestionnaire(hungYen2026Version1);
const context = { unitNo: PAPER_UNIT_NO, year: PAPER_YEAR };

describe.each(PAPER_FORMS.map((f) => [f.name, f] as const))('paper form %s', (_, form) => {
  it('keys to exactly the answers, serial and footer written on paper', () => {
    const k = keying(hungYen2026Version1, { ...context, ...form.prefill });
    k.press(...form.keys);
    expect(k.error()).toBeUndefined();
    expect(k.at()).toBeNull(); // past the footer: the form goes to review
    expect(k.values()).toEqual({ answers: form.answers, serial: form.serial, ...form.footer });
  });

  it('passes the engine at finish with no issue, before and after finishing', () => {
    expect(evaluate(compiled, form.answers, { unitNo: PAPER_UNIT_NO, stage: 'finish' }).issues).toEqual([]);
    const finished = finalizeAnswers(compiled, form.answers, { unitNo: PAPER_UNIT_NO });
    expect(finished.notices).toEqual([]);
    expect(finished.answers).toEqual(form.finishedAnswers);
  });

  it('takes the fewest keys, under 60', () => {
    const options = { ...context, ...form.prefill };
    expect(keysFor(compiled, form.answers, form.serial, form.footer, options)).toEqual(form.keys);
    expect(keystrokesFor(compiled, form.answers, form.serial, form.footer, options)).toBe(form.keystrokes);
    expect(form.keystrokes).toBeLessThan(60);
  });
});

describe('the three forms', () => {
  it('take the skips and the missing codes they are named for', () => {
    expect(SKIP_AT_7.finishedAnswers).toMatchObject({ c7: 3, c8: { missing: -1 }, c9: { missing: -1 } });
    expect(SKIP_AT_14.finishedAnswers).toMatchObject({ c14: 3, c15: { missing: -1 }, c16: 'Giảm thủ tục' });
    expect(BLANK_ITEM.finishedAnswers).toMatchObject({ c4: { missing: -2 }, c11_3: { missing: -3 } });
    expect(PAPER_FORMS.map((f) => f.keystrokes)).toEqual([42, 49, 34]);
  });

  it('are keyed as a stack: each next serial is the one suggested after the last keyed', () => {
    const used = new Set<string>();
    let last: string | undefined;
    for (const form of PAPER_FORMS) {
      expect(suggestSerial(PAPER_UNIT_NO, used, last)).toBe(form.prefill.suggestedSerial);
      expect(form.prefill.suggestedSerial).toBe(form.serial);
      used.add(form.serial);
      last = form.serial;
    }
  });

  it('cost more on a fresh form: the serial typed (4 keys), the name and the date typed again', () => {
    const bare = { ...context };
    expect(keystrokesFor(compiled, SKIP_AT_14.answers, SKIP_AT_14.serial, SKIP_AT_14.footer, bare))
      .toBe(SKIP_AT_14.keystrokes - 1 + 4 - 2 + 'Nguyễn Văn An'.length + 1 + 5);
  });

  it('sendKeys presses layout keys and types the letters Playwright cannot press', async () => {
    const sent: string[] = [];
    await sendKeys({ press: async (k) => { sent.push(`press:${k}`); }, type: async (t) => { sent.push(`type:${t}`); } },
      ['Enter', '7', 'T', 'i', 'ể', ' ', '-', '*', 'Shift+Enter']);
    expect(sent).toEqual(['press:Enter', 'press:7', 'press:T', 'press:i', 'type:ể', 'press: ', 'press:-', 'press:*', 'press:Shift+Enter']);
  });
});
