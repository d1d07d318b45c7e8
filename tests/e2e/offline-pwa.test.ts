// The installable PWA: no installability errors; after one online sign-in the app opens, reloads and works
// from the service worker with the network off, straight into the enumerator's units and quota.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { installabilityErrors, waitForServiceWorkerControl } from './support/offline.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { HomePage } from './pages/HomePage.ts';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });
beforeEach(async () => {
  browser = await launchBrowser({ timezoneId: 'UTC', locale: 'vi-VN' });
  browser.context.setDefaultTimeout(15_000);
});
afterEach(async () => { await browser?.close(); });

async function signIn(username: string, password: string): Promise<HomePage> {
  await (await new SignInPage(browser.page, server.url).open()).signIn(username, password);
  return new HomePage(browser.page, server.url).waitUntilShown();
}

describe('installable offline app', () => {
  it('has no installability errors and a manifest in Vietnamese with 192 and 512 px icons', async () => {
    await browser.page.goto(`${server.url}/sign-in`);
    await waitForServiceWorkerControl(browser.page);
    expect(await installabilityErrors(browser.page)).toEqual([]);
    const manifest = await (await browser.page.request.get(`${server.url}/manifest.webmanifest`)).json() as {
      name: string; lang: string; display: string; icons: { sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Phiếu – Khảo sát dư luận xã hội', lang: 'vi', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('opens offline from the service worker into the assigned units and their quota', async () => {
    const home = await signIn('dtv01', 'dtv-demo-2026');
    await waitForServiceWorkerControl(browser.page);
    expect(await home.unitNumbers()).toEqual(['01', '02']);

    await browser.context.setOffline(true);
    await browser.page.reload();
    await home.waitUntilShown();
    await browser.page.getByText('Đang ngoại tuyến; phiếu vẫn được lưu trên máy.').waitFor();
    expect(await home.unitNumbers()).toEqual(['01', '02']);
    expect(await home.figure('01', 'target')).toBe('45');
    // The server's count as last known, with its day in Asia/Ho_Chi_Minh although the browser runs in UTC.
    expect(await home.figure('01', 'synced')).toMatch(/^0 ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(await home.figure('01', 'waiting')).toBe('0');

    // Every screen works offline: a new interview starts from the precached chunks.
    await home.startInterview('01');
    await browser.page.getByText('Câu 1/').waitFor();
    await browser.page.goto(`${server.url}/no-such-page`);
    await browser.page.getByText('Không có trang này.').waitFor();
  });

  it('never blocks an enumerator on an expired session, and signs in again without losing the draft', async () => {
    const home = await signIn('dtv01', 'dtv-demo-2026');
    await home.startInterview('02', '0209');
    await browser.page.locator('#q-c1-1').check();
    await browser.page.getByText('Đã lưu trên máy').waitFor();
    await browser.context.clearCookies(); // the web session is gone, as after 7 days

    await browser.page.goto(`${server.url}/`);
    await home.waitUntilShown();
    await browser.page.getByText('Phiên đăng nhập đã hết hạn; vẫn nhập phiếu được, chỉ cần đăng nhập lại khi đồng bộ.').waitFor();
    expect(await home.drafts()).toEqual(['Phiếu số 0209']);
    expect(new URL(browser.page.url()).pathname).toBe('/');

    // When sync needs it (the sync issue calls session.needSignIn()), signing in again keeps the same account's work.
    await browser.page.goto(`${server.url}/sign-in?again=1`);
    await browser.page.getByRole('heading', { level: 1, name: 'Đăng nhập lại để đồng bộ' }).waitFor();
    expect(await browser.page.getByLabel('Tên đăng nhập', { exact: true }).inputValue()).toBe('dtv01');
    await browser.page.getByLabel('Mật khẩu', { exact: true }).fill('dtv-demo-2026');
    await browser.page.locator('form').getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await home.waitUntilShown();
    expect(await home.drafts()).toEqual(['Phiếu số 0209']);
    expect(await browser.page.getByText('Phiên đăng nhập đã hết hạn').count()).toBe(0);
  });

  it('keeps an admin online, on the survey list, without the enumerator’s device kit', async () => {
    await (await new SignInPage(browser.page, server.url).open()).signIn('admin', 'admin-demo-2026');
    await browser.page.getByRole('heading', { level: 1, name: 'Các cuộc khảo sát' }).waitFor();
    expect(await browser.page.locator('.home').count()).toBe(0);
    // The database may exist (the session looks for a local account at start), but no device is registered.
    const registered = await browser.page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('phieu');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('devices')) return resolve(0);
        const count = db.transaction('devices').objectStore('devices').count();
        count.onsuccess = () => resolve(count.result);
      };
    }));
    expect(registered).toBe(0);
  });
});
