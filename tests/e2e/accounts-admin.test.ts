// Accounts managed in the browser: an admin creates an enumerator, assigns two units by name, resets its password
// (the temporary one is shown once and must be changed at the next sign-in); a CSV import shows every change and
// each refused line before anything applies; an admin enrols in two-step sign-in (the secret read from the page,
// the code computed here at the server's manual clock) and signs in with password and code.
import { describe, expect, it } from 'vitest';
import { manualClock } from '#shared/clock.ts';
import { translate } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { totpAt } from '#server/auth/totp.ts';
import { readAccountSecurity } from '#server/repo/account-security.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { listAssignmentsOfAccount } from '#server/repo/assignments.ts';
import { AccountsPage, AccountStepPage } from './pages/AccountsPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { AppMenu } from './pages/AppMenu.ts';
import { useBrowserHarness } from './support/harness.ts';

const clock = manualClock(Date.now());
const h = useBrowserHarness({ timeout: 20_000, serverClock: clock });
const SURVEY = 'hung-yen-2026';
const USERNAME_TAKEN = translate(vi, 'problem.account.usernameTaken', { username: 'dtv01' });

async function signInAdmin(): Promise<AccountsPage> {
  await h.signIn('admin');
  await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return new AccountsPage(h.page, h.baseUrl).open();
}

