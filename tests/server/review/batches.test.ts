// Batches: every sync upload and hand-over file import newest first, each saying how it came, with how each
// interview was received, paged by key and filtered by account, device and how it came; one upload's receipts; a
// device's last inventory against what the server holds; and the screen is a full admin's (a survey manager is
// refused it).
import { describe, expect, it } from 'vitest';
import { BatchDetailSchema, BatchListResponseSchema, DeviceInventorySchema } from '#shared/api/batches.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { setManagedSurveys } from '#server/repo/survey-admin.ts';
import { findSurveyBySlug } from '#server/repo/surveys.ts';
import { handoverFileOf, registerKeyedDevice } from '../../helpers/handover-file.ts';
import { registerDevice } from '../sync/support.ts';
import { refusal, reviewApp, SURVEY } from './support.ts';

describe('batches', () => {
  it('lists uploads newest first by key, opens one, and tells a device\'s missing interviews', async () => {
    const r = await reviewApp();
    const get = async (path: string, cookie = r.admin) => r.t.request(path, { headers: { cookie } });
    const interviews = r.device.interviews({ count: 56, seed: 91 });
    // 55 single-interview uploads a minute apart, then one of a conflicting revision beside a new one.
    for (const interview of interviews.slice(0, 55)) {
      await r.device.send([interview]);
      r.t.clock.advance(60_000);
    }
    const conflicting = { ...interviews[0]!, revision: 2, baseRevision: null, answers: { ...interviews[0]!.answers, c2: 33 } };
    const last = await r.device.send([conflicting, interviews[55]!], {
      batchId: crypto.randomUUID(),
      inventory: [
        { id: interviews[55]!.id, revision: 1, surveySlug: SURVEY, unitNo: interviews[55]!.unitNo },
        { id: interviews[1]!.id, revision: 3, surveySlug: SURVEY, unitNo: interviews[1]!.unitNo },
      ],
    });
    expect(last.receipts.map((receipt) => receipt.outcome)).toEqual(['conflict', 'accepted']);
    r.t.clock.advance(60_000);
    const other = await registerDevice(r.t, 'dtv02');
    await other.send(other.interviews({ count: 1, seed: 92, unitNos: ['03'] }));

    const first = BatchListResponseSchema.parse(await (await get('/api/admin/batches')).json());
    expect(first.batches).toHaveLength(50);
    expect(first.batches[0]).toMatchObject({ username: 'dtv02', interviews: 1, accepted: 1 });
    expect(first.batches[1]).toMatchObject({ username: 'dtv01', interviews: 2, accepted: 1, conflict: 1 });
    const second = BatchListResponseSchema.parse(await (await get(`/api/admin/batches?after=${first.next!}`)).json());
    expect(second.batches).toHaveLength(7);
    expect(second.next).toBeNull();
    const all = [...first.batches, ...second.batches];
    expect(new Set(all.map((b) => b.id)).size).toBe(57);
    expect(all.map((b) => b.receivedAt)).toEqual(all.map((b) => b.receivedAt).sort().reverse());
    const mine = BatchListResponseSchema.parse(await (await get(`/api/admin/batches?device=${other.deviceId}`)).json());
    expect(mine.batches.map((b) => b.username)).toEqual(['dtv02']);
    expect(BatchListResponseSchema.parse(await (await get(`/api/admin/batches?account=${other.accountId}`)).json()).batches).toHaveLength(1);

    const detail = BatchDetailSchema.parse(await (await get(`/api/admin/batches/${first.batches[1]!.id}`)).json());
    expect(detail.receipts.map((receipt) => [receipt.id, receipt.outcome])).toEqual([[interviews[0]!.id, 'conflict'], [interviews[55]!.id, 'accepted']]);
    // Each interview the server holds names its survey, for the office's link to its review.
    expect(detail.held.map((h) => [h.id, h.surveySlug, h.unitNo, h.serial]).sort()).toEqual(
      [interviews[0]!, interviews[55]!].map((i) => [i.id, SURVEY, i.unitNo, i.serial ?? null]).sort(),
    );

    const inventory = DeviceInventorySchema.parse(await (await get(`/api/admin/inventory/${r.device.deviceId}`)).json());
    expect(inventory).toMatchObject({ username: 'dtv01', finished: 2, held: 1 });
    expect(inventory.missing).toEqual([{ id: interviews[1]!.id, revision: 3, surveySlug: SURVEY, unitNo: interviews[1]!.unitNo, heldRevision: 1 }]);
    expect(await refusal(await get(`/api/admin/inventory/${crypto.randomUUID()}`))).toEqual({ status: 404, code: 'device.notFound' });
    expect(await refusal(await get(`/api/admin/batches/${crypto.randomUUID()}`))).toEqual({ status: 404, code: 'batch.notFound' });

    // Office-wide: a survey manager is refused.
    await r.t.addAccount({ username: 'tinh', role: 'admin' });
    setManagedSurveys(r.t.db, findAccountByUsername(r.t.db, 'tinh')!.id, [findSurveyBySlug(r.t.db, SURVEY)!.id]);
    const manager = await r.t.signIn('tinh');
    expect(await refusal(await get('/api/admin/batches', manager))).toEqual({ status: 403, code: 'auth.forbidden' });
    expect(await refusal(await get(`/api/admin/inventory/${r.device.deviceId}`, manager))).toEqual({ status: 403, code: 'auth.forbidden' });
  });

  it('says which batches came by sync and which by a hand-over file, in the list and opened', async () => {
    const r = await reviewApp();
    const get = async (path: string) => r.t.request(path, { headers: { cookie: r.admin } });
    await r.device.send(r.device.interviews({ count: 2, seed: 93 }));
    r.t.clock.advance(60_000);
    const phone = await registerKeyedDevice(r.t, await r.t.signIn('dtv01', demoPassword('dtv01')));
    const interviews = generateInterviews({
      version: hungYen2026.versions[0]!, unitNos: ['01'], accountId: r.device.accountId, deviceId: phone.deviceId, count: 3, seed: 94,
    });
    const file = await handoverFileOf(phone, interviews, r.t.handover.publicKey);
    expect((await r.t.post('/api/admin/handover', { name: 'may-2.phieu', content: JSON.stringify(file) }, { cookie: r.admin })).status).toBe(200);

    const list = BatchListResponseSchema.parse(await (await get('/api/admin/batches')).json());
    expect(list.batches.map((b) => [b.via, b.username, b.interviews, b.accepted])).toEqual([['file', 'dtv01', 3, 3], ['sync', 'dtv01', 2, 2]]);
    const [imported, synced] = list.batches;
    for (const batch of [imported!, synced!]) {
      const detail = BatchDetailSchema.parse(await (await get(`/api/admin/batches/${batch.id}`)).json());
      expect(detail.batch.via).toBe(batch.via);
    }
    const onlyFiles = BatchListResponseSchema.parse(await (await get('/api/admin/batches?via=file')).json());
    expect(onlyFiles.batches.map((b) => b.id)).toEqual([imported!.id]);
    const onlySyncs = BatchListResponseSchema.parse(await (await get('/api/admin/batches?via=sync')).json());
    expect(onlySyncs.batches.map((b) => b.id)).toEqual([synced!.id]);
    expect(await refusal(await get('/api/admin/batches?via=mail'))).toEqual({ status: 400, code: 'request.invalid' });
  });
});
