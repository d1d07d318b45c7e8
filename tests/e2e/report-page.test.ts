// The Word report page in the built client, over the demo survey with 200 interviews: an admin chooses two
// questions and two cross-tabs (one the tabulation refuses), previews the outline — the refused one named, the
// rest listed — and downloads the .docx with the fields typed on the page.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { storeInterviews } from '../server/support/store-interviews.ts';
import { readDocx } from '../server/report/support.ts';
import { useBrowserHarness } from './support/harness.ts';
import { ReportPage } from './pages/ReportPage.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';

const h = useBrowserHarness({
  browser: 'file', timeout: 20_000,
  prepare: (server) => {
    storeInterviews(server.db, generateInterviews({ version: hungYen2026Version1, count: 200, unitNos: hungYen2026Survey.units.map((u) => u.no) }));
  },
});

describe('the report page', () => {
  it('previews the outline, names a refused cross-tab, and downloads the report', async () => {
    await allowAxe(h.page);
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const page = await new ReportPage(h.page, h.baseUrl).open();
    await page.chooseOnly(['Câu 1. Giới tính:', 'Câu 3. Ông/Bà thuộc đối tượng nào?']);
    await page.addCrosstab('Câu 3. Ông/Bà thuộc đối tượng nào?', 'Câu 1. Giới tính:');
    expect(await page.crosstabsBox().inputValue()).toBe('c3:c1');
    // A pair typed by hand that the tabulation refuses (an open question cannot be a cross-tab's side).
    await page.crosstabsBox().fill('c3:c1\nc3:c16');
    await page.fill('Cơ quan ban hành', 'Ban Tuyên giáo và Dân vận');
    await page.fill('Số, ký hiệu (ví dụ 15-BC/BTGDVTU)', '15-BC/BTGDVTU');
    await page.fill('Họ tên người ký', 'Nguyễn Văn An');
    await page.preview();
    expect(await page.headings()).toEqual([
      'I. THÔNG TIN CHUNG VỀ CUỘC KHẢO SÁT', '1. Mục đích', '2. Đơn vị khảo sát và số phiếu', '3. Thời gian, hình thức và số phiếu tổng hợp',
      'II. KẾT QUẢ KHẢO SÁT', '1. PHẦN I. THÔNG TIN CHUNG', 'a) Câu 1. Giới tính:', 'b) Câu 3. Ông/Bà thuộc đối tượng nào?',
      'III. PHÂN TÍCH THEO NHÓM', '1. Câu 3. Ông/Bà thuộc đối tượng nào? theo Câu 1. Giới tính:',
      'IV. CÁC Ý KIẾN “KHÁC (GHI RÕ)”', '1. Câu 3. Ông/Bà thuộc đối tượng nào? – Khác (ghi rõ)',
    ]);
    expect(await page.refused().textContent()).toContain('Không lập được bảng chéo c3 × c16');
    expect(await seriousViolations(h.page)).toEqual([]);

    const download = await page.download();
    expect(download.suggestedFilename()).toMatch(/^bao-cao-hung-yen-2026-\d{4}-\d{2}-\d{2}\.docx$/);
    const xml = readDocx(new Uint8Array(await readFile(await download.path()))).xml('word/document.xml');
    for (const words of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Số 15-BC/BTGDVTU', 'Nguyễn Văn An', 'b) Câu 3. Ông/Bà thuộc đối tượng nào?']) {
      expect(xml).toContain(words);
    }
  });
});
