// Signing in through the real pages of the built client, against a real server with the demo database,
// in a browser whose clock is in UTC: Vietnamese first, dates in Asia/Ho_Chi_Minh, roles kept apart.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { useBrowserHarness } from './support/harness.ts';
import { adminChunkFiles, officeChunkFiles } from './support/manifest.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { SurveyListPage } from './pages/SurveyListPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { AppMenu } from './pages/AppMenu.ts';

const SURVEY_TITLE = 'Kết quả sau 01 năm thực hiện mô hình chính quyền địa phương hai cấp';

const h = useBrowserHarness({ timeout: 10_000 });
let requested: string[];

beforeEach(() => {
  requested = [];
  h.context.on('request', (request: Request) => { requested.push(new URL(request.url()).pathname); });
});

async function signInAs(username: string): Promise<SurveyListPage> {
  await h.signIn(username);
  return new SurveyListPage(h.page, h.baseUrl).waitUntilShown();
}

describe('sign-in', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    await h.page.goto(`${h.baseUrl}/`);
    await h.page.waitForURL(/\/sign-in$/);
    expect(await new SignInPage(h.page, h.baseUrl).heading().textContent()).toBe('Đăng nhập');
    expect(await h.page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('shows the admin every survey in Vietnamese, with the field window in Asia/Ho_Chi_Minh', async () => {
    const list = await signInAs('admin');
    expect(new URL(h.page.url()).pathname).toBe('/');
    const card = list.survey(SURVEY_TITLE);
    // In UTC the window starts on 27/05 at 17:00; the page must still say 28/05.
    await card.getByText('Thời gian điều tra: 28/05/2026 – 02/06/2026').waitFor();
    await card.getByText('22 đơn vị', { exact: true }).waitFor();
    await card.getByText('1.000 phiếu', { exact: true }).waitFor();
    expect(await list.unitNumbers()).toHaveLength(22);
    expect(await list.accountLine()).toContain('Quản trị viên');
  });

  it('lets the admin open the accounts table', async () => {
    await signInAs('admin');
    await (await new AppMenu(h.page).link('Trang quản trị')).click();
    // The office opens on its surveys; the accounts are one entry of its menu.
    await h.page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Tài khoản', exact: true }).click();
    const table = h.page.getByRole('table');
    await table.getByRole('rowheader', { name: 'dtv01', exact: true }).waitFor();
    expect(await table.getByRole('row', { name: /dtv01/ }).textContent()).toContain('Điều tra viên');
    expect(requested.some((path) => adminChunkFiles().some((file) => path.endsWith(file)))).toBe(true);
  });

  it('keeps a wrong password on the sign-in page with a Vietnamese message', async () => {
    const signIn = await new SignInPage(h.page, h.baseUrl).open();
    await signIn.signIn('admin', 'not-the-password');
    await signIn.alert().getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    expect(new URL(h.page.url()).pathname).toBe('/sign-in');
  });

  it('shows an enumerator only their units and never loads admin code, even at /admin', async () => {
    await h.signIn('dtv01');
    const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
    expect(await home.unitNumbers()).toEqual(['01', '02']);
    // The enumerator's home works from the device: the survey's window in Asia/Ho_Chi_Minh, each unit's target.
    await h.page.getByText('Thời gian điều tra: 28/05/2026 – 02/06/2026').waitFor();
    expect(await home.figure('01', 'target')).toBe('45');
    expect(await (await home.menu().open()).getByRole('link', { name: 'Trang quản trị' }).count()).toBe(0);

    await h.page.goto(`${h.baseUrl}/admin`);
    await h.page.getByRole('heading', { name: 'Không có quyền' }).waitFor();
    expect(await h.page.getByRole('table').count()).toBe(0);

    // No office code at all: nothing the service worker leaves out of the precache.
    const office = officeChunkFiles();
    expect(office).toEqual(expect.arrayContaining(adminChunkFiles()));
    expect(requested.filter((path) => office.some((file) => path.endsWith(file)))).toEqual([]);
    expect(requested).not.toContain('/api/admin/accounts');
  });

  it('switches to English and remembers the choice after a reload', async () => {
    const list = await signInAs('bxd01');
    await list.chooseLanguage('English');
    await list.waitUntilShown('Surveys');
    await list.survey(SURVEY_TITLE).getByText('1,000 forms', { exact: true }).waitFor();
    await list.survey(SURVEY_TITLE).getByText('Field work: 28/05/2026 – 02/06/2026').waitFor();
    expect(await h.page.locator('html').getAttribute('lang')).toBe('en');
    await h.page.reload();
    await list.waitUntilShown('Surveys');
    expect(await list.accountLine()).toContain('Unit board');
  });

  it('shows the enumerator’s home in English too, after a reload', async () => {
    await h.signIn('dtv01');
    const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
    await home.menu().chooseLanguage('English');
    await home.waitUntilShown('My interviews');
    await h.page.getByText('Field work: 28/05/2026 – 02/06/2026').waitFor();
    await h.page.reload();
    await home.waitUntilShown('My interviews');
    expect(await home.menu().accountLine()).toContain('Enumerator');
  });

  it('signs out back to the sign-in page, and the session is gone', async () => {
    const list = await signInAs('bxd01');
    expect(await list.unitNumbers()).toEqual(['01']);
    await list.signOut();
    await h.page.waitForURL(/\/sign-in$/);
    await h.page.goto(`${h.baseUrl}/`);
    await h.page.waitForURL(/\/sign-in$/);
  });

  it('answers an unknown address with the not-found page', async () => {
    await h.page.goto(`${h.baseUrl}/no-such-page`);
    await h.page.getByText('Không có trang này.').waitFor();
  });
});
