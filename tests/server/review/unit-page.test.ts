// The unit page follows the review (issue 20, item 10): how many interviews are flagged and how many are returned
// for correction, numbers only (no answers), moving as the admin returns one and the enumerator hands it in again.
import { describe, expect, it } from 'vitest';
import { UnitDashboardSchema } from '#shared/api/quota.ts';
import { answered, reviewApp, SURVEY } from './support.ts';

describe('the unit page under review', () => {
  it('counts the flagged and the returned', async () => {
    const r = await reviewApp();
    const [a, b] = r.device.interviews({ count: 2, seed: 121, unitNos: ['01'] });
    await r.send([a!, { ...b!, serial: a!.serial! }]);
    const page = async () => UnitDashboardSchema.parse(await (await r.t.request(`/api/quota/${SURVEY}/units/01`, { headers: { cookie: r.admin } })).json());
    expect((await page()).unit.counts.flagged).toBe(2);
    expect((await page()).returned).toBe(0);

    await answered(await r.act(a!.id, { action: 'request_correction', comment: 'Câu 3 thiếu', ...(await r.seen(a!.id)) }));
    expect((await page()).returned).toBe(1);
    // Handed in again, corrected: received again, no longer returned.
    await r.send([{ ...a!, answers: { ...a!.answers }, revision: 2, baseRevision: 1, status: 'finished' }]);
    expect((await page()).returned).toBe(0);
    expect(JSON.stringify(await page())).not.toContain('"answers"');
  });
});
