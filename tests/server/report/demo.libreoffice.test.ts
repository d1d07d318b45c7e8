// Issue 22's proof: the demo survey's Word report, downloaded from its route, opened by LibreOffice (one
// conversion) and read back with pdftotext — the Party heading block, every question's heading and its table's
// numbers, the chosen cross-tabs — with the page (A4, margins, Times New Roman) read from the .docx's XML, and
// every chart a real picture whose bars are as long as the table's percentages.
import { beforeAll, describe, expect, it } from 'vitest';
import { vi } from '#shared/i18n/vi/index.ts';
import { translate } from '#shared/i18n/translate.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { barLength } from '#shared/report/bar-chart.ts';
import { crosstabFigure, figureOf, type Figure } from '#shared/report/figures.ts';
import type { ReportOutline } from '#shared/report/schema.ts';
import { crosstabCells, tableCells } from '#shared/report/table-cells.ts';
import type { CrosstabResponse, ResultsResponse } from '#shared/tables/schema.ts';
import { demoWithInterviews, type ExportTestApp } from '../export/support.ts';
import { colourCount, docxToPdfText, measureBars, pictures, pngPixels, readDocx, squash, type Docx } from './support.ts';

const SLUG = 'hung-yen-2026';
const say = (code: string, params?: MessageParams) => translate(vi, code, params);
const BANDS = 'c2:18-30,31-45,46-60,61+';
const CROSSTABS = ['c9:unitKind', 'c10:c1', 'c12:c2', 'c7:c4', 'c11_1:c5'];
const QUERY = new URLSearchParams({
  bands: BANDS, crosstabs: [...CROSSTABS, 'c9:c16'].join(','), parent: 'Tỉnh ủy Hưng Yên', issuer: 'Ban Tuyên giáo và Dân vận',
  number: '15-BC/BTGDVTU', place: 'Hưng Yên', signer: 'Nguyễn Văn An', recipients: '- Thường trực Tỉnh ủy,\n- Lưu VP.',
}).toString();

