// Issue 16 on a phone (390×844): sign-out cannot hurt (off the entry screens, a confirmation counting what stays),
// an account that signed in here before signs in again offline against the device's verifier (a wrong password
// and an account new to the device are refused in Vietnamese), a reopened draft continues where it was left, and
// the home leads with "Phiếu mới" above the fold with a one-line header, no overflow and no console error.
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { demoPassword } from '#server/demo/seed.ts';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, waitForServiceWorkerControl } from './support/offline.ts';
import { storedInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';
import { SignInPage } from './pages/SignInPage.ts';

const h = useBrowserHarness({ phone: true, timeout: 15_000 });

async function signIn(username: string): Promise<HomePage> {
  await h.signIn(username);
  const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
  await waitForServiceWorkerControl(h.page);
  return home;
}

/** Starts a draft for unit 01 and answers Câu 1 and Câu 2, leaving it on Câu 3. */
async function draftToQuestion3(home: HomePage, serial: string): Promise<InterviewPage> {
  await home.startInterview('01', serial);
  const form = await new InterviewPage(h.page).waitForQuestion('Câu 1');
  await form.tap('c1', 2);
  await form.tapNext();
  await form.waitForQuestion('Câu 2');
  await form.type('c2', '47');
  await form.tapNext();
  await form.waitForQuestion('Câu 3');
  await form.waitUntilSaved();
  return form;
}

/** Every value of the device's settings table, as text (where the offline verifier lives). */
function storedSettings(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('phieu');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB failed without an error'));
    open.onsuccess = () => {
      const all = open.result.transaction('settings').objectStore('settings').getAll();
      all.onsuccess = () => { resolve(JSON.stringify(all.result)); open.result.close(); };
      all.onerror = () => reject(all.error ?? new Error('IndexedDB failed without an error'));
    };
  }));
}

describe('sign-out and offline sign-in', () => {
  it('signs out with a draft (the confirmation counts it), then signs in again offline: the draft is there', async () => {
    const home = await signIn('dtv01');
    const form = await draftToQuestion3(home, '0101');
    await form.goHome();
    await home.waitUntilShown();

    // The verifier is on the device; the password is not.
    const settings = await storedSettings(h.page);
    expect(settings).toContain('"iterations":600000');
    expect(settings).not.toContain(demoPassword('dtv01'));

    const dialog = await home.menu().askSignOut();
    await dialog.waitFor();
    expect(await dialog.locator('li').allTextContents()).toEqual(['Xong, chờ gửi: 0', 'Đang nhập: 1']);
    await dialog.getByText('vẫn giữ trên máy; đăng nhập lại (cả khi không có mạng)', { exact: false }).waitFor();
    // "Stay" has the focus, and keeps the session and the home.
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ở lại');
    await dialog.getByRole('button', { name: 'Ở lại', exact: true }).click();
    await home.waitUntilShown();
    await home.signOut();

    await goOffline(h.context);
    // The app started again with no network opens on the sign-in page, not on a network error.
    await h.page.goto(`${h.baseUrl}/`);
    await h.page.waitForURL(/\/sign-in$/);
    const signInPage = new SignInPage(h.page, h.baseUrl);
    await signInPage.signIn('dtv01', 'khong-phai-mat-khau');
    await signInPage.alert().getByText('Sai mật khẩu (máy tự kiểm tra khi không có mạng).').waitFor();
    expect(new URL(h.page.url()).pathname).toBe('/sign-in');

    await signInPage.signIn('dtv01', demoPassword('dtv01'));
    await home.waitUntilShown();
    expect(await home.drafts()).toEqual(['Phiếu số 0101']);
    await h.page.getByText('Đang ngoại tuyến; phiếu vẫn được lưu trên máy.').waitFor();
    // It opens where it was left.
    await home.continueDraft('0101');
    await new InterviewPage(h.page).waitForQuestion('Câu 3');
    expect((await storedInterviews(h.page)).map((i) => i.answers)).toEqual([{ c6: '01', c1: 2, c2: 47 }]);
  });

  it('refuses offline an account that never signed in on this device, saying a first sign-in needs a network', async () => {
    await signIn('dtv01');
    await new HomePage(h.page, h.baseUrl).signOut();
    await goOffline(h.context);
    const signInPage = new SignInPage(h.page, h.baseUrl);
    await signInPage.signIn('dtv02', demoPassword('dtv02'));
    await signInPage.alert().getByText('Không có mạng, và tài khoản này chưa từng đăng nhập trên máy này. Lần đầu đăng nhập cần có mạng.').waitFor();
    expect(new URL(h.page.url()).pathname).toBe('/sign-in');
  });
});

describe('resume and the phone’s frame', () => {
  it('reopens a draft at the question where it was left, after a reload too', async () => {
    const home = await signIn('dtv01');
    const form = await draftToQuestion3(home, '0102');
    await form.back();
    await form.waitForQuestion('Câu 2');
    // The bookmark lands beside the draft (a full page load right after a tap could otherwise race its write).
    await expect.poll(() => storedSettings(h.page)).toContain('"question":"c2"');
    await h.page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    await home.continueDraft('0102');
    const reopened = await new InterviewPage(h.page).waitForQuestion('Câu 2');
    expect(await reopened.field('c2').inputValue()).toBe('47');
  });

  it('shows Phiếu mới without scrolling on 390×844, keeps sign-out off question screens, overflows nothing', async () => {
    const errors: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      // The signed-out start asks the server who is signed in and gets its 401: expected, not an app error.
      if (message.type() === 'error' && !message.location().url.includes('/api/auth/me')) errors.push(message.text());
    };
    h.page.on('console', onConsole);
    h.page.on('pageerror', (error) => errors.push(error.message));
    const home = await signIn('dtv01');
    const viewport = h.page.viewportSize()!;
    expect(viewport).toEqual({ width: 390, height: 844 });
    for (const unit of ['01', '02']) {
      const box = (await home.newInterviewLink(unit).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    const header = (await h.page.locator('header.app-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(60);
    const panel = await home.menu().open();
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.x).toBeGreaterThanOrEqual(0);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(viewport.width);
    expect(await noHorizontalOverflow(h.page)).toBe(true);
    await h.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await h.page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);

    await home.startInterview('01', '0103');
    await new InterviewPage(h.page).waitForQuestion('Câu 1');
    const menu = await home.menu().open();
    await menu.locator('.account-name').waitFor();
    expect(await menu.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(0);
    expect(await h.page.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(0);
    expect(await noHorizontalOverflow(h.page)).toBe(true);
    expect(errors).toEqual([]);
  });
});

function noHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
