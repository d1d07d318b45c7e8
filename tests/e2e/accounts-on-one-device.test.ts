// A laptop shared by two clerks, one browser profile: each sees only their own interviews; signing out with
// unsynced work keeps it on the device, tied to its account, says so, and gives it back at the next sign-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { storedInterviews } from './support/device-db.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser({ timezoneId: 'UTC', locale: 'vi-VN' });
  browser.context.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(username: string): Promise<HomePage> {
  await (await new SignInPage(browser.page, server.url).open()).signIn(username, 'dtv-demo-2026');
  return new HomePage(browser.page, server.url).waitUntilShown();
}

async function draftOne(home: HomePage, unitNo: string, serial: string): Promise<void> {
  await home.startInterview(unitNo, serial);
  const form = await new InterviewPage(browser.page).waitForQuestion('Câu 1');
  await form.choose('c1', 1);
  await form.waitUntilSaved();
  await form.goHome();
  await home.waitUntilShown();
}

describe('two accounts on one browser profile', () => {
  it('keep their interviews apart, and sign-out keeps unsynced work on the device', async () => {
    const first = await signIn('dtv01');
    await draftOne(first, '01', '0101');
    expect(await first.drafts()).toEqual(['Phiếu số 0101']);
    await first.signOut();
    await browser.page.getByText('1 phiếu chưa đồng bộ của Điều tra viên 01 (đơn vị 01, 02) vẫn giữ trên máy này; đăng nhập lại tài khoản đó để gửi.').waitFor();

    const second = await signIn('dtv02');
    expect(await second.unitNumbers()).toEqual(['03', '04']);
    expect(await second.drafts()).toEqual([]);
    expect(await second.stateCount('draft')).toBe(0);
    await draftOne(second, '03', '0301');
    expect(await second.drafts()).toEqual(['Phiếu số 0301']);
    // The other clerk's draft cannot be opened by address either.
    const theirs = (await storedInterviews(browser.page)).find((i) => i.serial === '0101')!;
    await browser.page.goto(`${server.url}/interviews/${theirs.id}`);
    await browser.page.getByText('Không có phiếu này trên máy.').waitFor();
    await browser.page.goto(`${server.url}/`);
    await second.waitUntilShown();
    await second.signOut();

    const back = await signIn('dtv01');
    expect(await back.unitNumbers()).toEqual(['01', '02']);
    expect(await back.drafts()).toEqual(['Phiếu số 0101']);
    expect((await storedInterviews(browser.page)).map((i) => [i.serial, i.accountId === theirs.accountId]).sort()).toEqual([
      ['0101', true], ['0301', false],
    ]);
  });
});
