// The download page in the built client: the count follows the filters, a refused filter is explained in
// Vietnamese instead of offering a download, and the link gives the file with the server's name.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './support/harness.ts';
import { ExportPage } from './pages/ExportPage.ts';

const h = useBrowserHarness({ browser: 'file', timeout: 10_000 });

describe('the export page', () => {
  it('counts, refuses a reversed date range, and downloads a .sav', async () => {
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const page = await new ExportPage(h.page, h.baseUrl).open();
    // The demo database has no interviews yet: a valid, empty export.
    await expect.poll(() => page.count().textContent()).toBe('Có 0 phiếu phù hợp.');

    await page.setDay('Từ ngày', '2026-06-02');
    await page.setDay('Đến ngày', '2026-05-28');
    await expect.poll(() => page.alert().textContent()).toBe('Bộ lọc “to” không nhận giá trị “2026-05-28”.');
    expect(await page.downloadLink().count()).toBe(0);

    await page.setDay('Đến ngày', '2026-06-02');
    await page.chooseFormat('SPSS (.sav) – đủ nhãn biến, nhãn giá trị, giá trị khuyết');
    const download = await page.download();
    expect(download.suggestedFilename()).toMatch(/^hung-yen-2026-\d{4}-\d{2}-\d{2}\.sav$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('$FL2');
  });
});
