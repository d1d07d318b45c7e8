// The keying cursor on the demo survey: paper order, questions off the path skipped (Câu 7 = 3 → Câu 10,
// Câu 14 = 3 → Câu 16), the unit never visited, and the path coming back when an earlier answer changes.
import { describe, expect, it } from 'vitest';
import { nextSlot, previousSlot, slotsOf } from '../../../shared/entry/cursor.ts';
import { keying } from './support/keying.ts';

const ALL = ['serial', 'c1', 'c2', 'c3', 'c4', 'c5', 'c7', 'c8', 'c9', 'c10', 'c11_1', 'c11_2', 'c11_3', 'c11_4', 'c11_5',
  'c12', 'c13', 'c14', 'c15', 'c16', 'interviewer', 'interview_date'];

describe('slots of the demo form', () => {
  it('are the serial, every answer in paper order (grid rows one by one, no Câu 6), then the footer', () => {
    const k = keying();
    expect(k.slotIds()).toEqual(ALL);
    expect(k.answers()).toEqual({ c6: '07' }); // the unit, pre-filled
    expect(k.at()).toBe('serial');
  });

  it('lose Câu 8 and 9 when Câu 7 = 3, and Câu 15 when Câu 14 = 3', () => {
    const k = keying();
    const ids = (answers: Record<string, number>) => slotsOf(k.compiled, { answers }, k.options).map((s) => s.id);
    expect(ids({ c7: 3 })).toEqual(ALL.filter((id) => id !== 'c8' && id !== 'c9'));
    expect(ids({ c14: 3 })).toEqual(ALL.filter((id) => id !== 'c15'));
    expect(ids({ c7: 2, c14: 1 })).toEqual(ALL);
  });

  it('gain an "other" text right after its question while its code is keyed', () => {
    const k = keying();
    const ids = slotsOf(k.compiled, { answers: { c3: 7, c8: [1, 6], c12: [7], c15: [5] } }, k.options).map((s) => s.id);
    expect(ids.slice(3, 5)).toEqual(['c3', 'c3_other']);
    expect(ids.slice(8, 10)).toEqual(['c8', 'c8_other']);
    expect(ids).toContain('c12_other');
    expect(ids.indexOf('c15_other')).toBe(ids.indexOf('c15') + 1);
  });
});

describe('nextSlot / previousSlot', () => {
  const k = keying();
  const { compiled, options } = k;
  it('step over questions off the path', () => {
    expect(nextSlot(compiled, { answers: { c7: 3 } }, 'c7', options)?.id).toBe('c10');
    expect(previousSlot(compiled, { answers: { c7: 3 } }, 'c10', options)?.id).toBe('c7');
    expect(nextSlot(compiled, { answers: { c14: 3 } }, 'c14', options)?.id).toBe('c16');
    expect(nextSlot(compiled, { answers: {} }, 'c5', options)?.id).toBe('c7');
  });
  it('start at the serial, end after the footer, and come back from the end to the date', () => {
    expect(nextSlot(compiled, { answers: {} }, null, options)?.id).toBe('serial');
    expect(nextSlot(compiled, { answers: {} }, 'interview_date', options)).toBeNull();
    expect(previousSlot(compiled, { answers: {} }, null, options)?.id).toBe('interview_date');
    expect(previousSlot(compiled, { answers: {} }, 'serial', options)).toBeNull();
  });
  it('find the next slot even from a slot that has just left the path', () => {
    expect(nextSlot(compiled, { answers: { c3: 4 } }, 'c3_other', options)?.id).toBe('c4');
  });
});