describe('the demo survey\'s Word report, opened by LibreOffice', () => {
  let t: ExportTestApp;
  let docx: Docx;
  /** pdftotext's reading order (a table column by column), and its layout (a table row by row), both squashed. */
  let text: string;
  let rows: string;
  let info: string;
  let results: ResultsResponse;
  let outline: ReportOutline;
  const crosstabs: CrosstabResponse['crosstab'][] = [];
  const get = async <T>(path: string): Promise<T> => (await t.request(path, { headers: { cookie: t.cookie } })).json() as Promise<T>;

  beforeAll(async () => {
    t = await demoWithInterviews(1000);
    const response = await t.request(`/api/admin/reports/${SLUG}?${QUERY}`, { headers: { cookie: t.cookie } });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    docx = readDocx(bytes);
    const pdf = await docxToPdfText(bytes);
    ({ info } = pdf);
    text = squash(pdf.text);
    rows = squash(pdf.layout);
    results = await get(`/api/admin/results/${SLUG}?bands=${encodeURIComponent(BANDS)}`);
    outline = await get(`/api/admin/reports/${SLUG}/outline?${QUERY}`);
    for (const pair of CROSSTABS) {
      const [row, by] = pair.split(':');
      crosstabs.push((await get<CrosstabResponse>(`/api/admin/results/${SLUG}/crosstab?row=${row}&by=${by}&bands=${encodeURIComponent(BANDS)}`)).crosstab);
    }
  }, 180_000);

  it('has the Party heading block, the subject and the signature block', () => {
    for (const words of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY HƯNG YÊN', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', '*', 'Số 15-BC/BTGDVTU', 'BÁO CÁO',
      'Hưng Yên, ngày', 'Kết quả khảo sát “Kết quả sau 01 năm thực hiện mô hình chính quyền địa phương hai cấp',
      'Nơi nhận:', '- Thường trực Tỉnh ủy,', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn An']) {
      expect(text, words).toContain(squash(words));
    }
    expect(text.indexOf(squash('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBeLessThan(text.indexOf(squash('BÁO CÁO')));
  });

  it('states the plan\'s facts: purpose, units with quota and achieved, dates, mode and interviews counted', () => {
    for (const words of ['I. THÔNG TIN CHUNG VỀ CUỘC KHẢO SÁT', 'Khảo sát dư luận xã hội để có cơ sở đánh giá', 'chỉ tiêu 1.000 phiếu; thu được 1.000 phiếu',
      'từ ngày 28/05/2026 đến ngày 02/06/2026', 'Hình thức khảo sát: Trực tiếp', 'Số phiếu đưa vào tổng hợp: 1.000, gồm các phiếu đã nhận và đã duyệt']) {
      expect(text, words).toContain(squash(words));
    }
  });

  /** The table's figures row by row after its title (in the layout text), and its labels anywhere (wrapped labels
   * are split across lines in the layout); returns where the table ends. */
  function expectTable(title: string, body: string[][]): number {
    let at = rows.indexOf(squash(`. ${title}`));
    expect(at, title).toBeGreaterThan(0);
    for (const cell of body.flat().filter(Boolean)) {
      if (!/^[\d.,—]+$/.test(cell)) { expect(text, `${title}: ${cell}`).toContain(squash(cell)); continue; }
      const found = rows.indexOf(squash(cell), at);
      expect(found, `${title}: ${cell} after ${rows.slice(at - 20, at + 20)}`).toBeGreaterThanOrEqual(at);
      at = found;
    }
    return at;
  }

  it('has every question\'s heading, its table\'s numbers in order after its title, a source line and a Nhận xét', () => {
    expect(results.tables).toHaveLength(16);
    for (const table of results.tables) {
      const heading = outline.headings.find((h) => h.level === 3 && h.text === table.title)!;
      expect(text, table.title).toContain(squash(`${heading.number} ${table.title}`));
      const end = expectTable(table.title, tableCells(table, say).body);
      expect(rows.indexOf(squash(`n = ${table.total.toLocaleString('vi-VN')}`), end), table.title).toBeGreaterThan(end);
      expect(rows.indexOf(squash('Nhận xét:'), end), table.title).toBeGreaterThan(end);
    }
  });

  it('has each chosen cross-tab with its numbers, and names the one the tabulation refused', () => {
    for (const x of crosstabs) {
      expectTable(say('report.crosstabHeading', { row: x.row.title, by: x.column.title }), crosstabCells(x, say).body);
    }
    expect(outline.refused).toEqual([{ row: 'c9', by: 'c16', code: 'results.notCrossable', params: { variable: 'c16' } }]);
    expect(text).toContain(squash(say('report.refused', { row: 'c9', by: 'c16', reason: say('problem.results.notCrossable', { variable: 'c16' }) })));
  });

  it('is A4 with the rules\' margins and Times New Roman, read from the .docx', () => {
    const body = docx.xml('word/document.xml');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(body)![1]!;
    const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)![1]) / (1440 / 25.4);
    expect([twips('top'), twips('bottom'), twips('left'), twips('right')].map(Math.round)).toEqual([20, 20, 30, 15]);
    const styles = docx.xml('word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
    expect([...body.matchAll(/w:ascii="([^"]+)"/g)].every((m) => m[1] === 'Times New Roman')).toBe(true);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('draws every chart as a real picture whose bars follow the table', () => {
    const figures = new Map<string, Figure>();
    for (const table of results.tables) { const f = figureOf(table); if (f) figures.set(table.title, f); }
    for (const x of crosstabs) {
      const f = crosstabFigure(x);
      if (f) figures.set(say('report.crosstabHeading', { row: x.row.title, by: x.column.title }), f);
    }
    // Every question but the open one (c16), and every cross-tab but the multiple choice's (c12 by age).
    expect(figures.size).toBe(15 + 4);
    const found = pictures(docx);
    expect(found.map((p) => p.title).sort()).toEqual([...figures.keys()].sort());
    for (const picture of found) {
      const pixels = pngPixels(picture.png);
      expect(colourCount(pixels), picture.title).toBeGreaterThan(10);
      const figure = figures.get(picture.title)!;
      const expected = figure.kind === 'bars' ? figure.bars.map((b) => [barLength(b.value)]) : figure.rows.map((r) => r.segments.map((s) => (s.value > 0 ? barLength(s.value) : 0)));
      measureBars(pixels, figure).forEach((bar, i) => bar.forEach((length, s) => {
        expect(Math.abs(length - expected[i]![s]!), `${picture.title}, bar ${i + 1}, part ${s + 1}: ${length} against ${expected[i]![s]}`).toBeLessThanOrEqual(1.5);
      }));
    }
  });
});
