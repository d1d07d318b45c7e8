// Paper keying mode, offline, keyboard only: the three demo forms of tests/helpers/paper-forms.ts keyed one
// after another (one taking each skip, one with a blank and an illegible item), each within its keystroke
// count, all three finished and correct in IndexedDB, dates dd/mm/yyyy in Asia/Ho_Chi_Minh although the
// browser runs in UTC; a serial already used on the device refused on the spot; axe on both screens.
import { describe, expect, it } from 'vitest';
import { PAPER_FORMS } from '../helpers/paper-forms.ts';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, waitForServiceWorkerControl } from './support/offline.ts';
import { storedInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { PaperKeyingPage } from './pages/PaperKeyingPage.ts';
import { ReviewPage } from './pages/ReviewPage.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';

const h = useBrowserHarness({ timeout: 15_000 });

describe('paper keying mode', () => {
  it('keys the three demo forms offline with the keyboard alone, within their keystroke counts', async () => {
    const page = h.page;
    // Finish times land on 28/05 in Vietnam: 20:00 UTC on 27/05 is 03:00 on 28/05 in Asia/Ho_Chi_Minh.
    await allowAxe(page);
    await page.clock.install({ time: new Date('2026-05-27T20:00:00Z') });
    await h.signIn('dtv04', page);
    const home = await new HomePage(page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(page);
    await goOffline(h.context);

    await home.startPaperKeying('07');
    const keyer = await new PaperKeyingPage(page).waitForSlot('serial');
    expect(await page.locator('#key-serial').inputValue()).toBe('0701');
    expect(await seriousViolations(page)).toEqual([]);

    for (const form of PAPER_FORMS) {
      await keyer.waitForSlot('serial');
      expect(await page.locator('#key-serial').inputValue()).toBe(form.prefill.suggestedSerial);
      const before = keyer.keysSent;
      await keyer.keys(form.keys);
      expect(keyer.keysSent - before).toBeLessThanOrEqual(form.keystrokes);
      await keyer.finishedForm(form.serial).waitFor();
    }
    // The next blank form is open with the next serial suggested and the last footer kept.
    await keyer.waitForSlot('serial');
    expect(await page.locator('#key-serial').inputValue()).toBe('0704');

    const line = (serial: string) => keyer.finishedForm(serial).textContent();
    expect(await line('0701')).toMatch(/ngày điều tra 28\/05\/2026 · lúc 28\/05\/2026 03:\d{2}/);
    expect(await line('0703')).toContain('ngày điều tra 29/05/2026');

    const stored = await storedInterviews(page) as (Awaited<ReturnType<typeof storedInterviews>>[number] & {
      entry: string; practice: boolean; paper?: { interviewerName: string; interviewDate: string };
    })[];
    expect(stored).toHaveLength(3);
    for (const form of PAPER_FORMS) {
      const found = stored.find((i) => i.serial === form.serial);
      expect(found, form.name).toMatchObject({ status: 'finished', entry: 'paper', practice: false, paper: form.footer });
      expect(found!.answers).toEqual(form.finishedAnswers);
    }

    // A serial already used on this device is refused on the spot, beside the serial box.
    await keyer.keys(['0', '7', '0', '2']);
    await keyer.slotError().waitFor();
    expect(await keyer.slotError().textContent()).toBe('Số phiếu 0702 đã dùng cho một phiếu khác trên máy này.');
    expect(await page.locator('#key-serial').isVisible()).toBe(true);
    expect(await storedInterviews(page)).toHaveLength(3);

    // The review of a finished form, laid out like the paper: dates dd/mm/yyyy, no problems, reopen offered.
    await keyer.finishedForm('0703').getByRole('link').click();
    const review = await new ReviewPage(page).waitUntilShown();
    expect(await page.locator('[data-field="interview-date"]').textContent()).toBe('29/05/2026');
    expect(await page.locator('[data-variable="c4"]').textContent()).toContain('Để trống trên phiếu (-2)');
    expect(await page.locator('[data-variable="c11_3"]').textContent()).toContain('Không đọc được');
    await page.getByRole('button', { name: 'Mở lại để sửa' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await review.problems().count()).toBe(0);
  });
});
