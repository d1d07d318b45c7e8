// Online self-completion in Chromium (issue 23, decision 0021): a link before, during and after its window by the
// server's clock; an under-age respondent stopped politely; a reload mid-form continuing; a second submission from
// the same browser refused; a form started before closing and sent in the grace period accepted and flagged; the
// enumerator's service worker leaving the respondent's page alone; online answers on the dashboard, in the results
// and in the .sav export, marked online.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '#shared/clock.ts';
import { ensureOnlineSurvey, makeOnlineLink } from '../helpers/online.ts';
import { ARGS, CHROMIUM_PATH } from './support/browser.ts';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, goOnline, waitForServiceWorkerControl } from './support/offline.ts';
import { RespondentPage } from './pages/RespondentPage.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';

const WINDOW = { start: '2026-05-28T07:30:00+07:00', end: '2026-05-28T16:30:00+07:00' };
const clock = manualClock('2026-05-28T09:00:00+07:00');
let slug = '';
const h = useBrowserHarness({
  serverClock: clock, timeout: 15_000,
  prepare: (server) => { slug = ensureOnlineSurvey(server.db, 'truc-tuyen', WINDOW); },
});

function respondent(unitNo = '01'): RespondentPage {
  return new RespondentPage(h.page, h.baseUrl, makeOnlineLink(h.server.db, slug, unitNo).token);
}

/** The online interview of a unit (each test answers through its own unit's link). */
const onlineRow = (unitNo: string) => h.server.db.prepare(
  `SELECT i.id, i.mode, i.flags FROM interviews i JOIN online_submissions o ON o.interview_id = i.id
   JOIN units u ON u.id = i.unit_id JOIN surveys s ON s.id = i.survey_id WHERE s.slug = ? AND u.no = ?`,
).get(slug, unitNo) as { id: string; mode: string; flags: string } | undefined;

