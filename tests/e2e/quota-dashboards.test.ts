// The quota dashboards end to end, in Chromium with its clock in UTC: an admin, the board of commune 01 and an
// enumerator sign in; the enumerator's device syncs two interviews for unit 01 through the real sync endpoint;
// both dashboards show them at their next refresh (time moved with page.clock, never waited out); the board
// cannot reach another unit or the admin area; a share link opens its unit in a fresh browser, and after
// revocation shows the revoked page.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { TestBrowser } from './support/browser.ts';
import { useBrowserHarness } from './support/harness.ts';
import { adminChunkFiles } from './support/manifest.ts';
import { SurveyListPage } from './pages/SurveyListPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { ProvinceDashboardPage, ShareLinksAdminPage, UnitDashboardPage } from './pages/QuotaPages.ts';

const SURVEY = 'hung-yen-2026';
const UNIT_01 = hungYen2026.survey.units[0]!.name;
const UNIT_02 = hungYen2026.survey.units[1]!.name;
const POLL_MS = 5_000;

// Several people at once, each in a browser of their own.
const h = useBrowserHarness({ browser: 'none', timeout: 10_000 });

async function browserFor(username: string | null): Promise<TestBrowser> {
  const browser = await h.openBrowser();
  // Timers are the page's clock: the dashboards' polling runs when the test moves time.
  await browser.page.clock.install();
  if (username) await h.signIn(username, browser.page);
  return browser;
}

/** The enumerator's device registers with the server and sends one batch through POST /api/sync/batches. */
async function syncTwoInterviews(enumerator: TestBrowser): Promise<void> {
  const request = enumerator.context.request;
  const me = await (await request.get(`${h.baseUrl}/api/auth/me`)).json() as { account: { id: number } };
  const deviceId = randomUUID();
  const registered = await request.post(`${h.baseUrl}/api/devices`, { data: { deviceId, label: 'điện thoại dtv01' } });
  expect(registered.status()).toBe(201);
  const { token } = await registered.json() as { token: string };
  // Finished at 00:10 on 29/05 in Hà Nội, which is still 28/05 in UTC: the pages must say 29/05/2026.
  const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 2, unitNos: ['01'], seed: 8, accountId: me.account.id, deviceId, paperShare: 0 })
    .map((interview) => ({
      ...interview,
      times: { startedAt: '2026-05-28T16:55:00.000Z', updatedAt: '2026-05-28T17:10:00.000Z', finishedAt: '2026-05-28T17:10:00.000Z' },
    }));
  const response = await request.post(`${h.baseUrl}/api/sync/batches`, {
    headers: { authorization: `Bearer ${token}` },
    data: { protocol: 1, batchId: randomUUID(), deviceId, sentAt: new Date().toISOString(), interviews },
  });
  expect(response.status()).toBe(200);
  const body = await response.json() as { receipts: { outcome: string }[] };
  expect(body.receipts.map((r) => r.outcome)).toEqual(['accepted', 'accepted']);
}

describe('quota dashboards', () => {
  it('show two synced interviews to the admin and the unit board within one refresh; a share link lives and dies', async () => {
    const admin = await browserFor('admin');
    await new SurveyListPage(admin.page, h.baseUrl).waitUntilShown();
    const province = await new ProvinceDashboardPage(admin.page, h.baseUrl).open();
    expect(await province.unitNumbers()).toHaveLength(22);
    expect(await province.figure('total', 'target').textContent()).toBe('1.000');
    expect(await province.figure('01', 'received').textContent()).toBe('0');

    const board = await browserFor('bxd01');
    const boardRequests: string[] = [];
    board.context.on('request', (r: Request) => { boardRequests.push(new URL(r.url()).pathname); });
    await new SurveyListPage(board.page, h.baseUrl).waitUntilShown();
    const unitPage = await new UnitDashboardPage(board.page, h.baseUrl).open(SURVEY, '01');
    await unitPage.heading().getByText(`01. ${UNIT_01}`).waitFor();
    expect(await unitPage.figure('received').textContent()).toBe('0');
    expect(await unitPage.figure('target').textContent()).toBe('45');

    const enumerator = await browserFor('dtv01');
    await new HomePage(enumerator.page, h.baseUrl).waitUntilShown();
    await syncTwoInterviews(enumerator);

    await Promise.all([admin.page.clock.runFor(POLL_MS), board.page.clock.runFor(POLL_MS)]);
    await province.figure('01', 'received').getByText('2', { exact: true }).waitFor({ timeout: 3_000 });
    expect(await province.figure('total', 'received').textContent()).toBe('2');
    expect(await province.figure('01', 'ratio').textContent()).toBe('4,4\u00a0%');
    await unitPage.figure('received').getByText('2', { exact: true }).waitFor({ timeout: 3_000 });
    expect(await unitPage.figure('remaining').textContent()).toBe('43');
    expect(await unitPage.byDay().locator('tbody tr').allTextContents()).toEqual(['29/05/202622']);
    expect(await unitPage.byEnumerator().textContent()).toContain('Điều tra viên 01 (đơn vị 01, 02)');
    expect(await board.page.textContent('main')).not.toContain(UNIT_02);

    // The board cannot reach another unit, nor the admin area (whose code it never downloads).
    await unitPage.open(SURVEY, '02');
    await board.page.getByRole('heading', { level: 1, name: 'Không có quyền' }).waitFor();
    expect(await board.page.textContent('main')).not.toContain(UNIT_02);
    await board.page.goto(`${h.baseUrl}/admin/quota`);
    await board.page.getByRole('heading', { level: 1, name: 'Không có quyền' }).waitFor();
    const adminFiles = adminChunkFiles();
    expect(boardRequests.filter((path) => adminFiles.some((file) => path.endsWith(file)))).toEqual([]);

    // The admin sorts and filters the province table.
    await province.sortBy('Đã nhận');
    expect((await province.unitNumbers())[0]).toBe('01');
    await province.filterKind('Cấp tỉnh');
    expect(await province.unitNumbers()).toEqual(['21', '22']);
    expect(await province.figure('total', 'target').textContent()).toBe('100');

    // A share link for unit 01, opened with no account in a fresh browser.
    const links = await new ShareLinksAdminPage(admin.page, h.baseUrl).open();
    const url = await links.create('01', 'Gửi Ban Xây dựng Đảng xã qua Zalo');
    expect(url).toMatch(new RegExp(`^${h.baseUrl}/share/[A-Za-z0-9_-]{43}$`));
    const visitor = await browserFor(null);
    await visitor.page.goto(url);
    const shared = new UnitDashboardPage(visitor.page, h.baseUrl);
    await shared.heading().getByText(`01. ${UNIT_01}`).waitFor();
    expect(await shared.figure('received').textContent()).toBe('2');
    await visitor.page.getByText('Trang chỉ xem, do quản trị viên chia sẻ.').waitFor();
    expect(await visitor.page.textContent('main')).not.toContain(UNIT_02);

    // Revoked: the open page turns into the revoked page at its next refresh, and so does a reload.
    await links.revoke('01');
    await visitor.page.clock.runFor(POLL_MS);
    await visitor.page.getByRole('heading', { level: 1, name: 'Liên kết đã bị thu hồi' }).waitFor({ timeout: 3_000 });
    expect(await visitor.page.locator('.dash-summary').count()).toBe(0);
    await visitor.page.reload();
    await visitor.page.getByRole('heading', { level: 1, name: 'Liên kết đã bị thu hồi' }).waitFor();
    await visitor.page.goto(`${h.baseUrl}/share/${'x'.repeat(43)}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Không mở được liên kết' }).waitFor();
  });
});
