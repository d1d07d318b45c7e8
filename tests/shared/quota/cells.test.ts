// Sub-quota cell arithmetic and the counter groups' tally: pure, and the same rule as countsTowardQuota.
import { describe, expect, it } from 'vitest';
import { groupBy, groupUnitRows } from '#shared/quota/group.ts';
import {
  cellOf, cellProgress, cellsStillNeeded, stillNeeded, tally, unitCellProgress, type CountRow,
} from '#shared/quota/progress.ts';

const row = (over: Partial<CountRow & { mode: string; cell: string }> = {}) => ({
  status: 'received', practice: false, voided: false, flagged: false, n: 1, mode: 'direct', cell: '', ...over,
});

describe('tally', () => {
  it('counts only what countsTowardQuota counts, approved and flagged among them', () => {
    expect(tally([
      row({ n: 5 }), row({ n: 2, status: 'approved' }), row({ n: 3, flagged: true }), row({ n: 1, status: 'approved', flagged: true }),
      row({ n: 7, practice: true }), row({ n: 4, voided: true, flagged: true }), row({ n: 6, status: 'rejected' }),
      row({ n: 2, status: 'needs_correction' }),
    ])).toEqual({ received: 13, approved: 3, flagged: 4 });
    expect(tally([])).toEqual({ received: 0, approved: 0, flagged: 0 });
  });

  it('groups a unit’s rows by mode and by cell, leaving out uncounted groups and the no-cell group', () => {
    const groups = groupUnitRows([
      row({ n: 3, cell: '1' }), row({ n: 2, cell: '2', mode: 'online' }), row({ n: 4, cell: '' }),
      row({ n: 9, cell: '3', practice: true }), row({ n: 1, cell: '1', status: 'approved' }),
    ]);
    expect(groups).toEqual({
      counts: { received: 10, approved: 1, flagged: 0 },
      byMode: { direct: { received: 8, approved: 1, flagged: 0 }, online: { received: 2, approved: 0, flagged: 0 } },
      cells: { '1': { received: 4, approved: 1, flagged: 0 }, '2': { received: 2, approved: 0, flagged: 0 } },
    });
    const days = groupBy([{ ...row({ n: 2 }), day: 'a' }, { ...row({ n: 2, voided: true }), day: 'b' }], (r) => r.day);
    expect([...days]).toEqual([['a', { received: 2, approved: 0, flagged: 0 }]]);
  });
});

describe('sub-quota cells', () => {
  it('gives every cell with a target, and codes that arrived without one, over quota shown', () => {
    const cells = cellProgress({ '1': 20, '2': 25 }, { '1': { received: 22, approved: 3, flagged: 1 }, '7': { received: 2, approved: 0, flagged: 0 } }, { '2': 4 });
    expect(cells.map((c) => [c.code, c.target, c.received, c.waiting, c.remaining, c.overBy])).toEqual([
      ['1', 20, 22, 0, 0, 2], ['2', 25, 0, 4, 25, 0], ['7', 0, 2, 0, 0, 2],
    ]);
    expect(cells[0]!.ratio).toBeCloseTo(1.1);
    expect(cellsStillNeeded(cells).map((c) => [c.code, stillNeeded(c)])).toEqual([['2', 21]]);
  });

  it('orders codes as numbers, negative and multi-digit codes included', () => {
    expect(cellProgress({ '10': 1, '2': 1, '-1': 1 }, {}).map((c) => c.code)).toEqual(['-1', '2', '10']);
  });

  it('reads an interview’s cell as the server does: an integer code, else none', () => {
    expect(cellOf('c1', { c1: 2 })).toBe('2');
    expect(cellOf('c1', { c1: { missing: -2 } })).toBeNull();
    expect(cellOf('c1', { c1: 1.5 })).toBeNull();
    expect(cellOf('c1', { c1: [1] })).toBeNull();
    expect(cellOf('c1', {})).toBeNull();
  });

  it('gives the enumerator’s home screen its unit’s cells, counting unsent forms on the device as waiting', () => {
    const subQuotas = { variable: 'c1', targets: { '07': { '1': 3, '2': 2 } } };
    const cells = unitCellProgress(subQuotas, '07', { '1': { received: 2, approved: 0, flagged: 0 } }, [{ c1: 1 }, { c1: 2 }, { c1: { missing: -2 } }]);
    expect(cells.map((c) => [c.code, c.received, c.waiting, stillNeeded(c)])).toEqual([['1', 2, 1, 0], ['2', 0, 1, 1]]);
    expect(cellsStillNeeded(cells).map((c) => c.code)).toEqual(['2']);
    expect(unitCellProgress(undefined, '07', {})).toEqual([]);
    expect(unitCellProgress(subQuotas, '08', {})).toEqual([]);
  });
});
