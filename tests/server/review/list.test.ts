// The interviews table: every filter, search by serial prefix, the three sorts paged by key (each page follows
// the last without repeating or skipping, whatever was stored meanwhile), the total, and refused input.
import { describe, expect, it } from 'vitest';
import { ReviewListResponseSchema, type ReviewItem } from '#shared/api/review.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { createSurvey } from '#server/services/surveys.ts';
import { benchSurvey, fill } from '../../../scripts/bench/review.ts';
import { testApp } from '../support/test-app.ts';
import { registerDevice } from '../sync/support.ts';
import { refusal, reviewApp, SURVEY, type Review } from './support.ts';

async function all(r: Review, query: Record<string, string>): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await r.list({ ...query, ...(after ? { after } : {}) });
    items.push(...page.items);
    if (!page.next) return items;
    after = page.next;
  }
}

describe('the interviews table', () => {
  it('pages by key through each sort, every row once, in its order', async () => {
    const r = await reviewApp();
    const interviews = r.device.interviews({ count: 23, seed: 21 });
    // Arrivals a minute apart, in three batches.
    for (const part of [interviews.slice(0, 8), interviews.slice(8, 15), interviews.slice(15)]) {
      await r.send(part);
      r.t.clock.advance(60_000);
    }
    const arrival = await all(r, { limit: '5' });
    expect(arrival).toHaveLength(23);
    expect(new Set(arrival.map((i) => i.id)).size).toBe(23);
    const keyOf = (i: ReviewItem) => `${i.receivedAt}|${i.id}`;
    expect(arrival.map(keyOf)).toEqual(arrival.map(keyOf).sort().reverse());

    const bySerial = await all(r, { sort: 'serial', limit: '4' });
    expect(bySerial.map((i) => i.serial)).toEqual(interviews.map((i) => i.serial).sort());
    const byUnit = await all(r, { sort: 'unit_serial', limit: '7' });
    expect(byUnit.map((i) => `${i.unitNo}/${i.serial}`)).toEqual(interviews.map((i) => `${i.unitNo}/${i.serial}`).sort());

    // A page's key still holds when more arrive: the next page of the serial sort goes on where it stopped.
    const first = await r.list({ sort: 'serial', limit: '10' });
    await r.send(r.device.interviews({ count: 2, seed: 22, unitNos: ['01'] }).map((i) => ({ ...i, serial: '0100' })));
    const second = await r.list({ sort: 'serial', limit: '10', after: first.next! });
    expect(second.items[0]!.serial! > first.items.at(-1)!.serial!).toBe(true);
  });

  it('filters by unit, enumerator, device, day, mode, entry, status, flag, version and serial, with the total', async () => {
    const r = await reviewApp();
    const interviews = r.device.interviews({ count: 12, seed: 23 });
    await r.send(interviews);
    const other = await registerDevice(r.t, 'dtv02');
    const theirs = other.interviews({ count: 3, seed: 24, unitNos: ['03'] });
    await other.send(theirs);
    const ids = (items: ReviewItem[]) => items.map((i) => i.id).sort();
    const expectIds = async (query: Record<string, string>, expected: string[]) => {
      const page = await r.list(query);
      expect(ids(page.items), JSON.stringify(query)).toEqual([...expected].sort());
      expect(page.total, JSON.stringify(query)).toEqual({ count: expected.length, exact: true });
    };
    await expectIds({}, [...interviews, ...theirs].map((i) => i.id));
    await expectIds({ unit: '02' }, interviews.filter((i) => i.unitNo === '02').map((i) => i.id));
    await expectIds({ account: String(other.accountId) }, theirs.map((i) => i.id));
    await expectIds({ device: r.device.deviceId }, interviews.map((i) => i.id));
    const day = (await r.item(interviews[0]!.id)).interviewDay!;
    const onDay = (await r.list({ limit: '200' })).items.filter((i) => i.interviewDay === day).map((i) => i.id);
    expect(onDay.length).toBeGreaterThan(0);
    await expectIds({ day }, onDay);
    await expectIds({ mode: 'online' }, []);
    await expectIds({ entry: 'paper' }, [...interviews, ...theirs].filter((i) => i.entry === 'paper').map((i) => i.id));
    await expectIds({ version: '1' }, [...interviews, ...theirs].map((i) => i.id));
    await expectIds({ version: '2' }, []);
    await expectIds({ serial: interviews[0]!.serial! }, [interviews[0]!.id]);
    await expectIds({ serial: '03' }, theirs.map((i) => i.id));
    await expectIds({ unit: '01', serial: '02' }, []);

    const seen = await r.seen(interviews[1]!.id);
    await r.act(interviews[1]!.id, { action: 'approve', ...seen });
    await expectIds({ status: 'approved' }, [interviews[1]!.id]);
    await expectIds({ status: 'received', unit: '03' }, theirs.map((i) => i.id));
    await expectIds({ flag: 'any' }, []);
    await expectIds({ flag: 'serial_duplicate' }, []);
  });

  it('counts second keyings in the total as in the rows, though the quota counters skip them', async () => {
    const r = await reviewApp();
    r.t.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.doubleKeying', json('true')) WHERE slug = ?`).run(SURVEY);
    const interviews = r.device.interviews({ count: 6, seed: 25, paperShare: 1, unitNos: ['01'] });
    await r.send(interviews);
    const clerk = await registerDevice(r.t, 'dtv02');
    r.t.db.prepare(`INSERT INTO assignments (account_id, unit_id) SELECT ?, id FROM units WHERE no = '01'`).run(clerk.accountId);
    const seconds = clerk.interviews({ count: 2, seed: 26, paperShare: 1, unitNos: ['01'] })
      .map((interview, i) => ({ ...interview, serial: interviews[i]!.serial!, secondKeying: true as const }));
    await clerk.send(seconds);
    const queries: Record<string, string>[] = [{}, { unit: '01' }, { account: String(clerk.accountId) }, { status: 'received' }, { flag: 'none' }, { day: (await r.item(seconds[0]!.id)).interviewDay! }];
    for (const query of queries) {
      const rows = await all(r, { ...query, limit: '200' });
      expect((await r.list(query)).total, JSON.stringify(query)).toEqual({ count: rows.length, exact: true });
    }
    expect((await r.list({ account: String(clerk.accountId) })).total?.count).toBe(2);
  });

  it('refuses unknown surveys, units and filters, and a forged page key', async () => {
    const r = await reviewApp();
    const get = (path: string) => r.t.request(path, { headers: { cookie: r.admin } });
    expect(await refusal(await get('/api/admin/review/nowhere/interviews'))).toEqual({ status: 404, code: 'survey.notFound' });
    expect(await refusal(await get(`/api/admin/review/${SURVEY}/interviews?unit=99`))).toEqual({ status: 404, code: 'unit.notFound' });
    for (const query of ['status=draft', 'flag=odd', 'day=28/05/2026', 'sort=random', 'limit=0', 'limit=201', 'serial=12a']) {
      expect(await refusal(await get(`/api/admin/review/${SURVEY}/interviews?${query}`)), query).toEqual({ status: 400, code: 'request.invalid' });
    }
    for (const after of [Buffer.from('["x"]').toString('base64url'), 'bm90LWpzb24', Buffer.from('[1,2,3]').toString('base64url')]) {
      expect(await refusal(await get(`/api/admin/review/${SURVEY}/interviews?after=${after}`)), after).toEqual({ status: 400, code: 'review.badCursor' });
    }
    expect(await refusal(await get(`/api/admin/review/${SURVEY}/interviews/${crypto.randomUUID()}`))).toEqual({ status: 404, code: 'review.notFound' });
  });
});

