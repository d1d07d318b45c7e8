// Storage health in a real browser: persistence refused (headless default) and granted (CDP), the panel's
// figures, and a save that fails because the origin's quota is full — shown at once, nothing earlier lost,
// and the answer kept on screen to save again once there is room.
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './support/harness.ts';
import { waitForServiceWorkerControl } from './support/offline.ts';
import { storedInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';

const h = useBrowserHarness({ timeout: 15_000 });

async function signIn(): Promise<HomePage> {
  await h.signIn('dtv01');
  const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
  await waitForServiceWorkerControl(h.page);
  return home;
}

describe('storage health panel', () => {
  it('warns when persistence is refused, and shows it granted once the browser grants it', async () => {
    const home = await signIn();
    await expect.poll(() => home.storageFigure('persisted').textContent()).toBe('Không');
    await h.page.locator('[data-warning="persistenceRefused"]').waitFor();
    expect(await home.storageFigure('unsynced').textContent()).toBe('0');
    expect(await home.storageFigure('used').textContent()).toMatch(/^[\d,.]+ MB$/);

    const cdp = await h.context.newCDPSession(h.page);
    await cdp.send('Browser.grantPermissions', { origin: h.baseUrl, permissions: ['durableStorage'] });
    await h.page.getByRole('button', { name: 'Xin bảo vệ dữ liệu' }).click();
    await expect.poll(() => home.storageFigure('persisted').textContent()).toBe('Có');
    expect(await h.page.locator('[data-warning="persistenceRefused"]').count()).toBe(0);
  });

  it('counts the unsynced draft and its age from the device', async () => {
    const home = await signIn();
    await h.page.clock.install({ time: new Date('2026-05-28T02:00:00Z') });
    await home.startInterview('02', '0201');
    await new InterviewPage(h.page).waitForQuestion('Câu 1');
    await new InterviewPage(h.page).goHome();
    await home.waitUntilShown();
    expect(await home.storageFigure('unsynced').textContent()).toBe('1');
    // 02:00 UTC is 09:00 in Asia/Ho_Chi_Minh.
    expect(await home.storageFigure('oldest').textContent()).toBe('từ 28/05/2026 09:00 (0 giờ)');
    expect(await home.stateCount('draft')).toBe(1);
  });
});

/** Deterministic text that does not compress (mulberry32 over letters with Vietnamese marks). */
function incompressibleText(length: number): string {
  const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụ ';
  let seed = 2026;
  let out = '';
  while (out.length < length) {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out += letters[((t ^ (t >>> 14)) >>> 0) % letters.length];
  }
  return out;
}

describe('a full origin', () => {
  it('fails the save visibly, keeps everything saved before, and saves it once there is room', async () => {
    // Chromium checks a new quota from the first IndexedDB write after it is set, so the origin is shrunk
    // before signing in: room for the app shell, the offline kit and a few answers, not for a long text.
    await h.page.goto(`${h.baseUrl}/sign-in`);
    await waitForServiceWorkerControl(h.page);
    const cdp = await h.context.newCDPSession(h.page);
    const usage = await h.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.baseUrl, quotaSize: usage + 200 * 1024 });

    const home = await signIn();
    await home.startInterview('01', '0111');
    const form = await new InterviewPage(h.page).waitForQuestion('Câu 1');
    await form.choose('c1', 1);
    await form.next();
    await form.type('c2', '62');
    await form.next();
    await form.choose('c3', 7);
    await form.waitUntilSaved();

    // Varied text: Chromium compresses what IndexedDB stores, and a repeated sentence would fit anyway.
    const long = incompressibleText(300_000);
    await form.type('c3_other', long);
    await form.saveFailure().getByText('Chưa lưu được câu vừa nhập: bộ nhớ đầy. Các câu đã lưu trước vẫn còn.').waitFor();
    expect(await form.saveFailure().getAttribute('data-failure')).toBe('storageFull');
    expect((await storedInterviews(h.page)).map((i) => i.answers)).toEqual([{ c6: '01', c1: 1, c2: 62, c3: 7 }]);
    expect(await form.field('c3_other').inputValue()).toBe(long);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.baseUrl });
    await form.saveFailure().getByRole('button', { name: 'Thử lại' }).click();
    await form.waitUntilSaved();
    expect((await storedInterviews(h.page))[0]!.answers.c3_other).toBe(long);
  });
});
