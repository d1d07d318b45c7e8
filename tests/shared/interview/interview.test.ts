// The interview record, its status lifecycle, receipt outcomes and paper serials.
import { describe, expect, it } from 'vitest';
import { canVoid, isEditableOnDevice, nextStatus } from '../../../shared/interview/lifecycle.ts';
import { ReceiptItemSchema } from '../../../shared/interview/receipt.ts';
import { isStoredOutcome } from '../../../shared/interview/outcomes.ts';
import { InterviewSchema, type Interview } from '../../../shared/interview/schema.ts';
import { expectedSerialPrefix, isSerialForUnit } from '../../../shared/interview/serial.ts';
import { COMPLETE_ANSWERS } from '../../helpers/scenario.ts';

const interview: Interview = {
  id: '0b7f0c1e-3f7a-4d3e-9a51-2f4f6c1d8e01',
  surveySlug: 'hung-yen-2026', questionnaireVersion: 1, mode: 'direct', entry: 'paper', serial: '0701', unitNo: '07',
  accountId: 12, deviceId: '6d1f7c2a-8b44-4e0f-b7a3-0c9d2e5f1a22',
  paper: { interviewerName: 'Nguyễn Thị Hoa', interviewDate: '2026-05-29' },
  answers: { ...COMPLETE_ANSWERS, c9: { missing: -2 }, c8_other: 'Loa phường' },
  times: { startedAt: '2026-05-29T08:00:00+07:00', updatedAt: '2026-05-29T01:20:00Z' },
  revision: 1, baseRevision: null, status: 'draft', practice: false,
};

describe('InterviewSchema', () => {
  it('accepts a keyed paper form with a declared missing code and an "other" text', () => {
    const parsed = InterviewSchema.parse(JSON.parse(JSON.stringify(interview)));
    expect(parsed.serial).toBe('0701');
    expect(parsed.answers.c9).toEqual({ missing: -2 });
  });
  it('refuses a direct interview without serial, a paper form without its details, and bad values', () => {
    const { serial: _, ...noSerial } = interview;
    expect(InterviewSchema.safeParse(noSerial).error?.issues.map((i) => i.message)).toEqual(['serial_required']);
    expect(InterviewSchema.safeParse({ ...noSerial, mode: 'online', entry: 'interview', paper: undefined }).success).toBe(true);
    const { paper: __, ...noPaper } = interview;
    // A paper draft is keyed footer last; once finished, the footer is required.
    expect(InterviewSchema.safeParse(noPaper).success).toBe(true);
    expect(InterviewSchema.safeParse({ ...noPaper, status: 'finished' }).error?.issues.map((i) => i.message)).toEqual(['paper_details_required']);
    expect(InterviewSchema.safeParse({ ...interview, answers: { c1: { missing: -4 } } }).success).toBe(false);
    expect(InterviewSchema.safeParse({ ...interview, serial: '07-01' }).success).toBe(false);
    expect(InterviewSchema.safeParse({ ...interview, id: 'abc' }).success).toBe(false);
    expect(InterviewSchema.safeParse({ ...interview, status: 'flagged' }).success).toBe(false);
    expect(InterviewSchema.safeParse({ ...interview, times: { ...interview.times, startedAt: '29/05/2026' } }).success).toBe(false);
  });
  it('accepts a voided interview in any status', () => {
    expect(InterviewSchema.safeParse({ ...interview, status: 'approved', voided: { reason: 'Trùng phiếu', at: '2026-05-30T09:00:00+07:00' } }).success).toBe(true);
  });
});

describe('lifecycle', () => {
  it('goes draft → finished → received → approved | needs_correction | rejected', () => {
    expect(nextStatus('draft', 'finish')).toBe('finished');
    expect(nextStatus('finished', 'receive')).toBe('received');
    expect(nextStatus('received', 'approve')).toBe('approved');
    expect(nextStatus('received', 'request_correction')).toBe('needs_correction');
    expect(nextStatus('received', 'reject')).toBe('rejected');
    expect(nextStatus('needs_correction', 'reopen')).toBe('draft');
  });
  it('refuses jumps', () => {
    expect(nextStatus('draft', 'approve')).toBeNull();
    expect(nextStatus('draft', 'receive')).toBeNull();
    expect(nextStatus('received', 'reopen')).toBeNull();
    expect(nextStatus('finished', 'reopen')).toBe('draft');
  });
  it('lets the device edit only its drafts and forms sent back, never voided ones', () => {
    expect(isEditableOnDevice('draft', false)).toBe(true);
    expect(isEditableOnDevice('needs_correction', false)).toBe(true);
    expect(isEditableOnDevice('received', false)).toBe(false);
    expect(isEditableOnDevice('draft', true)).toBe(false);
    expect(canVoid(interview)).toBe(true);
    expect(canVoid({ voided: { reason: 'x', at: '2026-05-30T09:00:00Z' } })).toBe(false);
  });
});

describe('receipt', () => {
  it('carries flags beside the outcome', () => {
    const item = { id: interview.id, outcome: 'accepted', flags: ['over_quota', 'serial_duplicate'], revision: 1 };
    expect(ReceiptItemSchema.parse(item).flags).toEqual(['over_quota', 'serial_duplicate']);
    expect(ReceiptItemSchema.safeParse({ ...item, outcome: 'flagged' }).success).toBe(false);
    expect(ReceiptItemSchema.safeParse({ ...item, flags: ['late'] }).success).toBe(false);
  });
  it('marks synced only what the server holds', () => {
    expect(['accepted', 'duplicate', 'updated', 'conflict', 'rejected'].filter((o) => isStoredOutcome(o as never)))
      .toEqual(['accepted', 'duplicate', 'updated']);
  });
});

describe('paper serials', () => {
  it('are the unit number then a two-digit sequence', () => {
    expect(expectedSerialPrefix('07')).toBe('07');
    expect(isSerialForUnit('0701', '07')).toBe(true);
    expect(isSerialForUnit('0745', '07')).toBe(true);
    expect(isSerialForUnit('2150', '21')).toBe(true);
    expect(isSerialForUnit('0700', '07')).toBe(false);
    expect(isSerialForUnit('0801', '07')).toBe(false);
    expect(isSerialForUnit('701', '07')).toBe(false);
    expect(isSerialForUnit('07011', '07')).toBe(false);
    expect(isSerialForUnit('07a1', '07')).toBe(false);
  });
});

describe('a unit’s serial range (unitSerialRange, the one function every reader calls)', () => {
  it('is the unit number and two digits up to its target by default, or the survey’s explicit range', async () => {
    const { unitSerialRange, isSerialInRange } = await import('../../../shared/interview/serial.ts');
    expect(unitSerialRange({}, { no: '07', quota: 45 })).toEqual({ first: '0701', last: '0745' });
    expect(unitSerialRange({}, { no: '21', quota: 50 })).toEqual({ first: '2101', last: '2150' });
    // No target (0) or more than two digits hold: the whole two-digit sequence.
    expect(unitSerialRange({}, { no: '07', quota: 0 })).toEqual({ first: '0701', last: '0799' });
    expect(unitSerialRange({ serialRanges: { '07': { first: '07001', last: '07120' } } }, { no: '07', quota: 120 })).toEqual({ first: '07001', last: '07120' });
    expect(isSerialInRange('0745', { first: '0701', last: '0745' })).toBe(true);
    expect(isSerialInRange('0746', { first: '0701', last: '0745' })).toBe(false);
    expect(isSerialInRange('745', { first: '0701', last: '0745' })).toBe(false);
  });
});
