// The export routes as the admin page uses them: admin only, coded 4xx for every bad input, filters that
// select exactly what the database holds (practice and voided never), and a named, streamed download.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { problemCode } from '../support/test-app.ts';
import { demoWithInterviews, download, downloadBytes, type ExportTestApp } from './support.ts';

const SURVEY = 'hung-yen-2026';

const idsOfCsv = (bytes: Buffer): string[] =>
  Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1).map((row) => row[0]!);

describe('export routes', () => {
  let t: ExportTestApp;
  beforeAll(async () => {
    t = await demoWithInterviews(60); // received
    const more = (seed: number, count: number) => generateInterviews({ version: hungYen2026Version1, count, seed, unitNos: ['01', '02'] });
    storeInterviews(t.db, more(11, 10), { status: 'approved' });
    storeInterviews(t.db, more(12, 5).map((i) => ({ ...i, practice: true })));
    storeInterviews(t.db, more(13, 5).map((i) => ({ ...i, voided: { reason: 'Nhập nhầm', at: '2026-05-29T08:00:00+07:00' } })));
    storeInterviews(t.db, more(14, 4), { status: 'rejected' });
    await t.addAccount({ username: 'dtv', role: 'enumerator' });
  });

  /** What the database holds for some filters, counted here with its own query. */
  const expected = (where: string, ...params: unknown[]) => (t.db.prepare(
    `SELECT i.id FROM interviews i JOIN units u ON u.id = i.unit_id
     WHERE i.practice = 0 AND i.voided = 0 AND i.status IN ('received', 'approved') ${where} ORDER BY i.id`,
  ).pluck().all(...params) as string[]);

  it('is for admins only', async () => {
    expect((await t.request(`/api/admin/exports/${SURVEY}?format=csv`)).status).toBe(401);
    const cookie = await t.signIn('dtv');
    const refused = await t.request(`/api/admin/exports/${SURVEY}?format=csv`, { headers: { cookie } });
    expect([refused.status, await problemCode(refused)]).toEqual([403, 'auth.forbidden']);
    const count = await t.request(`/api/admin/exports/${SURVEY}/count`, { headers: { cookie } });
    expect(count.status).toBe(403);
  });

  it('names the file in the Content-Disposition and streams it with its type', async () => {
    const response = await download(t, SURVEY, 'format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(
      "attachment; filename=\"hung-yen-2026-2026-05-28.xlsx\"; filename*=UTF-8''hung-yen-2026-2026-05-28.xlsx",
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const sps = await download(t, SURVEY, 'format=sps');
    expect([sps.headers.get('content-type'), sps.headers.get('content-disposition')?.split(';')[1]?.trim()])
      .toEqual(['application/zip', 'filename="hung-yen-2026-2026-05-28.zip"']);
    const csv = await download(t, SURVEY, 'format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('leaves out practice, voided and refused interviews, and applies every filter', async () => {
    const all = expected('');
    expect(all).toHaveLength(70);
    const cases: [string, string[]][] = [
      ['', all],
      ['status=approved', expected("AND i.status = 'approved'")],
      ['status=received&units=01,02', expected("AND i.status = 'received' AND u.no IN ('01', '02')")],
      ['entry=paper', expected("AND i.entry = 'paper'")],
      ['mode=online', []],
      ['from=2026-05-30&to=2026-05-31', expected("AND i.interview_day BETWEEN '2026-05-30' AND '2026-05-31'")],
      ['to=2026-05-28', expected("AND i.interview_day <= '2026-05-28'")],
    ];
    for (const [query, ids] of cases) {
      expect(ids.length === 0 || ids.length < all.length || query === '', query).toBe(true);
      expect(idsOfCsv(await downloadBytes(t, SURVEY, `format=csv&${query}`)).sort(), query).toEqual(ids);
      const count = await t.request(`/api/admin/exports/${SURVEY}/count?${query}`, { headers: { cookie: t.cookie } });
      expect(await count.json(), query).toEqual({ count: ids.length });
    }
  });

  it('refuses bad input with coded problems', async () => {
    const cases: [string, number, string, Record<string, string>?][] = [
      ['format=pdf', 400, 'export.unknownFormat', { value: 'pdf' }],
      ['', 400, 'export.unknownFormat', { value: '' }],
      ['format=csv&status=rejected', 400, 'export.invalidFilter', { field: 'status', value: 'rejected' }],
      ['format=csv&mode=phone', 400, 'export.invalidFilter', { field: 'mode', value: 'phone' }],
      ['format=csv&entry=fax', 400, 'export.invalidFilter', { field: 'entry', value: 'fax' }],
      ['format=csv&from=2026-02-30', 400, 'export.invalidFilter', { field: 'from', value: '2026-02-30' }],
      ['format=csv&from=2026-06-02&to=2026-05-28', 400, 'export.invalidFilter', { field: 'to', value: '2026-05-28' }],
      ['format=csv&units=1', 400, 'export.invalidFilter', { field: 'units', value: '1' }],
      ['format=csv&unit=01', 400, 'export.invalidFilter', { field: 'unit', value: '01' }],
      ['format=sav&labels=1', 400, 'export.invalidFilter', { field: 'labels', value: '1' }],
      ['format=csv&lang=fr', 400, 'export.invalidFilter', { field: 'lang', value: 'fr' }],
      ['format=csv&units=01,99', 400, 'export.unknownUnit', { unit: '99' }],
    ];
    for (const [query, status, code, params] of cases) {
      const response = await download(t, SURVEY, query);
      const body = await response.json() as { problem: { code: string; params?: Record<string, string> } };
      expect([response.status, body.problem.code, body.problem.params], query).toEqual([status, code, params]);
    }
    const unknown = await download(t, 'khong-co', 'format=sav');
    expect([unknown.status, await problemCode(unknown)]).toEqual([404, 'survey.notFound']);
    const count = await t.request(`/api/admin/exports/${SURVEY}/count?format=sav`, { headers: { cookie: t.cookie } });
    expect([count.status, await problemCode(count)]).toEqual([400, 'export.invalidFilter']);
    const unit = await t.request(`/api/admin/exports/${SURVEY}/count?units=77`, { headers: { cookie: t.cookie } });
    expect([unit.status, await problemCode(unit)]).toEqual([400, 'export.unknownUnit']);
  });

  it('writes the words it adds in the language asked for', async () => {
    const text = (await downloadBytes(t, SURVEY, 'format=csv&labels=1&lang=en&status=approved')).toString('utf8');
    expect(text).toContain('Face to face');
    expect(text).toContain('Nam'); // the questionnaire's own labels stay as written
  });
});