describe('keying through the skips', () => {
  it('jumps from Câu 7 = 3 to Câu 10, and from Câu 14 = 3 to Câu 16', () => {
    const k = keying().type('0701', '1', '45', '4', '2', '3', '3');
    expect(k.at()).toBe('c10');
    k.type('2', '12345', '1').enter().type('2', '3');
    expect(k.at()).toBe('c16');
  });

  it('brings Câu 8 and 9 back when Câu 7 changes from 3 to 1, keeping what was keyed after', () => {
    const k = keying().type('0701', '1', '45', '4', '2', '3', '3', '2');
    expect(k.answers()).toMatchObject({ c7: 3, c10: 2 });
    k.goTo('c7');
    expect(k.buffer()).toBe('3');
    k.type('1');
    expect(k.at()).toBe('c8');
    k.type('12').enter().type('2');
    expect(k.at()).toBe('c10');
    expect(k.buffer()).toBe('2'); // already keyed: Enter keeps it
    k.enter();
    expect(k.at()).toBe('c11_1');
    expect(k.answers()).toMatchObject({ c7: 1, c8: [1, 2], c9: 2, c10: 2 });
  });

  it('drops Câu 3\'s "other" slot when its code changes, and keeps the text dormant for the engine', () => {
    const k = keying().type('0701', '1', '45', '7', 'Tiểu thương').enter();
    expect(k.at()).toBe('c4');
    k.goTo('c3').type('4');
    expect(k.at()).toBe('c4');
    expect(k.slotIds()).not.toContain('c3_other');
    expect(k.answers().c3_other).toBe('Tiểu thương');
  });
});

describe('moving by keys', () => {
  it('Backspace deletes the last key, then steps back to the previous slot with its value selected', () => {
    const k = keying().type('0701', '1', '1');
    expect(k.at()).toBe('c2');
    expect(k.buffer()).toBe('1');
    k.press('Backspace');
    expect(k.buffer()).toBe('');
    k.press('Backspace');
    expect(k.at()).toBe('c1');
    expect(k.buffer()).toBe('1');
    k.press('Backspace');
    expect(k.buffer()).toBe(''); // a selected value is cleared by one Backspace
    k.type('2');
    expect(k.answers().c1).toBe(2);
  });

  it('ArrowUp and ArrowDown move without changing anything; other named keys are ignored', () => {
    const k = keying().type('0701', '1', '45');
    k.press('ArrowUp', 'ArrowUp');
    expect(k.at()).toBe('c1');
    k.press('ArrowDown', 'Tab', 'Shift', 'F5');
    expect(k.at()).toBe('c2');
    expect(k.answers()).toMatchObject({ c1: 1, c2: 45 });
  });

  it('after the last slot the form is done and takes no more keys (the next form does)', () => {
    const k = keying(undefined, { suggestedSerial: '0701', defaults: { interviewerName: 'An', interviewDate: '2026-05-28' } });
    k.goTo('interview_date');
    expect(k.buffer()).toBe('28052026');
    k.enter();
    expect(k.at()).toBeNull();
    expect(k.state().done).toBe(true);
    expect(k.values().interviewDate).toBe('2026-05-28');
    k.press('Backspace', '1');
    expect(k.at()).toBeNull();
  });

  it('with verify on, the form waits after its last slot: Backspace returns to the date, kept', () => {
    const k = keying(undefined, { verify: true, defaults: { interviewerName: 'An', interviewDate: '2026-05-28' } });
    k.goTo('interview_date').enter();
    expect(k.state()).toMatchObject({ slot: null, done: false });
    k.press('Backspace');
    expect(k.at()).toBe('interview_date');
    expect(k.state().kept).toBe(true);
    k.enter().enter();
    expect(k.state().done).toBe(true);
  });

  it('a stray Enter on an empty required slot is refused and changes nothing', () => {
    const k = keying().type('0701', '1', '45');
    k.enter();
    expect(k.at()).toBe('c3');
    expect(k.error()?.code).toBe('entry.keys.required');
    expect(k.answers().c3).toBeUndefined();
  });

  it('resumes a draft at its first empty slot; a complete draft opens on review', () => {
    const k = keying(undefined, {}, { serial: '0701', answers: { c1: 1, c2: 45 } });
    expect(k.at()).toBe('c3');
    expect(k.answers()).toEqual({ c1: 1, c2: 45, c6: '07' });
    const done = keying(undefined, {}, {
      serial: '0701', interviewerName: 'An', interviewDate: '2026-05-28',
      answers: { c1: 1, c2: 45, c3: 4, c4: 2, c5: 3, c7: 3, c10: 2, c11_1: 2, c11_2: 3, c11_3: 1, c11_4: 2, c11_5: 4,
        c12: [3, 4], c13: 2, c14: 3, c16: 'x' },
    });
    expect(done.at()).toBeNull();
    expect(done.goTo('c9').at()).toBeNull(); // off the path: nothing to focus
  });
});
