// The results in the built client (issue 21's browser test): the admin opens the results, builds a cross-tab of
// Câu 9 by unit kind (the counts and Pearson's chi-square those of the server's engine), codes three "other" texts
// of Câu 3 into a new code, and both the results' table and a fresh .sav export (read back by PSPP) show the coded answers.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '#shared/coding/group-texts.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { translate } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { parseCrosstabQuery } from '#shared/tables/query.ts';
import { loadCrosstab } from '#server/results/load-results.ts';
import { pspp, tempDir } from '../server/export/support.ts';
import { storeInterviews } from '../server/support/store-interviews.ts';
import { ExportPage } from './pages/ExportPage.ts';
import { ResultsPage } from './pages/ResultsPage.ts';
import { useBrowserHarness } from './support/harness.ts';

const SLUG = hungYen2026.survey.slug;
const C3_OTHER = 'Câu 3. Ông/Bà thuộc đối tượng nào? – Khác (ghi rõ)';
const h = useBrowserHarness({
  timeout: 30_000,
  prepare: (server) => {
    storeInterviews(server.db, generateInterviews({
      version: hungYen2026.versions[0]!, count: 240, seed: 321, unitNos: hungYen2026.survey.units.map((u) => u.no),
    }));
  },
});

describe('the results pages', () => {
  it('cross-tabulates Câu 9 by unit kind, codes three "other" texts, and shows the code in the table and the .sav', async () => {
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const results = await new ResultsPage(h.page, h.baseUrl).open();
    await results.countEverythingAccepted();
    await expect.poll(() => results.total().textContent()).toBe('Tính trên 240 phiếu.');
    // Every question's table has its chart, an image with words for screen readers; percentages as "45,5 %".
    const c1 = results.table('c1');
    expect(await c1.getByRole('img').getAttribute('aria-label')).toMatch(/^Biểu đồ thanh: tỷ lệ hợp lệ của từng phương án, Câu 1/);
    expect(await c1.locator('tbody td').nth(1).textContent()).toMatch(/^\d+(,\d)?\u00a0%$/);

    const query = parseCrosstabQuery({ row: 'c9', by: 'unitKind', status: 'received,approved' });
    if (!query.ok) throw new Error('query');
    const expected = loadCrosstab(h.server.db, SLUG, query.value, (code) => translate(vi, code)).crosstab;
    expect(expected.row.title).toMatch(/^Câu 9\. /);
    const crosstab = await results.crosstab(expected.row.title, 'Loại đơn vị');
    await expect.poll(() => crosstab.locator('thead th').allTextContents()).toEqual(
      [expected.row.title, ...expected.columns.map((c) => c.label), 'Tổng'],
    );
    const bodyRows = await crosstab.locator('tbody tr').allInnerTexts();
    expect(bodyRows.map((row) => row.split('\t').slice(1).map((cell) => Number(cell.replace(/\./g, '')))))
      .toEqual(expected.counts.map((row, i) => [...row, expected.rowTotals[i]!]));
    expect(await results.chiSquare().textContent()).toContain(`bậc tự do = ${expected.chiSquare!.df}`);

    await results.showTexts(C3_OTHER);
    await expect.poll(() => results.groups().count()).toBe(3);
    const coded = (await results.groups().allTextContents()).map((text) => text.split(' (')[0]!.trim());
    await results.codeGroups(3, 'Tiểu thương');
    await expect.poll(() => results.groups().allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('— Tiểu thương')]));
    const folded = new Set(coded.map(foldText));
    const texts = h.server.db.prepare(`SELECT json_extract(record, '$.answers.c3_other') FROM interviews
      WHERE json_type(record, '$.answers.c3_other') = 'text'`).pluck().all() as string[];
    const count = texts.filter((t) => folded.has(foldText(t))).length;
    expect(count).toBeGreaterThan(0);
    const table = results.table('c3_other_code');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toMatch(new RegExp(`^Tiểu thương\\t${count}\\t`));

    const exports = await new ExportPage(h.page, h.baseUrl).open();
    await exports.chooseFormat('SPSS (.sav) – đủ nhãn biến, nhãn giá trị, giá trị khuyết');
    const download = await exports.download();
    const dir = tempDir();
    await writeFile(join(dir, 'results.sav'), await readFile(await download.path()));
    const run = await pspp(dir, `GET FILE='results.sav'.\nFREQUENCIES c3_other_code.\n`);
    const frequency = run.table(`${C3_OTHER} (đã mã hoá)`);
    expect(frequency.rows.find((row) => row[1] === 'Tiểu thương')?.[2]).toBe(String(count));
  });

  it('refuses bands with a gap in words, and lets a unit board see its own unit\'s results once the admin ticks the setting', async () => {
    const board = `${h.baseUrl}/results/${SLUG}/units/01`;
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await new ResultsPage(h.page, h.baseUrl).open();
    // Bands with a gap are refused in words, not with empty tables.
    await h.page.getByLabel('Khoảng chia câu hỏi số').fill('c2:18-30,32-45');
    await h.page.getByRole('button', { name: 'Lập bảng', exact: true }).click();
    await expect.poll(() => h.page.getByRole('alert').textContent()).toBe('Các khoảng chia của câu c2 bị hở giữa 18–30 và 32–45.');
    expect(await h.page.locator('section.results-block').count()).toBe(0);
    const setting = h.page.getByLabel('Cho ban chỉ đạo đơn vị xem kết quả của đơn vị mình');
    expect(await setting.isChecked()).toBe(false);

    const other = await h.openBrowser();
    await h.signIn('bxd01', other.page);
    await other.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    // The board's unit page links its results only while the survey shares them.
    const unitPage = `${h.baseUrl}/quota/${SLUG}/units/01`;
    const resultsLink = other.page.getByRole('link', { name: 'Kết quả khảo sát của đơn vị' });
    await other.page.goto(unitPage);
    await other.page.locator('article.dash-unit h1').waitFor();
    expect(await resultsLink.count()).toBe(0);
    await other.page.goto(board);
    await other.page.getByRole('heading', { level: 1, name: 'Kết quả của đơn vị 01' }).waitFor();
    await other.page.getByRole('alert').waitFor();

    await setting.check();
    await expect.poll(() => h.server.db.prepare('SELECT unit_board_results FROM surveys').pluck().get()).toBe(1);
    await other.page.goto(unitPage);
    await resultsLink.click();
    await other.page.waitForURL(board);
    const units = h.server.db.prepare(`SELECT count(*) FROM interviews i JOIN units u ON u.id = i.unit_id WHERE u.no = '01'`).pluck().get();
    await expect.poll(() => other.page.locator('.results-total').textContent()).toBe(`Tính trên ${String(units)} phiếu.`);
    expect(await other.page.locator('section.results-block').count()).toBeGreaterThan(10);
  });
});
