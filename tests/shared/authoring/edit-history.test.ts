// Undo and redo in the builder: each edit one step, typing in one field one step, redo lost after a new edit.
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, HISTORY_LIMIT, record, redo, startHistory, undo } from '../../../shared/authoring/edit-history.ts';

describe('edit history', () => {
  it('undoes and redoes edits in order', () => {
    let h = record(record(startHistory('a'), 'ab'), 'abc');
    h = undo(h);
    expect(h.present).toBe('ab');
    h = undo(h);
    expect([h.present, canUndo(h), canRedo(h)]).toEqual(['a', false, true]);
    expect(undo(h)).toBe(h); // nothing before the start
    h = redo(redo(h));
    expect([h.present, canRedo(h)]).toEqual(['abc', false]);
    expect(redo(h)).toBe(h);
  });

  it('joins edits of the same field into one step, and a new edit clears the redo path', () => {
    let h = startHistory('');
    for (const text of ['G', 'Gi', 'Giớ', 'Giới']) h = record(h, text, 'c1.text');
    h = record(h, 'Giới tính', 'c1.text');
    h = record(h, 'Giới tính:', 'c2.text');
    expect(undo(h).present).toBe('Giới tính');
    expect(undo(undo(h)).present).toBe('');
    const branched = record(undo(h), 'Tuổi');
    expect(canRedo(branched)).toBe(false);
  });

  it('keeps the last steps only, and ignores an edit that changes nothing', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(record(h, h.present)).toBe(h);
  });
});
