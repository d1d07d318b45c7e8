// Each device's last inventory, and from all of them the "waiting on devices" figure per unit: finished
// interviews a device holds that the server does not hold at that revision.
import { describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview/schema.ts';
import { countWaitingByUnit } from '#server/repo/inventory.ts';
import { findSurveyBySlug } from '#server/repo/surveys.ts';
import { testApp } from '../support/test-app.ts';
import { registerDevice } from './support.ts';

const itemOf = (i: Interview) => ({ id: i.id, revision: i.revision, surveySlug: i.surveySlug, unitNo: i.unitNo });

describe('device inventory', { timeout: 30_000 }, () => {
  it('counts per unit what devices hold and the server does not, at that revision, each interview once', async () => {
    const t = await testApp({ demo: true });
    const phone = await registerDevice(t, 'dtv01');
    const laptop = await registerDevice(t, 'dtv01');
    const surveyId = findSurveyBySlug(t.db, 'hung-yen-2026')!.id;
    const waiting = () => countWaitingByUnit(t.db, surveyId).filter((row) => row.waiting > 0);
    const interviews = phone.interviews({ count: 6, seed: 70 }); // units 01, 02 alternately
    expect(countWaitingByUnit(t.db, surveyId)).toHaveLength(22);

    // The phone sends two of its six and reports all six: four wait, two in each unit.
    await phone.send(interviews.slice(0, 2), { inventory: interviews.map(itemOf) });
    expect(waiting()).toEqual([{ unitNo: '01', waiting: 2 }, { unitNo: '02', waiting: 2 }]);

    // The laptop reports one of the same interviews (a re-install): still counted once.
    await laptop.send([], { inventory: [itemOf(interviews[2]!)] });
    expect(waiting()).toEqual([{ unitNo: '01', waiting: 2 }, { unitNo: '02', waiting: 2 }]);

    // A corrected revision on the phone waits until the server holds it.
    const corrected = { ...interviews[0]!, revision: 2, baseRevision: 1 };
    await phone.send([], { inventory: [...interviews.slice(1), corrected].map(itemOf) });
    expect(waiting()).toEqual([{ unitNo: '01', waiting: 3 }, { unitNo: '02', waiting: 2 }]);

    // Everything arrives; a batch without inventory leaves the stored one as it was.
    await phone.send([corrected, ...interviews.slice(2)]);
    expect(waiting()).toEqual([]);
  });
});
