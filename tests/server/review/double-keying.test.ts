// Double keying (issue 20, item 8): a second keying of a serial already keyed is exempt from the duplicate-serial
// flag, the serial registry and the quota count; the server pairs it with the first keying by another clerk, lists
// every disagreement side by side, the admin picks the right value (a correction of the first keying), and only a
// reconciled paper form is approved. Each clerk's disagreement rate joins the keying statistics.
import { describe, expect, it } from 'vitest';
import { DoubleKeyingResponseSchema, KeyingResponseSchema, SerialRegistrySchema } from '#shared/api/review.ts';
import { compareKeyings, comparedAnswers, disagreementRate, reconciledAnswers } from '#shared/interview/double-keying.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { registerDevice } from '../sync/support.ts';
import { answered, refusal, reviewApp, SURVEY, unitCounts } from './support.ts';

const keying = { keys: 100, corrections: 2, seconds: 60, verified: true };

describe('double keying, pure', () => {
  it('compares two keyings, takes the picked values, and rates the disagreements', () => {
    const first = { c1: 1, c2: 40, c3: 'Hà' };
    const second = { c1: 2, c2: 40, c4: 'x' };
    expect(compareKeyings(first, second)).toEqual([
      { variable: 'c1', first: 1, second: 2 }, { variable: 'c3', first: 'Hà', second: null }, { variable: 'c4', first: null, second: 'x' },
    ]);
    expect(comparedAnswers(first, second)).toBe(4);
    // c2 agrees: nothing to take; c3 blank in the second keying: the answer goes.
    expect(reconciledAnswers(first, second, ['c1', 'c2', 'c3'])).toEqual({ c1: 2, c2: 40 });
    expect(disagreementRate({ pairs: 1, compared: 40, disagreements: 3 })).toBe(7.5);
    expect(disagreementRate({ pairs: 0, compared: 0, disagreements: 0 })).toBeNull();
  });
});

describe('double keying on the server', () => {
  it('pairs, compares, reconciles, and approves only the reconciled', async () => {
    const r = await reviewApp();
    r.t.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.doubleKeying', json('true')) WHERE slug = ?`).run(SURVEY);
    const [paper] = r.device.interviews({ count: 1, seed: 91, paperShare: 1, unitNos: ['01'] });
    const [direct] = r.device.interviews({ count: 1, seed: 92, paperShare: 0, unitNos: ['01'] });
    const first: Interview = { ...paper!, keying };
    await r.send([first, { ...direct!, serial: '0150' }]);

    const clerk = await registerDevice(r.t, 'dtv02');
    r.t.db.prepare(`INSERT INTO assignments (account_id, unit_id) SELECT ?, id FROM units WHERE no = '01'`).run(clerk.accountId);
    const [base, lone] = clerk.interviews({ count: 2, seed: 93, paperShare: 1, unitNos: ['01'] });
    const flipped = first.answers['c1'] === 1 ? 2 : 1;
    const second: Interview = { ...base!, serial: first.serial!, answers: { ...first.answers, c1: flipped }, secondKeying: true, keying };
    const answer = await clerk.send([second, { ...lone!, serial: '0140', secondKeying: true, keying }]);
    // Accepted with no duplicate-serial flag, on either keying; never counted toward the quota.
    expect(answer.receipts.map((receipt) => [receipt.outcome, receipt.flags ?? []])).toEqual([['accepted', []], ['accepted', []]]);
    expect((await r.item(first.id)).flags).toEqual([]);
    expect(await unitCounts(r, '01')).toMatchObject({ received: 2, flagged: 0 });
    const registry = SerialRegistrySchema.parse(await (await r.t.request(`/api/admin/review/${SURVEY}/units/01/serials`, { headers: { cookie: r.admin } })).json());
    expect(registry.duplicates).toEqual([]);
    expect(registry.missing).toContain('0140');

    const get = async () => DoubleKeyingResponseSchema.parse(await (await r.t.request(`/api/admin/review/${SURVEY}/double-keying`, { headers: { cookie: r.admin } })).json());
    const listed = await get();
    expect(listed.pairs).toEqual([expect.objectContaining({
      serial: first.serial, unitNo: '01',
      first: expect.objectContaining({ id: first.id, username: 'dtv01', revision: 1, questionnaireVersion: first.questionnaireVersion }) as unknown,
      second: expect.objectContaining({ id: second.id, username: 'dtv02' }) as unknown,
      disagreements: [{ variable: 'c1', first: first.answers['c1'], second: flipped }], reconciled: null,
    })]);
    expect(listed.unpaired).toEqual([expect.objectContaining({ serial: '0140', username: 'dtv02', reason: 'noFirst' })]);

    // Not reconciled: refused one by one, left out of the bulk approval (the interview-mode form is approved).
    expect(await refusal(await r.act(first.id, { action: 'approve', ...(await r.seen(first.id)) }))).toEqual({ status: 409, code: 'review.notReconciled' });
    expect(await (await r.post('/units/01/approve-clean', {})).json()).toEqual({ approved: 1 });

    const reconcile = async (body: Record<string, unknown>) => r.post(`/double-keying/${first.id}/reconcile`, { secondId: second.id, ...(await r.seen(first.id)), ...body });
    expect(await refusal(await reconcile({ fromSecond: ['c1'] }))).toEqual({ status: 400, code: 'review.reasonRequired' });
    const done = await answered(await reconcile({ fromSecond: ['c1'], reason: 'Đối chiếu phiếu giấy' }));
    expect(done.revision).toBe(2);
    expect((await r.detail(first.id)).answers['c1']).toBe(flipped);
    expect(await refusal(await reconcile({ fromSecond: [] }))).toEqual({ status: 409, code: 'review.reconciled' });
    expect((await get()).pairs[0]).toMatchObject({ disagreements: [], reconciled: { username: 'admin', disagreements: 1, fromSecond: ['c1'] } });
    expect(r.audit().map((entry) => entry.action)).toEqual(['review.bulkApprove', 'review.correct', 'review.reconcile']);

    await answered(await r.act(first.id, { action: 'approve', ...(await r.seen(first.id)) }));
    expect(await unitCounts(r, '01')).toMatchObject({ received: 2, approved: 2 });

    const stats = KeyingResponseSchema.parse(await (await r.t.request(`/api/admin/review/${SURVEY}/keying`, { headers: { cookie: r.admin } })).json());
    const compared = listed.pairs[0]!.compared;
    expect(stats.clerks.map((c) => [c.username, c.pairs, c.disagreements, c.disagreementRate])).toEqual([
      ['dtv01', 1, 1, Math.round(1000 / compared) / 10], ['dtv02', 1, 1, Math.round(1000 / compared) / 10],
    ]);
  });
});
