// Flags beside the outcome, from the server's state: a serial used twice (both flagged), a unit past its quota,
// a day outside the field window (device clock corrected; the paper's date for paper forms), a too-short interview.
import { describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview/schema.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { findDeviceClock } from '#server/repo/device-clocks.ts';
import { directCounts } from '../quota/support.ts';
import { testApp } from '../support/test-app.ts';
import { registerDevice } from './support.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An interview-mode interview finished at `finishedAt` (device clock), lasting `minutes`. */
function timed(interview: Interview, finishedAt: string, minutes = 20): Interview {
  const end = Date.parse(finishedAt);
  const { paper: _, ...rest } = interview;
  return {
    ...rest, entry: 'interview',
    times: { startedAt: new Date(end - minutes * 60_000).toISOString(), updatedAt: new Date(end).toISOString(), finishedAt: new Date(end).toISOString() },
  };
}

const flagsOf = (t: Awaited<ReturnType<typeof testApp>>, id: string) => JSON.parse(findInterview(t.db, id)!.flags) as string[];

describe('receipt flags', { timeout: 30_000 }, () => {
  it('flags both interviews that share a serial, and clears the flag when one of them changes serial', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [a, b] = device.interviews({ count: 2, seed: 20, unitNos: ['01'] });
    await device.send([a]);
    const answer = await device.send([{ ...b!, serial: a!.serial }]);
    expect(answer.receipts[0]!.flags).toEqual(['serial_duplicate']);
    expect(flagsOf(t, a!.id)).toEqual(['serial_duplicate']);
    // The duplicate's first receipt is what a resend gets back.
    expect((await device.send([{ ...b!, serial: a!.serial }])).receipts[0]).toMatchObject({ outcome: 'duplicate', flags: ['serial_duplicate'] });
    await device.send([{ ...b!, serial: '0199', revision: 2, baseRevision: 1 }]);
    expect(flagsOf(t, a!.id)).toEqual([]);
    expect(flagsOf(t, b!.id)).toEqual([]);
  });

  it('flags a serial shared inside one batch: the later interview at once, the earlier one in its stored row', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [a, b, c] = device.interviews({ count: 3, seed: 26, unitNos: ['01'] });
    const answer = await device.send([a!, c!, { ...b!, serial: a!.serial }]);
    expect(answer.receipts.map((r) => r.flags)).toEqual([[], [], ['serial_duplicate']]);
    expect([a, b, c].map((i) => flagsOf(t, i!.id))).toEqual([['serial_duplicate'], ['serial_duplicate'], []]);
  });

  it('does not count practice forms for a serial or the quota', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [a, b] = device.interviews({ count: 2, seed: 21, unitNos: ['01'] });
    await device.send([{ ...a!, practice: true }]);
    expect((await device.send([{ ...b!, serial: a!.serial }])).receipts[0]!.flags).toEqual([]);
  });

  it('flags the interviews past the unit’s quota with the quota arithmetic, counting neither practice nor voided ones', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const interviews = device.interviews({ count: 48, seed: 22, unitNos: ['01'] }); // unit 01: quota 45
    const extras = device.interviews({ count: 2, seed: 23, unitNos: ['01'] }).map((i, n) => ({ ...i, serial: `01${90 + n}` }));
    const practice = { ...extras[0]!, practice: true };
    const voided = { ...extras[1]!, voided: { reason: 'Nhập nhầm', at: extras[1]!.times.updatedAt } };
    const answer = await device.send([practice, voided, ...interviews]);
    const overQuota = answer.receipts.map((r) => r.flags.includes('over_quota'));
    expect(overQuota).toEqual([false, false, ...Array(45).fill(false), true, true, true]);
    expect(directCounts(t.db).byUnit.get('01')).toMatchObject({ received: 48, flagged: 3 });
  });

  it('counts the quota as the batch goes: an interview voided in a full unit frees its place for the next one', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const full = device.interviews({ count: 45, seed: 24, unitNos: ['01'] }); // unit 01: quota 45
    await device.send(full);
    const [next, after] = device.interviews({ count: 2, seed: 25, unitNos: ['01'] }).map((i, n) => ({ ...i, serial: `01${80 + n}` }));
    const voided = { ...full[0]!, revision: 2, baseRevision: 1, voided: { reason: 'Nhập nhầm', at: full[0]!.times.updatedAt } };
    const answer = await device.send([voided, next, after]);
    expect(answer.receipts.map((r) => [r.outcome, r.flags.includes('over_quota')])).toEqual([['updated', false], ['accepted', false], ['accepted', true]]);
    expect(directCounts(t.db).byUnit.get('01')).toMatchObject({ received: 46, flagged: 1 });
  });

  it('flags an interview-mode form shorter than three minutes, never a paper form', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [a, b, c] = device.interviews({ count: 3, seed: 24, paperShare: 0 });
    const paper = device.interviews({ count: 1, seed: 25, paperShare: 1 })[0]!;
    const quick = { ...paper, serial: '0150', times: { ...paper.times, finishedAt: paper.times.startedAt } };
    const answer = await device.send([timed(a!, '2026-05-28T09:00:00+07:00', 2), timed(b!, '2026-05-28T09:00:00+07:00', 3), timed(c!, '2026-05-28T09:00:00+07:00', 30), quick]);
    expect(answer.receipts.map((r) => r.flags)).toEqual([['too_short'], [], [], []]);
  });
});

