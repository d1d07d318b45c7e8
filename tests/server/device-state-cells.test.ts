// Where a survey splits its targets by an answer, a device gets its units' counts per cell and only its own
// units' targets, so the home screen can show which cells still need interviews.
import { describe, expect, it } from 'vitest';
import { DeviceStateSchema } from '#shared/api/device.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { unitCellProgress } from '#shared/quota/progress.ts';
import { testApp } from './support/test-app.ts';
import { storeInterviews } from './support/store-interviews.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

describe('device state with sub-quotas', () => {
  it('carries per-cell counts of the device’s units and only their targets', async () => {
    const t = await testApp({ demo: true });
    const subQuotas = { variable: 'c1', targets: { '01': { '1': 22, '2': 23 }, '02': { '1': 22, '2': 23 }, '07': { '1': 20, '2': 25 } } };
    const row = t.db.prepare("SELECT definition FROM surveys WHERE slug = 'hung-yen-2026'").pluck().get() as string;
    t.db.prepare("UPDATE surveys SET definition = ? WHERE slug = 'hung-yen-2026'").run(JSON.stringify({ ...JSON.parse(row), subQuotas }));
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 8, unitNos: ['01'], seed: 11 });
    storeInterviews(t.db, interviews);
    const cookie = await t.signIn('dtv01', DEMO_PASSWORDS.enumerator);
    const state = DeviceStateSchema.parse(await (await t.request('/api/device/state', { headers: { cookie } })).json());
    const [entry] = state.surveys;
    expect(entry!.survey.subQuotas).toEqual({ variable: 'c1', targets: { '01': { '1': 22, '2': 23 }, '02': { '1': 22, '2': 23 } } });

    const men = interviews.filter((i) => i.answers.c1 === 1).length;
    const unit01 = entry!.counts.find((c) => c.unitNo === '01')!;
    expect(unit01.cells?.['1']?.received ?? 0).toBe(men);
    expect(unit01.cells?.['2']?.received ?? 0).toBe(8 - men);
    const cells = unitCellProgress(entry!.survey.subQuotas, '01', unit01.cells ?? {}, [{ c1: 2 }]);
    expect(cells).toEqual([
      expect.objectContaining({ code: '1', target: 22, received: men, waiting: 0 }),
      expect.objectContaining({ code: '2', target: 23, received: 8 - men, waiting: 1 }),
    ]);
  });
});
