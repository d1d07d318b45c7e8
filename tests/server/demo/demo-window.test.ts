// The demo made like any survey and running today: its direct window is the plan's six whole days from the day
// the demo database is made, so an interview typed that day syncs without the outside-window flag.
import { describe, expect, it } from 'vitest';
import { isoNow } from '#shared/clock.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { demoWindow, seedDemo } from '#server/demo/seed.ts';
import { loadSurveyWithState } from '#server/services/survey-setup.ts';
import { listQuestionnaireVersions } from '#server/repo/surveys.ts';
import { testApp } from '../support/test-app.ts';
import { registerDevice } from '../sync/support.ts';

describe('the demo survey', () => {
  it('made on 28/05/2026 keeps the plan’s real dates, open, with the demo questionnaire published', async () => {
    const t = await testApp({ demo: true });
    const demo = loadSurveyWithState(t.db, 'hung-yen-2026');
    expect(demo.state).toBe('open');
    expect(demo.survey.fieldWindow).toEqual({ start: '2026-05-28T00:00:00+07:00', end: '2026-06-02T23:59:59.999+07:00' });
    expect(demo.survey.units).toEqual(hungYen2026.survey.units);
    const [version] = listQuestionnaireVersions(t.db, demo.id);
    expect(version!.status).toBe('published');
    expect({ ...JSON.parse(version!.definition), status: 'x' }).toEqual({ ...hungYen2026.versions[0], status: 'x' });
  });

  it('places its window on the six days from the day the database is made, in Vietnam’s time', () => {
    // 23:30 UTC on 14/03 is already 15/03 in Hà Nội.
    expect(demoWindow('2027-03-14T23:30:00.000Z')).toEqual({ start: '2027-03-15T00:00:00+07:00', end: '2027-03-20T23:59:59.999+07:00' });
  });

  it('made today lets an interview typed today, and a paper form dated today, sync without outside_window', async () => {
    const t = await testApp();
    t.clock.set('2027-03-15T09:00:00+07:00');
    await seedDemo(t.db, isoNow(t.clock));
    const device = await registerDevice(t, 'dtv01');
    const [typed, keyed] = device.interviews({ count: 2, firstDay: '2027-03-15', days: 1, paperShare: 0 });
    const paper = { ...keyed!, entry: 'paper' as const, paper: { interviewerName: 'Nguyễn Văn An', interviewDate: '2027-03-15' } };
    const { receipts } = await device.send([typed, paper]);
    expect(receipts.map((r) => r.outcome)).toEqual(['accepted', 'accepted']);
    for (const receipt of receipts) expect(receipt.flags).not.toContain('outside_window');
  });
});
