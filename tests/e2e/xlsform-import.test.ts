// The XLSForm import page in the built client: a broken file is refused with each fault at its sheet, row and
// column in Vietnamese and nothing saved; a form with a definition problem shows it at its row; a KoboToolbox-style
// form previews clean and is saved as a new draft.
import { describe, expect, it } from 'vitest';
import { koboForm, rowOf, withRow, xlsxOf } from '../server/xlsform/kobo-forms.ts';
import { useBrowserHarness } from './support/harness.ts';
import { XlsformImportPage } from './pages/XlsformImportPage.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';

const h = useBrowserHarness({ browser: 'file', timeout: 20_000 });

describe('the XLSForm import page', () => {
  it('lists a broken file’s faults by row, then previews and saves a good one as a draft', async () => {
    await allowAxe(h.page);
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const page = await new XlsformImportPage(h.page, h.baseUrl).open('hung-yen-2026');

    const broken = withRow(koboForm(), 'biet', (row) => [{ ...row, type: 'select_one khong_co' }]);
    await page.choose('hong.xlsx', await xlsxOf(broken));
    await expect.poll(() => page.faults().first().textContent())
      .toBe(`Trang tính “survey”, dòng ${rowOf(broken, 'biet')}, cột A: Không có danh sách phương án “khong_co” trong trang “choices”.`);
    expect(await page.saveButton().count()).toBe(0);
    expect(await seriousViolations(h.page)).toEqual([]);

    // A file the importer reads but the engine finds a problem in: listed at its row, next to its question number.
    const tooMany = withRow(koboForm(), 'kenh', (row) => [{ ...row, constraint: 'count-selected(.) <= 9' }]);
    await page.choose('qua-nhieu.xlsx', await xlsxOf(tooMany));
    await expect.poll(() => page.problems().first().textContent())
      .toBe(`Dòng ${rowOf(tooMany, 'kenh')} · Câu 5 (max): Số lựa chọn tối đa (9) nhiều hơn số phương án (6).`);

    await page.choose('kobo.xlsx', await xlsxOf(koboForm()));
    await h.page.getByText('Bảng hỏi đọc được: 2 phần, 9 câu, không có vấn đề.').waitFor();
    await page.saveButton().click();
    await h.page.getByText('Đã lưu thành bản nháp phiên bản 2.').waitFor();
    expect(h.server.db.prepare('SELECT status FROM questionnaire_versions WHERE version = 2').get()).toEqual({ status: 'draft' });
  });
});
