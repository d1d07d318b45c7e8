// Issue 17's whole flow in Chromium: an admin creates an enumerator and assigns two units; the enumerator signs in on
// a phone, starts a draft, and syncs a finished interview; the admin sees the phone and revokes it; the phone's next
// sync asks to sign in again and keeps the draft; the audit page shows each admin action; and `npm run audit --
// verify` passes on the server's data folder, and fails on a copy with a row edited and the chain re-signed with
// another key, and on a copy with the last rows deleted (each on its own copy, so one failure cannot hide the other).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { databaseFile, defaultKeysDir } from '#server/config.ts';
import { openDatabase, type Db } from '#server/db/open.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { iterateAuditRows } from '#server/repo/audit-log.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { resignAuditChain } from '../helpers/forge-audit-chain.ts';
import { runScript } from '../helpers/run-script.ts';
import { AccountsPage } from './pages/AccountsPage.ts';
import { AuditPage } from './pages/AuditPages.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { SyncPanel } from './pages/SyncPanel.ts';
import { launchBrowser } from './support/browser.ts';
import { registeredDevice, storedInterviews, writeInterviews } from './support/device-db.ts';
import { useBrowserHarness } from './support/harness.ts';

const h = useBrowserHarness({
  browser: 'file',
  timeout: 20_000,
  prepare: (server) => {
    // The survey is in the field now (as in sync-device.test.ts): synced forms stay on the phone, new ones may start.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    server.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.fieldWindow.start', ?, '$.fieldWindow.end', ?)`)
      .run(`${day(-3)}T00:00:00+07:00`, `${day(30)}T23:59:59+07:00`);
  },
});
const SURVEY = 'hung-yen-2026';
const ENUMERATOR = { username: 'dtv60', displayName: 'Lê Văn Sáu Mươi', password: 'mat-khau-dtv60' };

/** What the flow leaves for the audit checks: the new account's id and the revoked phone's device id. */
const flow = { accountId: 0, deviceId: '' };

async function draftStatuses(page: Page): Promise<string[]> {
  return (await storedInterviews(page)).filter((i) => i.status === 'draft').map((i) => `${i.serial} ${JSON.stringify(i.answers)}`);
}

