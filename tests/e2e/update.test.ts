// A new version while a draft is open: it waits, "update available" is offered, and accepting saves the draft
// first, lets the new service worker take over, reloads, and comes back to the same draft with its answers.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useBrowserHarness } from './support/harness.ts';
import { distDir, REPO_ROOT } from './support/paths.ts';
import { waitForServiceWorkerControl } from './support/offline.ts';
import { storedInterviews } from './support/device-db.ts';
import { deployNewBuild } from './support/second-build.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';

let served: string;

// A copy of the run's build, served so the test can deploy a new version over it.
const h = useBrowserHarness({
  browser: 'file',
  timeout: 15_000,
  staticDir: async () => {
    served = await mkdtemp(join(REPO_ROOT, '.tmp', 'e2e-served-'));
    await cp(distDir(), served, { recursive: true });
    return served;
  },
});
afterAll(async () => { if (served) await rm(served, { recursive: true, force: true }); });

describe('a new version while a draft is open', () => {
  it('waits for the user, and accepting keeps the draft', async () => {
    await h.signIn('dtv01');
    const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(h.page);
    const firstBuild = await home.storageFigure('build').textContent();

    await home.startInterview('01', '0121');
    const form = await new InterviewPage(h.page).waitForQuestion('Câu 1');
    await form.choose('c1', 2);
    await form.next();
    await form.waitForQuestion('Câu 2');
    await form.type('c2', '58');

    await deployNewBuild(served, 'e2e-second');
    // What the app does when it comes back to the screen, and every half hour: look for a new version.
    await h.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const banner = h.page.locator('.banner.update');
    await banner.getByText('Có phiên bản mới.').waitFor();
    // It waits: nothing reloads, the draft stays on screen and editable.
    expect(await form.field('c2').inputValue()).toBe('58');
    await form.type('c2', '59');

    const reloaded = h.page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Cập nhật' }).click();
    await reloaded;
    const after = await new InterviewPage(h.page).waitForQuestion('Câu 2');
    expect(await after.field('c2').inputValue()).toBe('59');
    expect((await storedInterviews(h.page)).map((i) => i.answers)).toEqual([{ c6: '01', c1: 2, c2: 59 }]);
    expect(await h.page.locator('.banner.update').count()).toBe(0);

    await after.goHome();
    await home.waitUntilShown();
    expect(firstBuild).not.toBe('e2e-second');
    await expect.poll(() => home.storageFigure('build').textContent()).toBe('e2e-second');
    expect(await home.drafts()).toEqual(['Phiếu số 0121']);
  });
});
