// Never lose a keystroke: offline, with a draft half answered, the browser process is killed (SIGKILL) and
// started again on the same profile. Still offline, the app opens from the service worker and the draft is
// there with every answer intact.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchKillable, type KillableBrowser } from './support/killable-browser.ts';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, waitForServiceWorkerControl } from './support/offline.ts';
import { storedInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';

// The browser is one this file starts and kills itself, on a profile it keeps between the two launches.
const h = useBrowserHarness({ browser: 'none' });
let profile: string;
const open: KillableBrowser[] = [];

beforeAll(async () => { profile = await mkdtemp(join(tmpdir(), 'phieu-kill-')); });
afterAll(async () => {
  for (const b of open) await b.close();
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

describe('a killed browser', () => {
  it('comes back offline to the same draft with every answer intact', async () => {
    const first = await launchKillable(profile);
    open.push(first);
    first.context.setDefaultTimeout(15_000);
    await h.signIn('dtv01', first.page);
    const home = await new HomePage(first.page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(first.page);

    await goOffline(first.context);
    await home.startInterview('01', '0107');
    const form = await new InterviewPage(first.page).waitForQuestion('Câu 1');
    await form.choose('c1', 2);
    await form.next();
    await form.waitForQuestion('Câu 2');
    await form.type('c2', '47');
    await form.next();
    await form.waitForQuestion('Câu 3');
    await form.choose('c3', 7);
    await form.type('c3_other', 'Tiểu thương, chợ Phố Hiến');
    await form.waitUntilSaved();
    const before = await storedInterviews(first.page);
    expect(before.map((i) => i.answers)).toEqual([{ c6: '01', c1: 2, c2: 47, c3: 7, c3_other: 'Tiểu thương, chợ Phố Hiến' }]);

    await first.kill();

    const second = await launchKillable(profile);
    open.push(second);
    second.context.setDefaultTimeout(15_000);
    await goOffline(second.context);
    await second.page.goto(`${h.baseUrl}/`);
    const again = await new HomePage(second.page, h.baseUrl).waitUntilShown();
    expect(await again.drafts()).toEqual(['Phiếu số 0107']);
    expect(await storedInterviews(second.page)).toEqual(before);

    // It continues at the question it last showed (Câu 3), every earlier answer in place.
    await again.continueDraft('0107');
    const reopened = await new InterviewPage(second.page).waitForQuestion('Câu 3');
    expect(await reopened.field('c3_other').inputValue()).toBe('Tiểu thương, chợ Phố Hiến');
    await reopened.back();
    await reopened.waitForQuestion('Câu 2');
    expect(await reopened.field('c2').inputValue()).toBe('47');
    await reopened.back();
    await reopened.waitForQuestion('Câu 1');
    expect(await reopened.field('c1-2').isChecked()).toBe(true);
  });
});