describe('who can get in, end to end', () => {
  it('an admin creates and assigns an enumerator, whose phone syncs, is revoked, asks to sign in again and keeps its draft', async () => {
    // The admin, at the office: the account, then two units of the demo survey.
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const accounts = await new AccountsPage(h.page, h.baseUrl).open();
    await accounts.create(ENUMERATOR);
    await accounts.row(ENUMERATOR.username).waitFor();
    await accounts.assign(ENUMERATOR.username, SURVEY, ['03', '04']);
    await accounts.row(ENUMERATOR.username).locator('td.units', { hasText: '03, 04' }).waitFor();
    flow.accountId = findAccountByUsername(h.server.db, ENUMERATOR.username)!.id;

    // The enumerator, on a phone: signs in with the password the admin set, sees the two units, starts a draft.
    const phone = await launchBrowser({ phone: true, timezoneId: 'UTC', locale: 'vi-VN', timeout: 20_000 });
    try {
      await (await new SignInPage(phone.page, h.baseUrl).open()).signIn(ENUMERATOR.username, ENUMERATOR.password);
      const home = await new HomePage(phone.page, h.baseUrl).waitUntilShown();
      await expect.poll(() => home.unitNumbers()).toEqual(['03', '04']);
      await home.startInterview('03', '0301');
      const form = await new InterviewPage(phone.page).waitForQuestion('Câu 1');
      await form.choose('c1', 1);
      await form.waitUntilSaved();
      await form.goHome();
      await home.waitUntilShown();
      await expect.poll(() => home.drafts()).toEqual(['Phiếu số 0301']);
      const draft = await draftStatuses(phone.page);
      expect(draft).toEqual([expect.stringMatching(/^0301 \{.*"c1":1[,}]/)]);

      // A finished interview (written as the finish screen would, like sync-device.test.ts) goes up with "Sync now".
      const device = await registeredDevice(phone.page);
      expect(device.accountId).toBe(flow.accountId);
      flow.deviceId = device.deviceId;
      const [finished] = generateInterviews({ version: hungYen2026.versions[0]!, count: 1, unitNos: ['04'], seed: 17, ...device });
      await writeInterviews(phone.page, [finished!]);
      const sync = new SyncPanel(phone.page);
      await sync.syncNow();
      await expect.poll(() => findInterview(h.server.db, finished!.id)?.status).toBe('received');
      await sync.lastSuccess().getByText('Đồng bộ thành công lần cuối').waitFor();
      await expect.poll(() => home.stateCount('synced')).toBe(1);

      // The admin finds the phone on the devices page, with its sync, and revokes it.
      await h.page.goto(`${h.baseUrl}/admin/devices`);
      await h.page.getByRole('heading', { level: 1, name: 'Thiết bị đồng bộ' }).waitFor();
      const row = h.page.locator(`tr[data-device="${device.deviceId}"]`);
      await row.waitFor();
      expect(await row.locator('th').textContent()).toBe(ENUMERATOR.username);
      expect(await row.textContent()).toContain('Đang dùng');
      expect(await row.locator('td').nth(3).textContent()).not.toBe('Chưa'); // last sync
      h.page.once('dialog', (dialog) => { void dialog.accept(); });
      await row.getByRole('button', { name: 'Thu hồi' }).click();
      await h.page.getByRole('status').filter({ hasText: 'Đã thu hồi thiết bị' }).waitFor();
      await expect.poll(() => row.textContent()).toContain('Đã thu hồi');

      // The phone's next sync is refused: it asks for a new sign-in, and the draft is still on the phone.
      await sync.syncNow();
      await sync.error().getByText('Máy cần đăng nhập lại để đồng bộ; phiếu vẫn an toàn trên máy.').waitFor();
      const again = phone.page.getByRole('status').filter({ hasText: 'Cần đăng nhập lại để đồng bộ.' });
      await again.waitFor();
      await expect.poll(() => home.drafts()).toEqual(['Phiếu số 0301']);
      expect(await draftStatuses(phone.page)).toEqual(draft);
      expect((await storedInterviews(phone.page)).map((i) => i.id).sort()).toHaveLength(2); // the synced one kept too

      // Signing in again from that line gives the phone back its sync, with the draft untouched.
      await again.getByRole('link', { name: 'Đăng nhập lại' }).click();
      await phone.page.getByRole('heading', { level: 1, name: 'Đăng nhập lại để đồng bộ' }).waitFor();
      await new SignInPage(phone.page, h.baseUrl).signIn(ENUMERATOR.username, ENUMERATOR.password);
      await home.waitUntilShown();
      await expect.poll(() => home.drafts()).toEqual(['Phiếu số 0301']);
      expect(await draftStatuses(phone.page)).toEqual(draft);
      await sync.syncNow();
      await expect.poll(() => sync.error().count()).toBe(0);
      await sync.lastSuccess().waitFor();
    } finally {
      await phone.close();
    }

    // The audit page lists each admin action of the flow, newest first.
    const audit = await new AuditPage(h.page, h.baseUrl).open();
    await expect.poll(() => audit.rows()).toEqual([
      `Thu hồi thiết bị device:${flow.deviceId}`,
      `Giao đơn vị account:${flow.accountId}`,
      `Tạo tài khoản account:${flow.accountId}`,
    ]);
  });

  describe('npm run audit -- verify', () => {
    const copies: string[] = [];
    afterAll(() => { for (const root of copies) rmSync(root, { recursive: true, force: true }); });

    /** A copy of the server's data folder and of its key folder beside it, as someone with the disk would have. */
    function copyDataFolder(): { dataDir: string; db: Db } {
      const root = mkdtempSync(join(tmpdir(), 'phieu-flow-'));
      copies.push(root);
      const dataDir = join(root, 'data');
      mkdirSync(dataDir, { mode: 0o700 });
      h.server.db.prepare('VACUUM INTO ?').run(databaseFile(dataDir));
      cpSync(defaultKeysDir(h.server.dataDir), defaultKeysDir(dataDir), { recursive: true });
      return { dataDir, db: openDatabase(databaseFile(dataDir)) };
    }

    /** The flow's three rows must be there: on an empty log every check below would prove nothing. */
    function flowRows(db: Db): string[] {
      return [...iterateAuditRows(db)].map((row) => `${row.seq} ${row.action} ${row.target}`);
    }

    it('passes on the server’s own data folder', async () => {
      expect(flowRows(h.server.db)).toEqual([
        `1 account.create account:${flow.accountId}`, `2 account.assign account:${flow.accountId}`, `3 device.revoke device:${flow.deviceId}`,
      ]);
      expect(await verify(h.server.dataDir)).toEqual({ code: 0, out: 'Nhật ký kiểm tra nguyên vẹn: 3 dòng; khớp với tệp mốc và 0 bản sao lưu.\n' });
    });

    it('fails after a row is edited in SQLite and the chain recomputed with another key', async () => {
      const { dataDir, db } = copyDataFolder();
      expect(flowRows(db)).toHaveLength(3);
      // Someone with SQLite but not the key: drops the trigger, gives the enumerator a third unit in the log…
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare(`UPDATE audit_log SET after = json_set(after, '$.units', json('["03","04","05"]')) WHERE seq = 2`).run();
      // …and re-signs every row with a key of their own, so the chain in the database is consistent again.
      resignAuditChain(db);
      db.close();
      const edited = await verify(dataDir);
      expect(edited.code).toBe(1);
      expect(edited.out).toContain('Nhật ký kiểm tra KHÔNG nguyên vẹn (3 dòng):');
      expect(edited.out).toContain('dòng 1 đã bị sửa, bị chèn vào, hoặc được ký bằng một khóa khác');
      expect(edited.out).toContain('dòng 3 khác với dòng mà tệp mốc ghi nhận');
    });

    it('fails after the last rows are deleted', async () => {
      const { dataDir, db } = copyDataFolder();
      expect(flowRows(db)).toHaveLength(3);
      // The assignment and the revocation cut off the end: what is left is a perfect chain of one row.
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE seq > 1').run();
      db.close();
      const cut = await verify(dataDir);
      expect(cut.code).toBe(1);
      expect(cut.out).toContain('Nhật ký kiểm tra KHÔNG nguyên vẹn (1 dòng):');
      expect(cut.out).toContain('tệp mốc ghi nhận 3 dòng, nhật ký chỉ còn 1: các dòng cuối đã bị xóa');
    });
  });
});

const verify = (dataDir: string) => runScript('scripts/audit.ts', ['verify'], dataDir);
