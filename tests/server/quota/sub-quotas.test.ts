// A survey whose unit targets are split by sex (Câu 1): after a mixed set of uploads (over a cell's target,
// practice, voided, rejected, blank on paper, a correction that moves an interview to the other cell, an
// online form) both dashboards show each cell's target and progress, and changing the split recounts it.
import { describe, expect, it } from 'vitest';
import { ProvinceDashboardSchema } from '#shared/api/quota.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { cellProgress } from '#shared/quota/progress.ts';
import { createSurvey } from '#server/services/surveys.ts';
import { testApp, TEST_PASSWORD, type TestApp } from '../support/test-app.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { registerDevice } from '../sync/support.ts';
import { directCounts, getUnit, signInDemo } from './support.ts';

const SLUG = 'sub-quota-test';
const version = { ...hungYen2026.versions[0]!, surveySlug: SLUG };

async function subQuotaSurvey(): Promise<TestApp> {
  const t = await testApp({ demo: true });
  createSurvey(t.db, {
    ...hungYen2026.survey, slug: SLUG, title: 'Khảo sát thử chỉ tiêu phụ', modes: ['direct', 'online'],
    units: hungYen2026.survey.units.slice(0, 2).map((unit) => ({ ...unit, quota: 6 })),
    subQuotas: { variable: 'c1', targets: { '01': { '1': 3, '2': 3 }, '02': { '1': 6 } } },
  }, [version], new Date(t.clock.now()).toISOString());
  await t.addAccount({ username: 'dtv-sub', role: 'enumerator' }, [{ surveySlug: SLUG, unitNos: ['01', '02'] }]);
  return t;
}

const withSex = (interview: Interview, c1: Interview['answers'][string]): Interview => ({ ...interview, answers: { ...interview.answers, c1 } });

describe('sub-quota cells', { timeout: 30_000 }, () => {
  it('show each cell’s target and progress after a mixed set of uploads', async () => {
    const t = await subQuotaSurvey();
    const device = await registerDevice(t, 'dtv-sub', TEST_PASSWORD);
    const make = (count: number, seed: number, unitNos = ['01'], paperShare = 0) =>
      device.interviews({ version, count, seed, unitNos, paperShare });
    const men = make(4, 1).map((i) => withSex(i, 1)); // 4 men against a target of 3: one over
    const women = make(2, 2).map((i) => withSex(i, 2));
    const practice = make(1, 3).map((i) => ({ ...withSex(i, 2), practice: true }));
    const voided = make(1, 4).map((i) => ({ ...withSex(i, 1), voided: { reason: 'Trùng', at: i.times.updatedAt } }));
    const blank = make(1, 5, ['01'], 1).map((i) => withSex(i, { missing: -2 }));
    const rejected = make(1, 6).map((i) => withSex(i, 2));
    const unit02Woman = make(1, 7, ['02']).map((i) => withSex(i, 2)); // a code with no target in unit 02
    const answer = await device.send([...men, ...women, ...practice, ...voided, ...blank, ...rejected, ...unit02Woman]);
    expect(answer.receipts.map((r) => r.outcome)).toEqual(Array(11).fill('accepted'));
    t.db.prepare("UPDATE interviews SET status = 'rejected' WHERE id = ?").run(rejected[0]!.id);
    // A correction: the last man was a woman after all.
    const moved = { ...withSex(men[3]!, 2), revision: 2, baseRevision: 1 };
    expect((await device.send([moved])).receipts[0]?.outcome).toBe('updated');
    // One online form, as the respondent page would store it.
    const online = { ...withSex(make(1, 8)[0]!, 1), mode: 'online' as const, serial: undefined };
    storeInterviews(t.db, [online]);

    const admin = await signInDemo(t, 'admin');
    const response = await t.request(`/api/quota/${SLUG}`, { headers: { cookie: admin } });
    const province = ProvinceDashboardSchema.parse(await response.json());
    expect(province.subQuota).toEqual({
      variable: 'c1', paperNumber: 'Câu 1', text: 'Giới tính:', options: [{ code: '1', label: 'Nam' }, { code: '2', label: 'Nữ' }],
    });
    const [unit01, unit02] = province.units;
    expect(unit01!.cellTargets).toEqual({ '1': 3, '2': 3 });
    // Men: 3 uploaded + 1 online = 4 (the voided one does not count); women: 2 + the correction = 3.
    const received = (groups: Record<string, { received: number }>) =>
      Object.fromEntries(Object.entries(groups).map(([key, counts]) => [key, counts.received]));
    expect(received(unit01!.cells)).toEqual({ '1': 4, '2': 3 });
    expect(unit01!.counts.received).toBe(8); // 4 + 3 + the blank one, which belongs to no cell
    expect(received(unit01!.byMode)).toEqual({ direct: 7, online: 1 });
    expect(cellProgress(unit01!.cellTargets, unit01!.cells).map((c) => [c.code, c.target, c.received, c.remaining, c.overBy]))
      .toEqual([['1', 3, 4, 0, 1], ['2', 3, 3, 0, 0]]);
    expect(cellProgress(unit02!.cellTargets, unit02!.cells).map((c) => [c.code, c.target, c.received, c.remaining, c.overBy]))
      .toEqual([['1', 6, 0, 6, 0], ['2', 0, 1, 0, 1]]);

    const direct = directCounts(t.db, SLUG, 'c1');
    expect(Object.fromEntries([...direct.byUnitCell])).toEqual({ '01|1': 4, '01|2': 3, '02|2': 1 });
    const unit = await getUnit(t, admin, '01', SLUG);
    expect(unit.unit.cells).toEqual(unit01!.cells);
    expect(unit.subQuota?.variable).toBe('c1');
  });

  it('recount every cell when the survey’s split question changes', async () => {
    const t = await subQuotaSurvey();
    const device = await registerDevice(t, 'dtv-sub', TEST_PASSWORD);
    const interviews = device.interviews({ version, count: 12, seed: 9, unitNos: ['01', '02'], paperShare: 0 });
    await device.send(interviews);
    const definition = JSON.parse(t.db.prepare('SELECT definition FROM surveys WHERE slug = ?').pluck().get(SLUG) as string) as Record<string, unknown>;
    definition.subQuotas = { variable: 'c4', targets: { '01': { '1': 2, '2': 4 } } };
    t.db.prepare('UPDATE surveys SET definition = ? WHERE slug = ?').run(JSON.stringify(definition), SLUG);

    const unit = await getUnit(t, await signInDemo(t, 'admin'), '01', SLUG);
    expect(unit.subQuota).toMatchObject({ variable: 'c4', paperNumber: 'Câu 4' });
    const direct = directCounts(t.db, SLUG, 'c4');
    const expected = Object.fromEntries([...direct.byUnitCell].filter(([k]) => k.startsWith('01|')).map(([k, n]) => [k.slice(3), n]));
    expect(Object.fromEntries(Object.entries(unit.unit.cells).map(([code, c]) => [code, c.received]))).toEqual(expected);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(6);
    // Without a split, there are no cells.
    delete definition.subQuotas;
    t.db.prepare('UPDATE surveys SET definition = ? WHERE slug = ?').run(JSON.stringify(definition), SLUG);
    const plain = await getUnit(t, await signInDemo(t, 'admin'), '01', SLUG);
    expect([plain.subQuota, plain.unit.cells, plain.unit.counts.received]).toEqual([null, {}, 6]);
  });
});