describe('a device clock two days wrong', { timeout: 30_000 }, () => {
  it('is measured at each batch and corrected before the window flag, so the flags follow true time', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [inside, outside, paperOutside] = device.interviews({ count: 3, seed: 26, paperShare: 0 });
    // Server: 28/05 10:00 in Vietnam (first day of the window). The device reads 26/05 10:00, two days slow.
    t.clock.set('2026-05-28T10:00:00+07:00');
    const deviceNow = new Date(t.clock.now() - 2 * DAY).toISOString();
    const slow = await device.send([timed(inside!, '2026-05-26T09:30:00+07:00')], { sentAt: deviceNow });
    expect(slow.clockOffsetMs).toBe(2 * DAY);
    expect(slow.receipts[0]!.flags).toEqual([]);
    expect(findInterview(t.db, inside!.id)!.interview_day).toBe('2026-05-28');
    expect(findDeviceClock(t.db, device.deviceId)).toEqual({ clockOffsetMs: 2 * DAY, measuredAt: new Date(t.clock.now()).toISOString() });

    // Later the device runs two days fast: an interview it dates 05/06 23:00 really took place 03/06 23:00, after the window.
    t.clock.set('2026-06-04T08:00:00+07:00');
    const fast = await device.send([timed(outside!, '2026-06-05T23:00:00+07:00')], { sentAt: new Date(t.clock.now() + 2 * DAY).toISOString() });
    expect(fast.clockOffsetMs).toBe(-2 * DAY);
    expect(fast.receipts[0]!.flags).toEqual(['outside_window']);
    expect(findInterview(t.db, outside!.id)!.interview_day).toBe('2026-06-03');

    // A paper form is dated by its paper, whatever the clock says.
    const paper = { ...timed(paperOutside!, '2026-06-05T23:00:00+07:00'), entry: 'paper' as const, paper: { interviewerName: 'Lê Thị Hoa', interviewDate: '2026-06-02' } };
    expect((await device.send([paper], { sentAt: new Date(t.clock.now() + 2 * DAY).toISOString() })).receipts[0]!.flags).toEqual([]);
    expect(findInterview(t.db, paperOutside!.id)!.interview_day).toBe('2026-06-02');
  });

  it('flags a paper form dated before the window even when keyed inside it', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [form] = device.interviews({ count: 1, seed: 27, paperShare: 1 });
    const early = { ...form!, paper: { ...form!.paper!, interviewDate: '2026-05-27' } };
    expect((await device.send([early])).receipts[0]!.flags).toEqual(['outside_window']);
  });
});