describe('accounts in the browser', () => {
  it('an admin creates an enumerator, assigns two units, and resets its password; the user must change it at sign-in', async () => {
    const accounts = await signInAdmin();
    await accounts.create({ username: 'dtv50', displayName: 'Phạm Thị Năm Mươi', password: 'dtv' });
    // Checked before sending, beside the field.
    await h.page.getByText('Mật khẩu phải có ít nhất 8 ký tự.').waitFor();
    await accounts.create({ username: 'dtv01', displayName: 'Trùng tên', password: 'mat-khau-dai' });
    await h.page.locator('.field-error', { hasText: USERNAME_TAKEN }).waitFor();
    await accounts.create({ username: 'dtv50', displayName: 'Phạm Thị Năm Mươi', password: 'mat-khau-dtv50' });
    await accounts.row('dtv50').waitFor();

    await accounts.assign('dtv50', SURVEY, ['03', '04']);
    await accounts.row('dtv50').locator('td.units', { hasText: '03, 04' }).waitFor();
    const id = findAccountByUsername(h.server.db, 'dtv50')!.id;
    expect(listAssignmentsOfAccount(h.server.db, id).map((a) => a.unitNo)).toEqual(['03', '04']);

    await accounts.act('dtv50', 'Đặt lại mật khẩu');
    const temporary = (await h.page.locator('code.temporary-password').textContent()) ?? '';
    expect(temporary).toMatch(/^[a-z2-9]{12}$/);
    await accounts.row('dtv50').getByText('mật khẩu tạm').waitFor();
    // Shown once: gone after the page is opened again.
    await accounts.open();
    await accounts.row('dtv50').waitFor();
    expect(await h.page.locator('code.temporary-password').count()).toBe(0);

    const phone = await h.openBrowser();
    await (await new SignInPage(phone.page, h.baseUrl).open()).signIn('dtv50', temporary);
    await phone.page.waitForURL(/\/account\/password\?signIn=1$/);
    await phone.page.getByText('Bạn đang dùng mật khẩu tạm').waitFor();
    // Nothing else opens before the new password: the start page sends it back to sign in.
    await phone.page.goto(`${h.baseUrl}/`);
    await phone.page.waitForURL(/\/sign-in/);
    await phone.page.goto(`${h.baseUrl}/account/password?signIn=1`);
    const step = new AccountStepPage(phone.page);
    await step.changePassword(temporary, 'mat-khau-cua-toi');
    await phone.page.waitForURL((url) => url.pathname === '/');
    expect(await new AppMenu(phone.page).accountLine()).toContain('Phạm Thị Năm Mươi');
    expect(readAccountSecurity(h.server.db, id)?.mustChangePassword).toBe(false);
    // The sign-in completed as any other: the phone registered as the enumerator's sync device.
    await expect.poll(() => h.server.db.prepare('SELECT count(*) FROM devices WHERE account_id = ?').pluck().get(id)).toBe(1);

    // Any account, an enumerator included, changes its own password from the header's menu.
    await (await new AppMenu(phone.page).link('Đổi mật khẩu')).click();
    await phone.page.waitForURL(/\/account\/password$/);
    await step.changePassword('mat-khau-cua-toi', 'mat-khau-moi-nua');
    await phone.page.getByText('Đã đổi mật khẩu.', { exact: false }).waitFor();
  });

  it('previews a CSV import — new accounts, changed assignments, errors by line — before applying it', async () => {
    const accounts = await signInAdmin();
    const header = 'username,display_name,role,password,survey,units\n';
    await accounts.chooseCsv('bad.csv', `${header}csv01,Nguyễn Văn Một,enumerator,,${SURVEY},05 06\ndtv02,Giữ nguyên,enumerator,,${SURVEY},03 09\nBad Name,X,enumerator,,,\ncsv04,Y,enumerator,,${SURVEY},99\n`);
    await h.page.getByText('Tài khoản mới: 1').waitFor();
    await h.page.getByText('Thay đổi phân công: 1').waitFor();
    await h.page.locator('.import-changed li', { hasText: 'dtv02' }).waitFor();
    expect(await h.page.locator('.import-errors li').allTextContents()).toEqual([
      expect.stringMatching(/^Dòng 4: tên đăng nhập “Bad Name” không hợp lệ/),
      'Dòng 5: cuộc khảo sát hung-yen-2026 không có đơn vị “99”',
    ]);
    expect(await h.page.getByRole('button', { name: 'Áp dụng', exact: true }).isDisabled()).toBe(true);
    expect(findAccountByUsername(h.server.db, 'csv01')).toBeUndefined();

    await accounts.chooseCsv('good.csv', `${header}csv01,Nguyễn Văn Một,enumerator,,${SURVEY},05 06\ndtv02,Giữ nguyên,enumerator,,${SURVEY},03 09\n`);
    await h.page.locator('.import-errors').waitFor({ state: 'detached' });
    await h.page.getByRole('button', { name: 'Áp dụng', exact: true }).click();
    await h.page.getByText('Đã tạo 1 tài khoản, đổi phân công của 1 tài khoản.').waitFor();
    expect(await h.page.locator('.generated-passwords li').allTextContents()).toEqual([expect.stringMatching(/^csv01: [a-z2-9]{12}$/)]);
    await accounts.row('csv01').locator('td.units', { hasText: '05, 06' }).waitFor();
    await accounts.row('dtv02').locator('td.units', { hasText: '03, 09' }).waitFor();
  });

  it('an admin enrols in two-step sign-in, then signs in with password and code', async () => {
    await signInAdmin();
    await h.page.getByRole('link', { name: 'Xác thực hai bước cho tài khoản của bạn' }).click();
    await h.page.getByRole('button', { name: 'Bắt đầu bật', exact: true }).click();
    const secret = (await h.page.locator('code.totp-secret').textContent()) ?? '';
    expect(await h.page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await new AccountStepPage(h.page).enterCode(totpAt(secret, clock.now()), 'Bật xác thực hai bước');
    await h.page.getByText('Đã bật xác thực hai bước.').waitFor();
    expect(await h.page.locator('.recovery-codes li').count()).toBe(10);
    await h.page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await (await new AppMenu(h.page).signOutButton()).click();
    await h.page.waitForURL(/\/sign-in/);

    // The next code: the one just used is never accepted twice.
    clock.advance(30_000);
    await h.signIn('admin');
    await h.page.waitForURL(/\/account\/code\?signIn=1$/);
    const step = new AccountStepPage(h.page);
    await step.enterCode(totpAt(secret, clock.now() + 600_000));
    await h.page.getByText('Mã xác thực không đúng hoặc đã hết hạn.').waitFor();
    await step.enterCode(totpAt(secret, clock.now()));
    await h.page.waitForURL((url) => !url.pathname.startsWith('/account') && !url.pathname.startsWith('/sign-in'));
    await new AccountsPage(h.page, h.baseUrl).open();
  });
});
