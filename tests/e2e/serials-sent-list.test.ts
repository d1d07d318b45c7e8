// Serials that never collide and a sent list with the server's flags (issue 16), in Chromium against the real
// server: synced forms leave the device (retention 0 days) yet their serials stay taken; a second device of the
// unit skips the first one's serials after a sync; a typed taken serial is refused in both entry modes, saying
// who sent it and when; the sent list words each form's flags, including one raised later by another device.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { vi as dictionary } from '#shared/i18n/vi/index.ts';
import type { ReceiptFlag } from '#shared/interview/receipt.ts';
import { useBrowserHarness } from './support/harness.ts';
import { waitForServiceWorkerControl } from './support/offline.ts';
import { registeredDevice, storedInterviews, writeInterviews, type DeviceIds } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { PaperKeyingPage } from './pages/PaperKeyingPage.ts';
import { SyncPanel } from './pages/SyncPanel.ts';

let seed = 100;

const h = useBrowserHarness({
  timeout: 30_000,
  // Synced answers leave the device at once (the admin's retention of 0 days), as they do at the window's close.
  prepare: (server) => { server.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.keepSyncedDays', 0)`).run(); },
});

async function signIn(page: Page, username = 'dtv01'): Promise<{ home: HomePage; sync: SyncPanel; device: DeviceIds }> {
  await h.signIn(username, page);
  const home = await new HomePage(page, h.baseUrl).waitUntilShown();
  await waitForServiceWorkerControl(page);
  return { home, sync: new SyncPanel(page), device: await registeredDevice(page) };
}

function forms(device: DeviceIds, serials: readonly string[], unitNo = '01'): Interview[] {
  return generateInterviews({ version: hungYen2026.versions[0]!, count: serials.length, unitNos: [unitNo], seed: seed++, ...device })
    .map((interview, i) => ({ ...interview, serial: serials[i]! }));
}

function serverFlags(id: string): ReceiptFlag[] {
  const row = h.server.db.prepare('SELECT flags FROM interviews WHERE id = ?').get(id) as { flags: string } | undefined;
  return row ? JSON.parse(row.flags) as ReceiptFlag[] : [];
}

const sentLine = (page: Page, id: string) => page.locator(`.sent-list li[data-interview="${id}"]`);

/** The words the sent list shows for these flags: each flag with what to do, or "no warnings". */
const flagWords = (flags: readonly ReceiptFlag[]) => (flags.length === 0
  ? [dictionary['sent.noFlags']]
  : flags.map((flag) => `${dictionary[`sync.flag.${flag}`]}: ${dictionary[`sent.todo.${flag}`]}`));

async function syncAndWait(sync: SyncPanel, home: HomePage, synced: number): Promise<void> {
  await sync.syncNow();
  await expect.poll(() => home.stateCount('synced'), { timeout: 10_000 }).toBe(synced);
}

describe('serials and the sent list', () => {
  it('after a sync and housekeeping, lists the sent forms with their flags, suggests a free serial and refuses a taken one in both modes', async () => {
    const page = h.page;
    const { home, sync, device } = await signIn(page);
    const sent = forms(device, ['0101', '0102']);
    await writeInterviews(page, sent);
    await syncAndWait(sync, home, 2);
    // Housekeeping removed the answers; the forms stay listed, each with the server's flags in words.
    await expect.poll(async () => (await storedInterviews(page)).length).toBe(0);
    expect(await home.stateCount('finished')).toBe(0);
    expect(await page.locator('[data-sync="waiting"]').textContent()).toBe('Phiếu chờ gửi: 0');
    for (const form of sent) {
      const line = sentLine(page, form.id);
      await line.waitFor();
      expect(await line.textContent()).toContain(`Phiếu số ${form.serial}`);
      expect(await line.textContent()).toContain('Đơn vị 01 – ');
      expect(await line.locator('[data-field="status"]').textContent()).toBe('Máy chủ đã nhận');
      expect((await line.locator('.flags li').allTextContents()).map((text) => text.trim())).toEqual(flagWords(serverFlags(form.id)));
    }
    expect(await home.figure('01', 'mine')).toBe('2');

    // The page of a sent form whose answers left the device says it is kept on the server.
    await sentLine(page, sent[0]!.id).getByRole('link').click();
    await page.locator('[data-review-state="sent"]').getByText('được lưu trên máy chủ').waitFor();
    await page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();

    // Interview mode: the suggestion skips the sent serials; a typed sent serial is refused with when it was sent.
    await home.openNewInterview('01');
    await page.locator('#mode-interview').check();
    const serial = page.locator('#serial');
    expect(await serial.inputValue()).toBe('0103');
    await serial.fill('0101');
    await page.getByRole('button', { name: /Bắt đầu/ }).click();
    const refusal = page.locator('#serial-problem [role="alert"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^Số phiếu 0101 đã dùng: máy này đã gửi phiếu đó lên máy chủ ngày \d{2}\/\d{2}\/\d{4}\. Hãy dùng số phiếu khác\.$/);
    expect(page.url()).toMatch(/\/interviews\/new\//);

    // Paper keying: the same suggestion, and the same refusal beside the serial box.
    await page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    await home.startPaperKeying('01');
    const keyer = await new PaperKeyingPage(page).waitForSlot('serial');
    expect(await page.locator('#key-serial').inputValue()).toBe('0103');
    await keyer.keys(['0', '1', '0', '2']);
    await keyer.slotError().waitFor();
    expect(await keyer.slotError().textContent()).toMatch(/^Số phiếu 0102 đã dùng: máy này đã gửi phiếu đó lên máy chủ ngày \d{2}\/\d{2}\/\d{4}/);
  });

  it('two devices in one unit do not collide, and a duplicate uploaded later by the other device reaches the first', async () => {
    const first = await signIn(h.page);
    // Unit 02: the file's server still holds the first test's serials of unit 01.
    const [mine] = forms(first.device, ['0201'], '02');
    await writeInterviews(h.page, [mine!]);
    await syncAndWait(first.sync, first.home, 1);
    expect(serverFlags(mine!.id)).not.toContain('serial_duplicate');

    // The same enumerator's second device: after its sync it knows 0201 is taken, by whom and when.
    const other = await h.openBrowser();
    const second = await signIn(other.page);
    await second.sync.syncNow();
    await second.sync.lastSuccess().getByText('Đồng bộ thành công lần cuối').waitFor();
    await second.home.openNewInterview('02');
    await other.page.locator('#mode-interview').check();
    const serial = other.page.locator('#serial');
    expect(await serial.inputValue()).toBe('0202');
    await serial.fill('0201');
    await other.page.getByRole('button', { name: /Bắt đầu/ }).click();
    await other.page.locator('#serial-problem [role="alert"]')
      .getByText(/^Số phiếu 0201 đã dùng: Điều tra viên 01 .* đã gửi phiếu đó lên máy chủ ngày \d{2}\/\d{2}\/\d{4}/).waitFor();

    // A paper form keyed there with the same serial before that sync (the device could not know) goes up…
    await other.page.goto(`${h.baseUrl}/`);
    await second.home.waitUntilShown();
    const [clash] = forms(second.device, ['0201'], '02');
    await writeInterviews(other.page, [clash!]);
    await syncAndWait(second.sync, second.home, 1);
    expect(serverFlags(mine!.id)).toContain('serial_duplicate');

    // …and the first device learns of the duplicate at its next sync, in words, with what to do.
    await first.sync.syncNow();
    await sentLine(h.page, mine!.id).locator('[data-flag="serial_duplicate"]')
      .getByText(`${dictionary['sync.flag.serial_duplicate']}: ${dictionary['sent.todo.serial_duplicate']}`).waitFor({ timeout: 10_000 });
  });
});
