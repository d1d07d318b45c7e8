// The installable PWA: no installability errors; after one online sign-in the app opens, reloads and works
// from the service worker with the network off, straight into the enumerator's units and quota.
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, goOnline, installabilityErrors, waitForServiceWorkerControl } from './support/offline.ts';
import { HomePage } from './pages/HomePage.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

const h = useBrowserHarness({ timeout: 15_000 });

async function signIn(username: string): Promise<HomePage> {
  await h.signIn(username);
  return new HomePage(h.page, h.baseUrl).waitUntilShown();
}

describe('installable offline app', () => {
  it('has no installability errors and a manifest in Vietnamese with 192 and 512 px icons', async () => {
    await h.page.goto(`${h.baseUrl}/sign-in`);
    await waitForServiceWorkerControl(h.page);
    expect(await installabilityErrors(h.page)).toEqual([]);
    const manifest = await (await h.page.request.get(`${h.baseUrl}/manifest.webmanifest`)).json() as {
      name: string; lang: string; display: string; icons: { sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Phiếu – Khảo sát dư luận xã hội', lang: 'vi', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('opens offline from the service worker into the assigned units and their quota', async () => {
    const home = await signIn('dtv01');
    await waitForServiceWorkerControl(h.page);
    expect(await home.unitNumbers()).toEqual(['01', '02']);

    await goOffline(h.context);
    await h.page.reload();
    await home.waitUntilShown();
    await h.page.getByText('Đang ngoại tuyến; phiếu vẫn được lưu trên máy.').waitFor();
    expect(await home.unitNumbers()).toEqual(['01', '02']);
    expect(await home.figure('01', 'target')).toBe('45');
    // The server's count as last known, with its day in Asia/Ho_Chi_Minh although the browser runs in UTC.
    expect(await home.figure('01', 'synced')).toMatch(/^0 ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(await home.figure('01', 'waiting')).toBe('0');

    // Every screen works offline: a new interview starts from the precached chunks.
    await home.startInterview('01');
    await h.page.getByText('Câu 1/').waitFor();
    await h.page.goto(`${h.baseUrl}/no-such-page`);
    await h.page.getByText('Không có trang này.').waitFor();
  });

  it('keeps the English words once a device has used them, and says why it cannot switch before that', async () => {
    await h.page.goto(`${h.baseUrl}/sign-in`);
    await waitForServiceWorkerControl(h.page);
    const english = h.page.getByRole('button', { name: 'English', exact: true });
    const signInHeading = (name: string) => h.page.getByRole('heading', { level: 1, name }).waitFor();

    // Only the Vietnamese words are precached: offline, a first switch is refused in words and nothing changes.
    await goOffline(h.context);
    await english.click();
    await h.page.getByRole('alert').getByText('English chưa có trên máy này: lần đầu chuyển sang cần có mạng.').waitFor();
    expect(await h.page.locator('html').getAttribute('lang')).toBe('vi');
    await signInHeading('Đăng nhập');

    // Used once online, the words stay: the next offline switch, and an offline start in English, both work.
    await goOnline(h.context);
    await english.click();
    await signInHeading('Sign in');
    await h.page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await signInHeading('Đăng nhập');
    await goOffline(h.context);
    await english.click();
    await signInHeading('Sign in');
    await h.page.reload();
    await signInHeading('Sign in');
    expect(await h.page.getByRole('alert').count()).toBe(0);
  });

  it('never blocks an enumerator on an expired session, and signs in again without losing the draft', async () => {
    const home = await signIn('dtv01');
    await home.startInterview('02', '0209');
    await h.page.locator('#q-c1-1').check();
    await h.page.getByText('Đã lưu trên máy').waitFor();
    await h.context.clearCookies(); // the web session is gone, as after 7 days

    await h.page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    await h.page.getByText('Phiên đăng nhập đã hết hạn; vẫn nhập phiếu được, chỉ cần đăng nhập lại khi đồng bộ.').waitFor();
    expect(await home.drafts()).toEqual(['Phiếu số 0209']);
    expect(new URL(h.page.url()).pathname).toBe('/');

    // When sync needs it (the sync issue calls session.needSignIn()), signing in again keeps the same account's work.
    await h.page.goto(`${h.baseUrl}/sign-in?again=1`);
    await h.page.getByRole('heading', { level: 1, name: 'Đăng nhập lại để đồng bộ' }).waitFor();
    expect(await h.page.getByLabel('Tên đăng nhập', { exact: true }).inputValue()).toBe('dtv01');
    await h.page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORDS.enumerator);
    await h.page.locator('form').getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await home.waitUntilShown();
    expect(await home.drafts()).toEqual(['Phiếu số 0209']);
    expect(await h.page.getByText('Phiên đăng nhập đã hết hạn').count()).toBe(0);
  });

  it('keeps an admin online, on the survey list, without the enumerator’s device kit', async () => {
    await h.signIn('admin');
    await h.page.getByRole('heading', { level: 1, name: 'Các cuộc khảo sát' }).waitFor();
    expect(await h.page.locator('.home').count()).toBe(0);
    // The database may exist (the session looks for a local account at start), but no device is registered.
    const registered = await h.page.evaluate(() => new Promise<number>((resolve) => {
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