describe('the total of the interviews table', () => {
  it('is exact from the counters at any size, counted up to 10,000 otherwise, and sent with the first page only', async () => {
    const t = await testApp();
    createSurvey(t.db, benchSurvey(10, 1005), hungYen2026.versions.map((v) => ({ ...v, surveySlug: 'bench-review' })), '2026-05-28T00:00:00Z');
    fill(t.db, 10_050);
    await t.addAccount({ username: 'quantri', role: 'admin' });
    const cookie = await t.signIn('quantri');
    const list = async (query: string) => ReviewListResponseSchema.parse(await (await t.request(`/api/admin/review/bench-review/interviews?${query}`, { headers: { cookie } })).json());
    expect((await list('')).total).toEqual({ count: 10_050, exact: true });
    expect((await list('status=received&flag=none')).total).toEqual({
      count: t.db.prepare(`SELECT count(*) FROM interviews WHERE status = 'received' AND flags = '[]'`).pluck().get(), exact: true,
    });
    expect((await list('version=1')).total).toEqual({ count: 10_000, exact: false });
    expect((await list('entry=paper')).total).toEqual({ count: 5_030, exact: true });
    const first = await list('entry=paper&sort=unit_serial');
    expect((await list(`entry=paper&sort=unit_serial&after=${first.next!}`)).total).toBeNull();
  });
});
