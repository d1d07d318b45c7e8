// One unit's page: by day (Asia/Ho_Chi_Minh days, oldest first, unknown day last) and by enumerator (most
// forms first, names only), counting only what the shared rule counts, and never an answer.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { testApp } from '../support/test-app.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { getUnit, signInDemo } from './support.ts';

const version = hungYen2026.versions[0]!;
const on = (day: string, interview: Interview): Interview => ({ ...interview, entry: 'paper', paper: { interviewerName: 'Nguyễn Văn An', interviewDate: day } });

describe('unit dashboard', { timeout: 30_000 }, () => {
  it('gives progress by day and by enumerator, counted by the shared rule, with no answers', async () => {
    const t = await testApp({ demo: true });
    await t.addAccount({ username: 'dtv-extra', displayName: 'Trần Thị Bình' }, [{ surveySlug: 'hung-yen-2026', unitNos: ['01'] }]);
    const dtv01 = findAccountByUsername(t.db, 'dtv01')!.id;
    const extra = findAccountByUsername(t.db, 'dtv-extra')!.id;
    const mine = generateInterviews({ version, count: 5, unitNos: ['01'], seed: 21, accountId: dtv01 });
    const theirs = generateInterviews({ version, count: 3, unitNos: ['01'], seed: 22, accountId: extra });
    storeInterviews(t.db, [on('2026-05-30', mine[0]!), on('2026-05-28', mine[1]!), on('2026-05-30', theirs[0]!), on('2026-05-29', theirs[1]!)]);
    storeInterviews(t.db, [on('2026-05-28', mine[2]!)], { status: 'approved', flags: () => ['too_short'] });
    storeInterviews(t.db, [on('2026-05-31', mine[3]!)], { status: 'rejected' });
    storeInterviews(t.db, [{ ...on('2026-05-31', theirs[2]!), practice: true }]);
    // A form whose day is unknown (no paper date, not finished).
    storeInterviews(t.db, [{ ...mine[4]!, entry: 'interview', paper: undefined, times: { startedAt: mine[4]!.times.startedAt, updatedAt: mine[4]!.times.updatedAt } }]);

    const cookie = await signInDemo(t, 'bxd01');
    const text = await (await t.request('/api/quota/hung-yen-2026/units/01', { headers: { cookie } })).text();
    for (const secret of ['answers', 'Tăng cường', 'Nguyễn Văn An', 'dtv-extra', mine[0]!.id]) expect(text).not.toContain(secret);
    const unit = await getUnit(t, cookie, '01');
    expect(unit.unit.counts).toEqual({ received: 6, approved: 1, flagged: 1 });
    expect(unit.byDay).toEqual([
      { day: '2026-05-28', counts: { received: 2, approved: 1, flagged: 1 } },
      { day: '2026-05-29', counts: { received: 1, approved: 0, flagged: 0 } },
      { day: '2026-05-30', counts: { received: 2, approved: 0, flagged: 0 } },
      { day: '', counts: { received: 1, approved: 0, flagged: 0 } },
    ]);
    expect(unit.byEnumerator).toEqual([
      { name: 'Điều tra viên 01 (đơn vị 01, 02)', counts: { received: 4, approved: 1, flagged: 1 } },
      { name: 'Trần Thị Bình', counts: { received: 2, approved: 0, flagged: 0 } },
    ]);
  });
});
