// The results routes over the demo survey with generated interviews: every filter selects the interviews it
// names (counted here from the generated records), the tables follow a void and an approval at once, a survey
// with no interviews gives empty tables, and a survey manager reaches only its own surveys' results.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview/schema.ts';
import type { CrosstabResponse, FrequencyTable, ResultsResponse, TextsResponse } from '#shared/tables/schema.ts';
import { hungYen2026Survey } from '#shared/demo/hung-yen-2026.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { problemCode } from '../support/test-app.ts';
import { makeSurvey, settings2022 } from '../support/surveys.ts';
import { demoWithInterviews, type ExportTestApp } from '../export/support.ts';

const SLUG = 'hung-yen-2026';
let t: ExportTestApp;

async function results(query = ''): Promise<ResultsResponse> {
  const response = await t.request(`/api/admin/results/${SLUG}?${query}`, { headers: { cookie: t.cookie } });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ResultsResponse;
}
const c1 = (r: ResultsResponse) => r.tables.find((x) => x.variable === 'c1') as FrequencyTable;
/** c1's counts by code as the generated records hold them. */
function expectedC1(interviews: readonly Interview[]): number[] {
  return [1, 2].map((code) => interviews.filter((i) => i.answers.c1 === code).length);
}

describe('the results routes', () => {
  beforeAll(async () => {
    t = await demoWithInterviews(120);
  }, 60_000);

  it('tabulate every interview by default, each question in paper order', async () => {
    const r = await results();
    expect(r.total).toBe(120);
    expect(r.tables.map((x) => x.variable)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13', 'c14', 'c15', 'c16']);
    expect(c1(r).rows.map((row) => row.count)).toEqual(expectedC1(t.interviews));
  });

  it('filter by unit kind, units, entry and interview days', async () => {
    const wards = new Set(hungYen2026Survey.units.filter((u) => u.kind === 'ward').map((u) => u.no));
    expect(c1(await results('kind=ward')).rows.map((row) => row.count)).toEqual(expectedC1(t.interviews.filter((i) => wards.has(i.unitNo))));
    expect((await results('units=01,02')).total).toBe(t.interviews.filter((i) => ['01', '02'].includes(i.unitNo)).length);
    expect((await results('entry=paper')).total).toBe(t.interviews.filter((i) => i.entry === 'paper').length);
    expect((await results('mode=online')).total).toBe(0);
    const day = (i: Interview) => i.paper?.interviewDate ?? i.times.finishedAt!.slice(0, 10);
    expect((await results('from=2026-05-29&to=2026-05-30')).total).toBe(t.interviews.filter((i) => day(i) >= '2026-05-29' && day(i) <= '2026-05-30').length);
  });

  it('approved only, and a voided interview leaves every table at once (a recount, whatever the store)', async () => {
    const [approved, voided] = [t.interviews.slice(0, 30), t.interviews[40]!];
    const approve = t.db.prepare(`UPDATE interviews SET status = 'approved' WHERE id = ?`);
    for (const i of approved) approve.run(i.id);
    expect(c1(await results('status=approved')).rows.map((row) => row.count)).toEqual(expectedC1(approved));
    t.db.prepare('UPDATE interviews SET voided = 1 WHERE id = ?').run(voided.id);
    const after = await results();
    expect(after.total).toBe(119);
    expect(c1(after).rows.map((row) => row.count)).toEqual(expectedC1(t.interviews.filter((i) => i !== voided)));
  });

  it('the texts of an “other – specify”, grouped, and searched folded alike', async () => {
    const get = async (query: string) => (await t.request(`/api/admin/results/${SLUG}/texts?${query}`, { headers: { cookie: t.cookie } })).json() as Promise<TextsResponse>;
    const all = await get('variable=c3_other');
    // Interview 40 was voided above: its text no longer counts.
    const written = t.interviews.filter((i, n) => n !== 40 && typeof i.answers.c3_other === 'string');
    expect(all.title).toBe('Câu 3. Ông/Bà thuộc đối tượng nào? – Khác (ghi rõ)');
    expect(all.answered).toBe(written.length);
    expect(all.groups.reduce((sum, g) => sum + g.count, 0)).toBe(written.length);
    const found = await get(`variable=c3_other&q=${encodeURIComponent('TANG CUONG tuyen')}`);
    expect(found.groups.map((g) => g.label)).toEqual(['Tăng cường tuyên truyền.']);
  });

  it('a cross-tab of Câu 9 by unit kind', async () => {
    const response = await t.request(`/api/admin/results/${SLUG}/crosstab?row=c9&by=unitKind&bands=c2:18-40,41%2B`, { headers: { cookie: t.cookie } });
    const { crosstab } = (await response.json()) as CrosstabResponse;
    expect(crosstab.row.title).toMatch(/^Câu 9\. /);
    expect(crosstab.counts.flat().reduce((a, b) => a + b, 0)).toBe(crosstab.total);
    expect(crosstab.chiSquare?.df).toBe((crosstab.rows.length - 1) * (crosstab.columns.length - 1));
  });
});

describe('a survey with no interviews', () => {
  it('shows empty tables, and refuses a cross-tab', async () => {
    t = await demoWithInterviews(0);
    const r = await results();
    expect([r.total, r.tables.length, c1(r).rows.map((row) => row.count)]).toEqual([0, 16, [0, 0]]);
    const cross = await t.request(`/api/admin/results/${SLUG}/crosstab?row=c9&by=unit`, { headers: { cookie: t.cookie } });
    expect([cross.status, await problemCode(cross)]).toEqual([409, 'results.noInterviews']);
  });

  it('a survey manager is refused the results of a survey it does not manage', async () => {
    t = await demoWithInterviews(0);
    makeSurvey(t.db, settings2022());
    await t.addAccount({ username: 'tinh2', role: 'admin' });
    await t.post('/api/admin/surveys/managers', { accountId: findAccountByUsername(t.db, 'tinh2')!.id, surveys: ['neu-guong-2022'] }, { cookie: t.cookie });
    const cookie = await t.signIn('tinh2');
    for (const path of [
      `/api/admin/results/${SLUG}`, `/api/admin/results/${SLUG}/crosstab?row=c9&by=unit`, `/api/admin/results/${SLUG}/texts?variable=c16`,
      `/api/admin/results/${SLUG}/unit-boards`, `/api/unit-results/${SLUG}/units/01`,
    ]) {
      expect(await problemCode(await t.request(path, { headers: { cookie } })), path).toBe('survey.notManaged');
    }
    // Nor may it code another survey's texts or share its results with unit boards.
    const coding = await t.post(`/api/admin/results/${SLUG}/codings`, { variable: 'c16', texts: ['x'], newLabel: 'X' }, { cookie });
    expect(await problemCode(coding)).toBe('survey.notManaged');
    const sharing = await t.post(`/api/admin/results/${SLUG}/unit-boards`, { visible: true }, { cookie });
    expect(await problemCode(sharing)).toBe('survey.notManaged');
    expect(t.db.prepare('SELECT count(*) FROM text_codes').pluck().get()).toBe(0);
    expect((await t.request('/api/admin/results/neu-guong-2022', { headers: { cookie } })).status).toBe(200);
  });
});
