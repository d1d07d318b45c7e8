// Review pages that tell the truth (issue 16), offline: a voided draft says voided with its reason and lists no
// error, is listed with the voided forms and never counted as waiting; a finished form says it waits to be sent,
// not that it can be finished; the unit question shows the unit's name, not its number.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { vi as dictionary } from '#shared/i18n/vi/index.ts';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, waitForServiceWorkerControl } from './support/offline.ts';
import { registeredDevice, writeInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';
import { ReviewPage } from './pages/ReviewPage.ts';

const h = useBrowserHarness({ timeout: 20_000 });

describe('review states', () => {
  it('tells a voided draft and a finished form apart, each in its own words', async () => {
    const page = h.page;
    await h.signIn('dtv01');
    const home = await new HomePage(page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(page);
    const device = await registeredDevice(page);
    await goOffline(h.context);
    const unitName = hungYen2026.survey.units.find((u) => u.no === '01')!.name;

    // A draft started and voided at once: 16 questions unanswered, none listed as an error.
    await home.startInterview('01', '0105');
    await new InterviewPage(page).waitForQuestion('Câu 1');
    const draftId = /\/interviews\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${h.baseUrl}/interviews/${draftId}/review`);
    const review = await new ReviewPage(page).waitUntilShown();
    await review.voidWith('Người được hỏi từ chối');
    expect(await page.locator('h1[data-review-state="voided"] small').textContent()).toBe(' · Đã hủy');
    expect(await page.locator('[data-voided="true"]').textContent()).toContain('Lý do: Người được hỏi từ chối');
    expect(await review.problems().count()).toBe(0);
    // Its unanswered questions read as such, but none is marked as an error to fix.
    expect(await page.locator('.review-q.problem, .review .issues li').count()).toBe(0);
    expect(await page.getByText('Có thể hoàn thành phiếu').count()).toBe(0);
    expect(await page.locator('[data-variable="c6"]').textContent()).toContain(`Đơn vị 01 – ${unitName}`);

    // A finished form waiting for the network.
    const [finished] = generateInterviews({ version: hungYen2026.versions[0]!, count: 1, unitNos: ['01'], seed: 7, ...device });
    await writeInterviews(page, [{ ...finished!, serial: '0106' }]);
    await page.goto(`${h.baseUrl}/interviews/${finished!.id}/review`);
    await review.waitUntilShown();
    expect(await page.locator('h1[data-review-state="finished"] small').textContent()).toBe(' · Xong, chờ gửi');
    expect(await page.locator('[data-banner="state"]').textContent()).toBe(dictionary['sent.review.finished']);
    expect(await page.getByText('Có thể hoàn thành phiếu').count()).toBe(0);
    expect(await page.locator('[data-variable="c6"]').textContent()).toContain(`Đơn vị 01 – ${unitName}`);

    // Home: the voided draft is listed and waits for nothing; the card and the tile agree on what waits.
    await page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    expect(await page.locator('.state-counts li[data-state="voided"] .count').textContent()).toBe('1');
    expect(await home.stateCount('finished')).toBe(1);
    expect(await home.stateCount('draft')).toBe(0);
    expect(await page.locator('[data-sync="waiting"]').textContent()).toBe('Phiếu chờ gửi: 1');
    await page.locator(`section[aria-labelledby="voided"] li[data-interview="${draftId}"]`).getByText('Phiếu số 0105').waitFor();
  });
});
