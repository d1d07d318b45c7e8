// Two tabs never edit one draft: the second is told and shows it read-only, follows what the first saves,
// and takes over once the first tab is closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
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

describe('one draft in two tabs', () => {
  it('is editable in the first tab only; the second follows read-only, then takes over', async () => {
    await (await new SignInPage(browser.page, server.url).open()).signIn('dtv01', 'dtv-demo-2026');
    const home = await new HomePage(browser.page, server.url).waitUntilShown();
    await home.startInterview('02', '0205');
    const first = await new InterviewPage(browser.page).waitForQuestion('Câu 1');
    await first.choose('c1', 2);
    await first.waitUntilSaved();

    const tab = await browser.context.newPage();
    await tab.goto(browser.page.url());
    const second = await new InterviewPage(tab).waitForQuestion('Câu 1');
    await second.readOnlyNotice().getByText('Phiếu đang mở ở thẻ khác; ở đây chỉ xem.').waitFor();
    expect(await second.field('c1-2').isChecked()).toBe(true);
    expect(await second.field('c1-1').isDisabled()).toBe(true);
    expect(await first.readOnlyNotice().count()).toBe(0);

    // The editing tab's change shows up in the read-only one.
    await first.choose('c1', 1);
    await first.waitUntilSaved();
    await expect.poll(() => second.field('c1-1').isChecked()).toBe(true);

    await browser.page.close();
    await second.readOnlyNotice().waitFor({ state: 'detached' });
    expect(await second.field('c1-2').isDisabled()).toBe(false);
    await second.choose('c1', 2);
    await second.waitUntilSaved();
  });
});
