// The Word report's routes without LibreOffice (its proof is demo.libreoffice.test.ts): the text of the .docx read
// from its XML. A survey with no interviews gives a report saying so; awkward labels survive; a refused cross-tab is
// named and the rest made; the State layout; the download is audit-logged; a survey manager reaches only its own.
import { describe, expect, it, vi as vitest } from 'vitest';
import { vi } from '#shared/i18n/vi/index.ts';
import type { ReportOutline } from '#shared/report/schema.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { listAuditRows } from '#server/repo/audit-log.ts';
import { problemCode } from '../support/test-app.ts';
import { makeSurvey, settings2022 } from '../support/surveys.ts';
import { AWKWARD, awkwardWithInterviews, demoWithInterviews, type ExportTestApp } from '../export/support.ts';
import { pictures, readDocx, unescapeXml } from './support.ts';

const SLUG = 'hung-yen-2026';

async function download(t: ExportTestApp, slug: string, query = ''): Promise<{ status: number; paragraphs: string[]; images: number }> {
  const response = await t.request(`/api/admin/reports/${slug}?${query}`, { headers: { cookie: t.cookie } });
  if (response.status !== 200) return { status: response.status, paragraphs: [], images: 0 };
  expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const docx = readDocx(new Uint8Array(await response.arrayBuffer()));
  const xml = docx.xml('word/document.xml');
  // A paragraph's text: its runs' text, a line break as "\n", a tab as itself.
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : unescapeXml(m[1]!))).join(''));
  return { status: 200, paragraphs, images: pictures(docx).length };
}

async function outline(t: ExportTestApp, slug: string, query = ''): Promise<ReportOutline> {
  const response = await t.request(`/api/admin/reports/${slug}/outline?${query}`, { headers: { cookie: t.cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as ReportOutline;
}

describe('the Word report routes', () => {
  it('a survey with no interviews gives a report that says so, with every question\'s heading', async () => {
    const t = await demoWithInterviews(0);
    const report = await download(t, SLUG);
    expect(report.status).toBe(200);
    expect(report.paragraphs).toContain(vi['report.plan.noInterviews']);
    expect(report.paragraphs.filter((p) => p === vi['report.sentence.none'])).toHaveLength(16);
    expect(report.images).toBe(0);
    expect((await outline(t, SLUG)).headings.filter((h) => h.level === 3)).toHaveLength(16);
  });

  it('labels with quotes, line breaks, tabs and any Unicode survive, in the text and in the charts', async () => {
    const t = await demoWithInterviews(0);
    await awkwardWithInterviews(t);
    const report = await download(t, 'kho-2026', 'crosstabs=q1:q4');
    const text = report.paragraphs.join('\n');
    for (const line of AWKWARD.split('\n')) expect(text).toContain(line);
    expect(text).toContain('Có "đồng ý"');
    expect(text).toContain('Xã “Một”');
    expect(text).toContain('Mới 🙂');
    expect(report.images).toBeGreaterThanOrEqual(2);
    expect((await outline(t, 'kho-2026', 'crosstabs=q1:q4')).refused).toEqual([{ row: 'q1', by: 'q4', code: 'results.bandsRequired', params: { variable: 'q4' } }]);
  });

  it('names a cross-tab the tabulation refuses and still makes the others', async () => {
    const t = await demoWithInterviews(60);
    const query = 'questions=c1,c9&crosstabs=c9:c9,c9:unitKind,c9:nothing';
    const o = await outline(t, SLUG, query);
    expect(o.refused.map((r) => [r.row, r.by, r.code])).toEqual([['c9', 'c9', 'results.sameVariable'], ['c9', 'nothing', 'results.unknownQuestion']]);
    expect(o.headings.map((h) => `${h.number} ${h.text}`)).toEqual(expect.arrayContaining([
      'I. THÔNG TIN CHUNG VỀ CUỘC KHẢO SÁT', 'II. KẾT QUẢ KHẢO SÁT', 'III. PHÂN TÍCH THEO NHÓM', 'a) Câu 1. Giới tính:',
      expect.stringMatching(/^1\. Câu 9\. .* theo Loại đơn vị$/),
    ]));
    expect(o.headings.filter((h) => h.level === 3)).toHaveLength(2);
    const report = await download(t, SLUG, query);
    expect(report.paragraphs).toContain('Không lập được bảng chéo c9 × c9: Không lập bảng chéo câu c9 với chính nó được.');
  });

  it('the State layout has the national title and motto and "Số:", and the download is audit-logged', async () => {
    const t = await demoWithInterviews(30);
    const report = await download(t, SLUG, 'layout=state&number=12/BC-BTG&signer=Trần Thị B&status=approved');
    for (const words of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-BTG', 'KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN', 'Trần Thị B']) {
      expect(report.paragraphs, words).toContain(words);
    }
    expect(report.paragraphs).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    const [row] = listAuditRows(t.db, { action: 'report.download', limit: 5, fromAt: null, toAt: null, actor: null, beforeSeq: null });
    expect(row).toMatchObject({ action: 'report.download', actor: 'quantri', target: `survey:${SLUG}` });
    expect(JSON.parse(row!.after!)).toMatchObject({ layout: 'state', interviews: 0, filters: { statuses: ['approved'] } });
  });

  it('without a font to draw the charts, the download is a coded 503 saying what to install, and nothing is logged', async () => {
    const t = await demoWithInterviews(5);
    vitest.stubEnv('PHIEU_CHART_FONT', '/nowhere/font.ttf');
    const response = await t.request(`/api/admin/reports/${SLUG}`, { headers: { cookie: t.cookie } });
    expect([response.status, await problemCode(response)]).toEqual([503, 'report.fontMissing']);
    expect(listAuditRows(t.db, { action: 'report.download', limit: 5, fromAt: null, toAt: null, actor: null, beforeSeq: null })).toEqual([]);
  });

  it('a survey manager is refused the report of a survey it does not manage', async () => {
    const t = await demoWithInterviews(0);
    makeSurvey(t.db, settings2022());
    await t.addAccount({ username: 'tinh2', role: 'admin' });
    await t.post('/api/admin/surveys/managers', { accountId: findAccountByUsername(t.db, 'tinh2')!.id, surveys: ['neu-guong-2022'] }, { cookie: t.cookie });
    const cookie = await t.signIn('tinh2');
    for (const path of [`/api/admin/reports/${SLUG}`, `/api/admin/reports/${SLUG}/outline`]) {
      expect(await problemCode(await t.request(path, { headers: { cookie } })), path).toBe('survey.notManaged');
    }
    expect((await t.request('/api/admin/reports/neu-guong-2022/outline', { headers: { cookie } })).status).toBe(200);
  });
});
