// Keying statistics per clerk: forms per hour, keys per form and corrections per 1,000 keys, summed from the
// records of each clerk's paper forms (interview-mode forms, voided ones and records without statistics left out).
import { describe, expect, it } from 'vitest';
import { KeyingResponseSchema } from '#shared/api/review.ts';
import { keyingRates } from '#shared/interview/review.ts';
import { registerDevice } from '../sync/support.ts';
import { refusal, reviewApp, SURVEY } from './support.ts';

describe('keying statistics per clerk', () => {
  it('works out the three rates, and none without keys or time', () => {
    expect(keyingRates({ forms: 4, keys: 480, corrections: 12, seconds: 360, verified: 4 }))
      .toEqual({ formsPerHour: 40, keysPerForm: 120, correctionsPerThousandKeys: 25 });
    expect(keyingRates({ forms: 0, keys: 0, corrections: 0, seconds: 0, verified: 0 }))
      .toEqual({ formsPerHour: null, keysPerForm: null, correctionsPerThousandKeys: null });
  });

  it('sums each clerk\'s paper forms over the survey or one unit', async () => {
    const r = await reviewApp();
    const keyed = (seconds: number, keys: number, corrections: number) => ({ keys, corrections, seconds, verified: true });
    const [a, b, c, d] = r.device.interviews({ count: 4, seed: 81, paperShare: 1 });
    const [online] = r.device.interviews({ count: 1, seed: 82, paperShare: 0 });
    await r.send([{ ...a!, keying: keyed(100, 110, 2) }, { ...b!, keying: keyed(80, 130, 8) }, c!, { ...d!, keying: keyed(60, 90, 0) }, online!]);
    await r.act(d!.id, { action: 'void', comment: 'Nhập nhầm', ...(await r.seen(d!.id)) });
    const other = await registerDevice(r.t, 'dtv02');
    const [e] = other.interviews({ count: 1, seed: 83, paperShare: 1, unitNos: ['03'] });
    await other.send([{ ...e!, keying: keyed(45, 100, 1) }]);

    const get = async (query = '') => KeyingResponseSchema.parse(await (await r.t.request(`/api/admin/review/${SURVEY}/keying${query}`, { headers: { cookie: r.admin } })).json());
    expect((await get()).clerks).toEqual([
      { accountId: r.device.accountId, username: 'dtv01', displayName: expect.any(String) as string, forms: 2, keys: 240, corrections: 10, seconds: 180, verified: 2, formsPerHour: 40, keysPerForm: 120, correctionsPerThousandKeys: 41.7, pairs: 0, compared: 0, disagreements: 0, disagreementRate: null },
      { accountId: other.accountId, username: 'dtv02', displayName: expect.any(String) as string, forms: 1, keys: 100, corrections: 1, seconds: 45, verified: 1, formsPerHour: 80, keysPerForm: 100, correctionsPerThousandKeys: 10, pairs: 0, compared: 0, disagreements: 0, disagreementRate: null },
    ]);
    expect((await get('?unit=03')).clerks.map((clerk) => clerk.username)).toEqual(['dtv02']);
    expect(await refusal(await r.t.request(`/api/admin/review/${SURVEY}/keying?unit=99`, { headers: { cookie: r.admin } }))).toEqual({ status: 404, code: 'unit.notFound' });
  });
});
