// The offline kit a device downloads: its surveys, only its units, the published questionnaire, its counts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DeviceStateSchema } from '#shared/api/device.ts';
import { problemCode, testApp } from './support/test-app.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

describe('GET /api/device/state', () => {
  it('gives an enumerator’s device its two units, version 1 and zero counts, through the device token', async () => {
    const t = await testApp({ demo: true });
    const cookie = await t.signIn('dtv01', DEMO_PASSWORDS.enumerator);
    const { token } = await (await t.post('/api/devices', { deviceId: randomUUID(), label: 'phone' }, { cookie })).json() as { token: string };
    const response = await t.request('/api/device/state', { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const state = DeviceStateSchema.parse(await response.json());
    expect(state.account.username).toBe('dtv01');
    const [entry, ...others] = state.surveys;
    expect(others).toEqual([]);
    expect(entry!.survey.slug).toBe('hung-yen-2026');
    expect(entry!.survey.units.map((u) => u.no)).toEqual(['01', '02']);
    expect(entry!.versions.map((v) => [v.version, v.status])).toEqual([[1, 'published']]);
    expect(entry!.versions[0]!.sections.flatMap((s) => s.questions).map((q) => q.variable)).toContain('c11');
    expect(entry!.counts).toEqual([
      { unitNo: '01', received: 0, approved: 0, flagged: 0 },
      { unitNo: '02', received: 0, approved: 0, flagged: 0 },
    ]);
    expect(state.serverTime).toBe(new Date(t.clock.now()).toISOString());
  });

  it('refuses a caller without credentials', async () => {
    const t = await testApp({ demo: true });
    expect(await problemCode(await t.request('/api/device/state'))).toBe('auth.required');
  });
});

describe('device state counts', () => {
  it('counts stored interviews of the device’s units, never practice ones', async () => {
    const { generateInterviews } = await import('#shared/demo/generate-interviews.ts');
    const { hungYen2026 } = await import('#shared/demo/hung-yen-2026.ts');
    const { storeInterviews } = await import('./support/store-interviews.ts');
    const t = await testApp({ demo: true });
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 6, unitNos: ['01', '02', '03'], seed: 3 });
    storeInterviews(t.db, interviews, { flags: (i) => (i.unitNo === '02' ? ['over_quota'] : []) });
    storeInterviews(t.db, generateInterviews({ version: hungYen2026.versions[0]!, count: 1, unitNos: ['01'], seed: 4 }).map((i) => ({ ...i, practice: true })));
    const cookie = await t.signIn('dtv01', DEMO_PASSWORDS.enumerator);
    const state = DeviceStateSchema.parse(await (await t.request('/api/device/state', { headers: { cookie } })).json());
    expect(state.surveys[0]!.counts).toEqual([
      { unitNo: '01', received: 2, approved: 0, flagged: 0 },
      { unitNo: '02', received: 2, approved: 0, flagged: 2 },
    ]);
  });
});
