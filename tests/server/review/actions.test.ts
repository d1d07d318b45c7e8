// Review states through the routes: every transition of shared/interview/lifecycle.ts the admin may take, the
// refused ones, reasons, optimistic concurrency between two admins, the audit entries, the comment reaching the
// enumerator's device, and bulk approval of a unit's clean interviews moving the dashboard's approved count.
import { describe, expect, it } from 'vitest';
import { DeviceStateSchema } from '#shared/api/device.ts';
import { answered, refusal, reviewApp, unitCounts } from './support.ts';

describe('review actions', () => {
  it('approve, return, reject and void follow the lifecycle, each logged in the audit log and the history', async () => {
    const r = await reviewApp();
    const [a, b, c] = r.device.interviews({ count: 3, seed: 5 });
    await r.send([a!, b!, c!]);

    const approved = await answered(await r.act(a!.id, { action: 'approve', ...(await r.seen(a!.id)) }));
    expect(approved).toMatchObject({ status: 'approved', version: 1 });
    // approved → rejected (a decision revised), then rejected → approved again.
    expect(await answered(await r.act(a!.id, { action: 'reject', comment: 'Phỏng vấn sai đối tượng', ...(await r.seen(a!.id)) })))
      .toMatchObject({ status: 'rejected' });
    expect(await answered(await r.act(a!.id, { action: 'approve', ...(await r.seen(a!.id)) }))).toMatchObject({ status: 'approved' });

    const returned = await answered(await r.act(b!.id, { action: 'request_correction', comment: 'Câu 11.3 chưa rõ', ...(await r.seen(b!.id)) }));
    expect(returned.status).toBe('needs_correction');
    expect(await answered(await r.act(c!.id, { action: 'void', comment: 'Phiếu thử', ...(await r.seen(c!.id)) }))).toMatchObject({ voided: true, status: 'received' });

    expect(r.audit().map((e) => [e.action, e.target, e.actor])).toEqual([
      ['review.approve', `interview:${a!.id}`, 'admin'], ['review.reject', `interview:${a!.id}`, 'admin'],
      ['review.approve', `interview:${a!.id}`, 'admin'], ['review.return', `interview:${b!.id}`, 'admin'],
      ['review.void', `interview:${c!.id}`, 'admin'],
    ]);
    const history = (await r.detail(a!.id)).history.filter((h) => h.kind === 'review');
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus, h.username])).toEqual([
      ['approve', 'received', 'approved', 'admin'], ['reject', 'approved', 'rejected', 'admin'], ['approve', 'rejected', 'approved', 'admin'],
    ]);
  });

  it('refuses what the lifecycle does not allow, and a refusal or void without a reason, changing nothing', async () => {
    const r = await reviewApp();
    const [a, b] = r.device.interviews({ count: 2, seed: 6 });
    await r.send([a!, b!]);
    await answered(await r.act(a!.id, { action: 'approve', ...(await r.seen(a!.id)) }));
    expect(await refusal(await r.act(a!.id, { action: 'approve', ...(await r.seen(a!.id)) }))).toEqual({ status: 409, code: 'review.transitionRefused' });
    for (const action of ['reject', 'request_correction', 'void']) {
      expect(await refusal(await r.act(b!.id, { action, ...(await r.seen(b!.id)) })), action).toEqual({ status: 400, code: 'review.reasonRequired' });
      expect(await refusal(await r.act(b!.id, { action, comment: '   ', ...(await r.seen(b!.id)) })), action).toEqual({ status: 400, code: 'review.reasonRequired' });
    }
    await answered(await r.act(b!.id, { action: 'void', comment: 'Trùng', ...(await r.seen(b!.id)) }));
    expect(await refusal(await r.act(b!.id, { action: 'approve', ...(await r.seen(b!.id)) }))).toEqual({ status: 409, code: 'review.transitionRefused' });
    expect(await r.item(b!.id)).toMatchObject({ status: 'received', voided: true });
    expect(r.audit().map((e) => e.action)).toEqual(['review.approve', 'review.void']);
    expect(await refusal(await r.act(crypto.randomUUID(), { action: 'approve', revision: 1, version: 0 }))).toEqual({ status: 404, code: 'review.notFound' });
  });

  it('refuses the second of two admins acting on the same interview, with the revision it holds now', async () => {
    const r = await reviewApp();
    await r.t.addAccount({ username: 'admin2', role: 'admin' });
    const second = await r.t.signIn('admin2');
    const [a] = r.device.interviews({ count: 1, seed: 7 });
    await r.send([a!]);
    const seen = await r.seen(a!.id);
    await answered(await r.act(a!.id, { action: 'approve', ...seen }));
    const late = await r.act(a!.id, { action: 'request_correction', comment: 'Sửa câu 5', ...seen }, second);
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({ problem: { code: 'review.changed', status: 409, params: { revision: 1, version: 1 } } });
    // A new revision from the device also changes what an admin saw.
    const before = await r.seen(a!.id);
    await r.send([{ ...a!, revision: 2, baseRevision: 1 }]);
    expect(await refusal(await r.act(a!.id, { action: 'approve', ...before }, second))).toEqual({ status: 409, code: 'review.changed' });
    expect((await r.item(a!.id)).status).toBe('received');
    expect(r.audit().map((e) => e.actor)).toEqual(['admin']);
  });

  it('sends a returned interview to the enumerator\'s device with the comment, and approves the resent correction', async () => {
    const r = await reviewApp();
    const [a] = r.device.interviews({ count: 1, seed: 8 });
    await r.send([a!]);
    await answered(await r.act(a!.id, { action: 'request_correction', comment: 'Câu 11.3 chưa rõ', ...(await r.seen(a!.id)) }));
    const state = async () => DeviceStateSchema.parse(await (await r.t.request('/api/device/state', { headers: { authorization: `Bearer ${r.device.token}` } })).json());
    expect((await state()).returned).toEqual([expect.objectContaining({ comment: 'Câu 11.3 chưa rõ', interview: { ...a!, status: 'needs_correction' } })]);
    await r.send([{ ...a!, revision: 2, baseRevision: 1 }]);
    expect((await state()).returned).toEqual([]);
    expect(await answered(await r.act(a!.id, { action: 'approve', ...(await r.seen(a!.id)) }))).toMatchObject({ status: 'approved', revision: 2 });
  });

  it('approves a unit\'s clean received interviews at once, leaving flagged ones, and the dashboard counts them', async () => {
    const r = await reviewApp();
    const interviews = r.device.interviews({ count: 6, seed: 9, unitNos: ['01'] });
    // The last two carry one serial: both flagged serial_duplicate, neither approved in bulk.
    interviews[5] = { ...interviews[5]!, serial: interviews[4]!.serial! };
    await r.send(interviews);
    expect(await unitCounts(r, '01')).toMatchObject({ received: 6, approved: 0, flagged: 2 });
    const response = await r.post('/units/01/approve-clean', {});
    expect(await response.json()).toEqual({ approved: 4 });
    expect(await unitCounts(r, '01')).toMatchObject({ received: 6, approved: 4, flagged: 2 });
    expect((await r.list({ status: 'approved' })).items).toHaveLength(4);
    expect(r.audit()).toEqual([expect.objectContaining({ action: 'review.bulkApprove', target: `unit:hung-yen-2026/01`, after: '{"approved":4}' })]);
    const history = (await r.detail(interviews[0]!.id)).history.filter((h) => h.kind === 'review');
    expect(history).toEqual([expect.objectContaining({ action: 'approve', username: 'admin' })]);
    expect(await refusal(await r.post('/units/99/approve-clean', {}))).toEqual({ status: 404, code: 'unit.notFound' });
  });
});
