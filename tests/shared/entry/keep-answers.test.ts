// No silent change of a stored answer (decision 0005, 2026-12-02): moving back only shows an answer; typing on it
// lands in the box the clerk came from; changing it takes Backspace first, which clears it visibly.
import { describe, expect, it } from 'vitest';
import { keying } from './support/keying.ts';

const upToC12 = () => keying().type('0701', '1', '45', '4', '2', '3', '2', '24', '').enter().type('1', '4', '12345', '125').enter();

describe('one Backspace too many, then the next question\'s codes', () => {
  it('on a multiple choice: Câu 12 keeps 1, 2, 5 and the code lands in Câu 13', () => {
    const k = upToC12();
    expect(k.at()).toBe('c13');
    k.press('Backspace');
    expect(k.at()).toBe('c12');
    expect(k.state()).toMatchObject({ kept: true, buffer: '125' });
    k.type('2');
    expect(k.answers()).toMatchObject({ c12: [1, 2, 5], c13: 2 });
    expect(k.at()).toBe('c14');
  });

  it('on a single choice: Câu 1 keeps 1 and the age lands in Câu 2', () => {
    const k = keying().type('0701', '1');
    k.press('Backspace').type('45');
    expect(k.answers()).toMatchObject({ c1: 1, c2: 45 });
    expect(k.at()).toBe('c3');
  });

  it('after several steps back, typing goes on from the furthest box reached', () => {
    const k = keying().type('0701', '1', '45', '4');
    k.press('ArrowUp', 'ArrowUp', 'ArrowUp').type('2');
    expect(k.answers()).toMatchObject({ c1: 1, c2: 45, c3: 4, c4: 2 });
  });
});

describe('changing an answer on purpose', () => {
  it('takes Backspace on the kept answer, which clears it and says what was cleared', () => {
    const k = upToC12();
    k.press('Backspace', 'Backspace');
    expect(k.state()).toMatchObject({ slot: { id: 'c12' }, kept: false, buffer: '', cleared: '125' });
    expect(k.answers().c12).toBeUndefined();
    k.type('13').enter();
    expect(k.answers().c12).toEqual([1, 3]);
    expect(k.at()).toBe('c13');
  });

  it('Enter and ArrowDown keep a revisited answer', () => {
    const k = keying().type('0701', '1', '45');
    k.press('ArrowUp', 'ArrowUp').enter();
    expect(k.at()).toBe('c2');
    expect(k.state().kept).toBe(true);
    k.press('ArrowDown');
    expect(k.at()).toBe('c3');
    expect(k.answers()).toMatchObject({ c1: 1, c2: 45 });
  });

  it('refuses a key on a kept box when no box is waiting after it', () => {
    const k = keying(undefined, { verify: true, defaults: { interviewerName: 'An', interviewDate: '2026-05-28' } });
    k.goTo('interview_date').enter().press('Backspace').type('3');
    expect(k.at()).toBe('interview_date');
    expect(k.error()?.code).toBe('entry.keys.kept');
    expect(k.values().interviewDate).toBe('2026-05-28');
  });

  it('a box left blank (optional) and reached by going back is kept too', () => {
    const k = keying(undefined, { defaults: { interviewerName: 'An' } });
    k.goTo('c16').enter();
    expect(k.at()).toBe('interviewer');
    k.press('Backspace', 'Backspace');
    expect(k.state()).toMatchObject({ slot: { id: 'c16' }, kept: true });
    k.type('B');
    expect(k.answers().c16).toBeUndefined();
    expect(k.at()).toBe('interviewer');
  });
});

describe('the verify screen', () => {
  const done = () => keying(undefined, { verify: true, defaults: { interviewerName: 'An', interviewDate: '2026-05-28' } })
    .type('0701', '1', '45').goTo('interview_date').enter();
  it('goes back to a question by its number, opened for replacing', () => {
    const k = done().type('2').enter();
    expect(k.state()).toMatchObject({ slot: { id: 'c2' }, prefilled: true, buffer: '45' });
    k.type('50');
    expect(k.answers().c2).toBe(50);
  });
  it('refuses a number that is no question, and Enter accepts', () => {
    const k = done().type('99').enter();
    expect(k.error()).toMatchObject({ code: 'entry.verify.unknown_question', params: { number: '99' } });
    k.enter();
    expect(k.state().done).toBe(true);
  });
});

describe('a serial past the quota', () => {
  it('is warned about with the whole serial in the box, and kept by a second Enter', () => {
    const k = keying(undefined, { suggestedSerial: '0746', warnSerial: (s) => (s === '0746' ? { code: 'entry.serial.past_quota', params: { serial: s } } : null) });
    k.enter();
    expect(k.state()).toMatchObject({ slot: { id: 'serial' }, buffer: '0746', error: { code: 'entry.serial.past_quota' } });
    k.enter();
    expect(k.values().serial).toBe('0746');
    expect(k.at()).toBe('c1');
  });
});
