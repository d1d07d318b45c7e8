// Every flag resolved with a recorded decision (who, when, decision, reason): a duplicate serial kept or voided, the
// same answers under two ids, over quota, outside the window, too short. A resolved flag no longer counts as
// flagged on the dashboard; resolving one already resolved is refused; the audit log has each decision.
import { describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview/schema.ts';
import { answered, refusal, reviewApp, unitCounts, type Review } from './support.ts';

const withTimes = (interview: Interview, startedAt: string, minutes: number): Interview => {
  const finishedAt = new Date(Date.parse(startedAt) + minutes * 60_000).toISOString();
  return { ...interview, times: { startedAt, updatedAt: finishedAt, finishedAt } };
};

async function flagsOf(r: Review, id: string) {
  return (await r.item(id)).flags;
}

describe('flag decisions', () => {
  it('a duplicate serial kept: both resolved, with who, when and why, and no longer flagged on the dashboard', async () => {
    const r = await reviewApp();
    const [a, b] = r.device.interviews({ count: 2, seed: 11, unitNos: ['01'] });
    await r.send([a!, { ...b!, serial: a!.serial! }]);
    expect(await flagsOf(r, a!.id)).toEqual(['serial_duplicate']);
    expect(await unitCounts(r, '01')).toMatchObject({ flagged: 2 });
    expect((await r.detail(a!.id)).flags).toEqual([{ flag: 'serial_duplicate', mates: [b!.id], decision: null }]);

    r.t.clock.advance(60_000);
    const kept = await answered(await r.decide(a!.id, 'serial_duplicate', { decision: 'keep', reason: 'Hai hộ khác nhau, ghi nhầm số', ...(await r.seen(a!.id)) }));
    expect(kept).toMatchObject({ flags: [], resolvedFlags: ['serial_duplicate'] });
    expect(await r.item(b!.id)).toMatchObject({ flags: [], resolvedFlags: ['serial_duplicate'] });
    expect(await unitCounts(r, '01')).toMatchObject({ received: 2, flagged: 0 });
    expect((await r.detail(b!.id)).flags).toEqual([{
      flag: 'serial_duplicate', mates: [a!.id],
      decision: { decision: 'keep', reason: 'Hai hộ khác nhau, ghi nhầm số', username: 'admin', at: '2026-05-28T01:01:00.000Z', revision: 1 },
    }]);
    expect(r.audit()).toEqual([expect.objectContaining({ action: 'review.flag', target: `interview:${a!.id}` })]);
    expect(JSON.parse(r.audit()[0]!.after!)).toEqual({ flag: 'serial_duplicate', decision: 'keep', reason: 'Hai hộ khác nhau, ghi nhầm số', alsoResolved: [b!.id] });
    expect((await r.list({ flag: 'any' })).items).toEqual([]);
    expect((await r.list({ flag: 'none' })).items).toHaveLength(2);

    // Already resolved: refused, whether the second admin saw the old version or reloaded.
    expect(await refusal(await r.decide(b!.id, 'serial_duplicate', { decision: 'keep', ...(await r.seen(b!.id)) }))).toEqual({ status: 409, code: 'review.flagResolved' });
    expect(await refusal(await r.decide(a!.id, 'serial_duplicate', { decision: 'keep', revision: 1, version: 0 }))).toEqual({ status: 409, code: 'review.changed' });
    expect(r.audit()).toHaveLength(1);
  });

  it('a duplicate serial voided: only that one, with its reason; the other loses the flag and both leave the count', async () => {
    const r = await reviewApp();
    const [a, b] = r.device.interviews({ count: 2, seed: 12, unitNos: ['01'] });
    await r.send([a!, { ...b!, serial: a!.serial! }]);
    expect(await refusal(await r.decide(b!.id, 'serial_duplicate', { decision: 'void', ...(await r.seen(b!.id)) }))).toEqual({ status: 400, code: 'review.reasonRequired' });
    const voided = await answered(await r.decide(b!.id, 'serial_duplicate', { decision: 'void', reason: 'Nhập trùng phiếu', ...(await r.seen(b!.id)) }));
    expect(voided).toMatchObject({ voided: true, resolvedFlags: ['serial_duplicate'] });
    expect(await r.item(a!.id)).toMatchObject({ voided: false, flags: [], resolvedFlags: [] });
    expect(await unitCounts(r, '01')).toMatchObject({ received: 1, flagged: 0 });
    expect((await r.detail(b!.id)).history.filter((h) => h.kind === 'review')).toEqual([
      expect.objectContaining({ action: 'void', comment: 'Nhập trùng phiếu', username: 'admin' }),
    ]);
  });

  it('a true duplicate merged: voided as a copy of its mate, which keeps its data and loses the flag', async () => {
    const r = await reviewApp();
    const [a, b, c] = r.device.interviews({ count: 3, seed: 14, unitNos: ['01'] });
    await r.send([a!, { ...b!, serial: a!.serial! }, c!]);
    const merge = async (into: string, reason?: string) => r.decide(b!.id, 'serial_duplicate', { decision: 'merge', into, ...(reason ? { reason } : {}), ...(await r.seen(b!.id)) });
    expect(await refusal(await merge(a!.id))).toEqual({ status: 400, code: 'review.reasonRequired' });
    expect(await refusal(await merge(c!.id, 'Cùng một hộ'))).toEqual({ status: 409, code: 'review.badMerge' });
    const merged = await answered(await merge(a!.id, 'Cùng một hộ, nhập hai lần'));
    expect(merged).toMatchObject({ voided: true, resolvedFlags: ['serial_duplicate'] });
    expect(await r.item(a!.id)).toMatchObject({ voided: false, flags: [] });
    expect(await unitCounts(r, '01')).toMatchObject({ received: 2, flagged: 0 });
    expect(JSON.parse(r.audit().at(-1)!.after!)).toMatchObject({ decision: 'merge', mergedInto: a!.id, reason: 'Cùng một hộ, nhập hai lần' });
  });

  it('the same answers under two ids: found by the unit\'s check, kept as two or voided as one keyed twice', async () => {
    const r = await reviewApp();
    const [a, b, c] = r.device.interviews({ count: 3, seed: 13, unitNos: ['02'] });
    const twice = { ...a!, id: crypto.randomUUID(), serial: b!.serial! };
    await r.send([a!, twice, c!]);
    expect(await flagsOf(r, a!.id)).toEqual([]);
    expect(await (await r.post('/units/02/same-answers', {})).json()).toEqual({ flagged: 2 });
    expect(await flagsOf(r, twice.id)).toEqual(['same_answers']);
    expect(await unitCounts(r, '02')).toMatchObject({ flagged: 2 });
    expect((await r.detail(a!.id)).flags).toEqual([{ flag: 'same_answers', mates: [twice.id], decision: null }]);
    expect((await r.list({ flag: 'same_answers' })).items.map((i) => i.id).sort()).toEqual([a!.id, twice.id].sort());

    await answered(await r.decide(twice.id, 'same_answers', { decision: 'void', reason: 'Một phiếu giấy nhập hai lần', ...(await r.seen(twice.id)) }));
    // The original is alone again: its flag goes.
    expect(await flagsOf(r, a!.id)).toEqual([]);
    expect(await unitCounts(r, '02')).toMatchObject({ received: 2, flagged: 0 });
    expect(r.audit().map((e) => e.action)).toEqual(['review.sameAnswers', 'review.flag']);
  });

  it('over quota, outside the window and too short: each kept with its reason, or voided', async () => {
    const r = await reviewApp();
    r.t.db.prepare("UPDATE units SET quota = 1 WHERE no = '02' AND survey_id = (SELECT id FROM surveys WHERE slug = 'hung-yen-2026')").run();
    const [first, over, late, short] = r.device.interviews({ count: 4, seed: 14, unitNos: ['02'], paperShare: 0 });
    await r.send([first!, over!]);
    await r.send([withTimes(late!, '2026-07-01T02:00:00.000Z', 20), withTimes(short!, '2026-05-28T02:00:00.000Z', 1)]);
    expect(await flagsOf(r, over!.id)).toEqual(['over_quota']);
    expect(await flagsOf(r, late!.id)).toEqual(['over_quota', 'outside_window']);
    expect(await flagsOf(r, short!.id)).toEqual(['over_quota', 'too_short']);
    expect(await unitCounts(r, '02')).toMatchObject({ received: 4, flagged: 3 });

    await answered(await r.decide(over!.id, 'over_quota', { decision: 'keep', reason: 'Thay cho phiếu 0301 bị hỏng', ...(await r.seen(over!.id)) }));
    await answered(await r.decide(late!.id, 'over_quota', { decision: 'keep', ...(await r.seen(late!.id)) }));
    // One flag of two resolved: still flagged.
    expect(await unitCounts(r, '02')).toMatchObject({ flagged: 2 });
    await answered(await r.decide(late!.id, 'outside_window', { decision: 'keep', reason: 'Phỏng vấn bù đã được duyệt', ...(await r.seen(late!.id)) }));
    await answered(await r.decide(short!.id, 'too_short', { decision: 'void', reason: 'Không thể phỏng vấn trong 1 phút', ...(await r.seen(short!.id)) }));
    expect(await unitCounts(r, '02')).toMatchObject({ received: 3, flagged: 0 });
    expect(await r.item(late!.id)).toMatchObject({ flags: [], resolvedFlags: ['over_quota', 'outside_window'] });

    expect(await refusal(await r.decide(first!.id, 'too_short', { decision: 'keep', ...(await r.seen(first!.id)) }))).toEqual({ status: 409, code: 'review.flagNotRaised' });
    expect(await refusal(await r.decide(first!.id, 'not_a_flag', { decision: 'keep', ...(await r.seen(first!.id)) }))).toEqual({ status: 409, code: 'review.flagNotRaised' });
    expect(await refusal(await r.decide(first!.id, 'too_short', { decision: 'maybe', revision: 1, version: 0 }))).toEqual({ status: 400, code: 'request.invalid' });
    expect(r.audit().map((e) => e.action)).toEqual(['review.flag', 'review.flag', 'review.flag', 'review.flag']);
  });

  it('a decision holds across a new revision from the device, and approval in bulk then takes the interview', async () => {
    const r = await reviewApp();
    const [a, b] = r.device.interviews({ count: 2, seed: 15, unitNos: ['01'] });
    await r.send([a!, { ...b!, serial: a!.serial! }]);
    await answered(await r.decide(a!.id, 'serial_duplicate', { decision: 'keep', ...(await r.seen(a!.id)) }));
    await r.send([{ ...a!, revision: 2, baseRevision: 1 }]);
    expect(await r.item(a!.id)).toMatchObject({ revision: 2, flags: [], resolvedFlags: ['serial_duplicate'] });
    expect(await (await r.post('/units/01/approve-clean', {})).json()).toEqual({ approved: 2 });
  });
});