describe('the online link, by the server clock', () => {
  it('says when it opens before, shows the intro during, and says closed after', async () => {
    await allowAxe(h.page);
    const page = respondent();
    clock.set('2026-05-28T07:00:00+07:00');
    await page.open();
    await page.text('Phiếu khảo sát sẽ mở lúc 28/05/2026 07:30 (giờ Việt Nam). Mời bạn quay lại khi đó.').waitFor();
    clock.set('2026-05-28T09:00:00+07:00');
    await page.open();
    await page.text('Đơn vị thực hiện: Ban Tuyên giáo Tỉnh ủy').waitFor();
    await page.text(/Phiếu không hỏi tên/).waitFor();
    expect(await seriousViolations(h.page)).toEqual([]);
    await page.start();
    await page.text(/^Tuổi/).first().waitFor();
    expect(await seriousViolations(h.page)).toEqual([]);
    clock.set('2026-05-28T17:30:00+07:00');
    await page.open();
    await page.text('Phiếu khảo sát đã đóng. Cảm ơn bạn đã quan tâm.').waitFor();
  });

  it('stops a respondent under the minimum age politely, asking the age first, even after a reload', async () => {
    clock.set('2026-05-28T09:00:00+07:00');
    const page = await respondent().open();
    await page.start();
    expect(await page.question()).toContain('Tuổi');
    await page.answerAge(16);
    const end = 'Cảm ơn bạn đã quan tâm. Khảo sát này dành cho người từ 18 tuổi trở lên, nên bạn không cần trả lời tiếp.';
    await page.text(end).waitFor();
    await h.page.reload();
    await page.text(end).waitFor();
  });

  it('continues after a reload mid-form, sends once with a thank-you, and refuses a second submission from the same browser', async () => {
    clock.set('2026-05-28T09:00:00+07:00');
    const page = await respondent().open();
    await page.start();
    await page.answerAge(40);
    await page.answerCurrent();
    const step = await page.step();
    const question = await page.question();
    expect(step).toMatch(/^Câu 3\//);
    await h.page.reload();
    expect(await page.step()).toBe(step);
    expect(await page.question()).toBe(question);
    await page.answerToTheEnd();
    await page.text('Cảm ơn bạn đã trả lời phiếu khảo sát!').waitFor();
    expect(onlineRow('01')).toMatchObject({ mode: 'online' });
    // Another link of the same survey, in the same browser: refused by the browser's marker.
    await respondent('02').open();
    await page.text('Trình duyệt này đã gửi phiếu cho khảo sát này. Mỗi người chỉ trả lời một lần. Cảm ơn bạn!').waitFor();
  });

  it('accepts and flags a form started before closing and sent within the grace period', async () => {
    clock.set('2026-05-28T16:20:00+07:00');
    const page = await respondent('03').open();
    await page.start();
    await page.answerAge(30);
    clock.set('2026-05-28T16:45:00+07:00');
    await h.page.reload();
    await page.answerToTheEnd();
    await page.text('Cảm ơn bạn đã trả lời phiếu khảo sát!').waitFor();
    const row = onlineRow('03')!;
    expect(JSON.parse(row.flags)).toContain('outside_window');
  });
});

/** Zalo's in-app browser on a cheap Android phone (its user agent as Zalo sends it). */
const ZALO_UA = 'Mozilla/5.0 (Linux; Android 9; SM-J600G Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) '
  + 'Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 Zalo android/12040330 ZaloTheme/light ZaloLanguage/vi';

describe('on a phone in Zalo', () => {
  it('works at 360×640 with the network cut mid-form and restored, sending once it is back', async () => {
    clock.set('2026-05-28T09:00:00+07:00');
    const profile = await mkdtemp(join(tmpdir(), 'phieu-zalo-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH, headless: true, args: ARGS, timezoneId: 'UTC', locale: 'vi-VN',
      userAgent: ZALO_UA, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
    });
    try {
      context.setDefaultTimeout(15_000);
      const tab = context.pages()[0] ?? await context.newPage();
      const page = await new RespondentPage(tab, h.baseUrl, makeOnlineLink(h.server.db, slug, '06').token).open();
      await page.start();
      await page.answerAge(45);
      await goOffline(context);
      await page.answerToTheEnd();
      await page.text(/Chưa gửi được vì mạng chập chờn/).waitFor();
      const before = h.server.db.prepare('SELECT count(*) FROM online_submissions').pluck().get() as number;
      await goOnline(context);
      await page.text('Cảm ơn bạn đã trả lời phiếu khảo sát!').waitFor();
      expect(h.server.db.prepare('SELECT count(*) FROM online_submissions').pluck().get()).toBe(before + 1);
      // Nothing wider than the phone's screen.
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe('the admin\'s online links', () => {
  it('makes a unit\'s link with its QR code, then pauses and reopens it, as the respondent\'s page then says', async () => {
    clock.set('2026-05-28T09:00:00+07:00');
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await h.page.goto(`${h.baseUrl}/admin/online-links/${slug}`);
    await h.page.getByRole('heading', { name: 'Liên kết trực tuyến' }).waitFor();
    await h.page.getByLabel('Đơn vị').selectOption('07');
    await h.page.getByLabel('Ghi chú (gửi cho ai)').fill('Zalo Mặt trận');
    await h.page.getByRole('button', { name: 'Tạo liên kết' }).click();
    const row = h.page.locator('tr', { hasText: 'Zalo Mặt trận' });
    await row.waitFor();
    expect(await row.locator('[data-col=state]').textContent()).toBe('Đang mở');
    await row.getByRole('button', { name: 'Mã QR' }).click();
    const qr = row.getByRole('img');
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const address = await row.getByRole('textbox').inputValue();
    expect(address).toMatch(new RegExp(`^${h.baseUrl}/r/[A-Za-z0-9_-]{22}$`));
    await row.getByRole('button', { name: 'Tạm dừng' }).click();
    await row.locator('[data-col=state]', { hasText: 'Tạm dừng' }).waitFor();
    const other = await h.openBrowser();
    await other.page.goto(address);
    await other.page.getByText('Liên kết khảo sát đang tạm dừng. Mời bạn quay lại sau.').waitFor();
    await row.getByRole('button', { name: 'Mở lại' }).click();
    await row.locator('[data-col=state]', { hasText: 'Đang mở' }).waitFor();
    await other.page.reload();
    await other.page.getByText('Đơn vị thực hiện: Ban Tuyên giáo Tỉnh ủy').waitFor();
  });
});

describe('the respondent page beside the enumerator app', () => {
  it('opens as itself in a profile where the enumerator app’s service worker controls the origin', async () => {
    clock.set('2026-05-28T09:00:00+07:00');
    await h.signIn('dtv01');
    await waitForServiceWorkerControl(h.page);
    const page = await respondent('04').open();
    await page.text('Đơn vị thực hiện: Ban Tuyên giáo Tỉnh ủy').waitFor();
    expect(await h.page.locator('script[src*="/assets/r-"]').count()).toBe(1);
  });

  it('puts online answers on the unit dashboard, in the results and in the .sav export, marked online', async () => {
    clock.set('2026-05-28T09:00:00+07:00');
    const page = await respondent('05').open();
    await page.start();
    await page.answerAge(52);
    await page.answerToTheEnd();
    await page.text('Cảm ơn bạn đã trả lời phiếu khảo sát!').waitFor();
    const { id } = onlineRow('05')!;
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const api = h.page.request;
    const dashboardResponse = await api.get(`${h.baseUrl}/api/quota/${slug}/units/05`);
    expect(dashboardResponse.status(), await dashboardResponse.text()).toBe(200);
    const dashboard = await dashboardResponse.json() as { unit: { byMode: Record<string, { received: number }> } };
    expect(dashboard.unit.byMode.online?.received).toBe(1);
    const results = await (await api.get(`${h.baseUrl}/api/admin/results/${slug}?mode=online&units=05`)).json() as { total: number };
    expect(results.total).toBe(1);
    const direct = await (await api.get(`${h.baseUrl}/api/admin/results/${slug}?mode=direct&units=05`)).json() as { total: number };
    expect(direct.total).toBe(0);
    const sav = await api.get(`${h.baseUrl}/api/admin/exports/${slug}?format=sav&mode=online&units=05`);
    expect(sav.status()).toBe(200);
    expect((await sav.body()).includes(Buffer.from(id))).toBe(true);
    const directSav = await api.get(`${h.baseUrl}/api/admin/exports/${slug}?format=sav&mode=direct&units=05`);
    expect((await directSav.body()).includes(Buffer.from(id))).toBe(false);
  });
});
