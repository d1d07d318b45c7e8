// Interview mode on a phone (touch, small viewport), offline: one interview tapped through both skips (Câu 7 = 3
// → Câu 10, Câu 14 = 3 → Câu 16) with an out-of-range age that the review refuses to finish, naming Câu 2;
// the problem's link leads back to the question; once fixed it finishes with the skipped answers as -1.
// axe-core finds no serious or critical violation on the question screen and the review.
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, waitForServiceWorkerControl } from './support/offline.ts';
import { storedInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';
import { ReviewPage } from './pages/ReviewPage.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';

const h = useBrowserHarness({ phone: true, timeout: 15_000 });

describe('interview mode on a phone', () => {
  it('taps an interview through both skips; an invalid age blocks Finish and names Câu 2', async () => {
    const { page, context } = h;
    await allowAxe(page);
    await h.signIn('dtv04');
    const home = await new HomePage(page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(page);
    await goOffline(context);

    await home.startInterview('08', '0801');
    const form = await new InterviewPage(page).waitForQuestion('Câu 1');
    expect(await page.locator('.form-progress').count()).toBe(1);
    await form.tap('c1', 2);
    expect(await seriousViolations(page)).toEqual([]);
    await form.tapNext();
    await form.waitForQuestion('Câu 2');
    await form.type('c2', '15'); // out of range (18–100)
    await form.tapNext();
    for (const [paper, variable, code] of [['Câu 3', 'c3', 4], ['Câu 4', 'c4', 2], ['Câu 5', 'c5', 3]] as const) {
      await form.waitForQuestion(paper);
      await form.tap(variable, code);
      await form.tapNext();
    }
    await form.waitForQuestion('Câu 6');
    expect(await page.getByText('Đơn vị: 08').count()).toBe(1);
    await form.tapNext();
    await form.waitForQuestion('Câu 7');
    await form.tap('c7', 3);
    await form.tapNext();
    await form.waitForQuestion('Câu 10'); // Câu 8 and 9 skipped
    await form.tap('c10', 1);
    await form.tapNext();
    await form.waitForQuestion('Câu 11');
    for (const row of [1, 2, 3, 4, 5]) await form.tap(`c11_${row}`, 2);
    await form.tapNext();
    await form.waitForQuestion('Câu 12');
    await form.tap('c12', 6);
    await form.tapNext();
    await form.waitForQuestion('Câu 13');
    await form.tap('c13', 1);
    await form.tapNext();
    await form.waitForQuestion('Câu 14');
    await form.tap('c14', 3);
    await form.tapNext();
    await form.waitForQuestion('Câu 16'); // Câu 15 skipped
    await form.tapNext();
    await form.waitUntilSaved();
    await page.getByRole('link', { name: 'Xem lại và hoàn thành' }).tap();

    const review = await new ReviewPage(page).waitUntilShown();
    expect(await review.finishButton().isDisabled()).toBe(true);
    expect(await review.problems().allTextContents()).toEqual(['Câu 2: giá trị 15 nằm ngoài khoảng 18–100.']);
    expect(await seriousViolations(page)).toEqual([]);

    await review.problems().getByRole('link').tap();
    await form.waitForQuestion('Câu 2');
    await form.type('c2', '45');
    await form.waitUntilSaved();
    await page.goBack();
    await review.waitUntilShown();
    await page.locator('.review-ok').waitFor();
    await review.finish();

    const [stored] = await storedInterviews(page);
    expect(stored).toMatchObject({ serial: '0801', status: 'finished' });
    expect(stored!.answers).toEqual({
      c1: 2, c2: 45, c3: 4, c4: 2, c5: 3, c6: '08', c7: 3, c8: { missing: -1 }, c9: { missing: -1 }, c10: 1,
      c11_1: 2, c11_2: 2, c11_3: 2, c11_4: 2, c11_5: 2, c12: [6], c13: 1, c14: 3, c15: { missing: -1 },
    });
  });
});
