// The printed paper form (issue 19): unit 07's serials 0701–0745 printed to PDF by Chromium give 45 copies, each
// pre-printed with its serial and the unit, carrying every question number, every option code and the skip
// instructions in words — read back from the PDF with pdftotext (poppler-utils; .ci/run installs it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { useBrowserHarness } from './support/harness.ts';
import { PrintFormPage } from './pages/PrintFormPage.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';

const h = useBrowserHarness({ browser: 'file', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'phieu-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(pdf: Buffer): string {
  const file = join(dir, 'phieu.pdf');
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (run.error) throw new Error(`pdftotext is missing (apt-get install poppler-utils): ${run.error.message}`);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('the printed paper form', () => {
  it('prints 45 copies of unit 07, 0701–0745, each with its serial, every question number and option code', async () => {
    await allowAxe(h.page);
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const page = await new PrintFormPage(h.page, h.baseUrl).open('hung-yen-2026', { unit: '07', from: '0701', to: '0745' });
    await expect.poll(() => page.copies().count()).toBe(45);
    expect(await page.count().textContent()).toBe('45 bản');
    expect(await seriousViolations(h.page)).toEqual([]);

    const text = pdfText(await page.pdf());
    // pdftotext ends each page with a form feed: no page carries two copies (each starts on a page of its own).
    const serialsPerPage = text.split('\f').map((page) => page.split('Số phiếu: ').length - 1);
    expect(serialsPerPage.filter((n) => n > 0)).toEqual(Array.from({ length: 45 }, () => 1));
    const copies = squeeze(text).split('Số phiếu: ').slice(1);
    expect(copies.map((copy) => copy.slice(0, 4))).toEqual(Array.from({ length: 45 }, (_, i) => `07${String(i + 1).padStart(2, '0')}`));
    const questions = questionsOf(hungYen2026Version1);
    for (const copy of copies) {
      expect(copy).toContain('Đơn vị: 07 – Đảng bộ phường Thái Bình');
      expect(copy).toContain('Phiếu không ghi tên người trả lời');
      for (const q of questions) {
        expect(copy).toContain(`${q.paperNumber}.`);
        // A grid's row: its number, its words (wrapped in their cell) and a box under each code of the scale.
        if (q.kind === 'grid') for (const row of q.rows) expect(copy).toMatch(new RegExp(`${row.paperNumber.replace('.', '\\.')} [^0-9]+ 1 2 3 4 5`));
        else if ('options' in q) for (const o of q.options) expect(copy).toContain(`${o.code} ${o.label}`);
      }
      expect(copy).toContain('Nếu chọn 3, chuyển sang Câu 10');
      expect(copy).toContain('Nếu chọn 3, chuyển sang Câu 16');
      expect(copy).toContain('Người điều tra: ____');
      expect(copy).toContain('Ngày điều tra: __/__/____');
    }
  });
});
