// The audit log and backups pages in the built client: an admin's actions appear on the audit page, the filters
// (days typed dd/mm/yyyy, who, what) narrow them, a bad day is explained, the CSV download holds the rows; the
// backups page says the backups are not encrypted, takes one now, lists and downloads it — and both are logged.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatDate } from '#shared/i18n/format.ts';
import { useBrowserHarness } from './support/harness.ts';
import { AuditPage, BackupsPage } from './pages/AuditPages.ts';

const h = useBrowserHarness({ browser: 'file', timeout: 20_000 });

/** An admin action through the API with the page's own session (the accounts screen is another page's work). */
async function setDisabled(username: string, disabled: boolean): Promise<void> {
  const id = h.server.db.prepare('SELECT id FROM accounts WHERE username = ?').pluck().get(username) as number;
  const status = await h.page.evaluate(async (path) => (await fetch(path, { method: 'POST' })).status,
    `/api/admin/accounts/${id}/${disabled ? 'disable' : 'enable'}`);
  expect(status).toBe(200);
}

describe('the audit and backups pages', () => {
  it('lists admin actions with filters and downloads them as CSV', async () => {
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await setDisabled('dtv05', true);
    await setDisabled('dtv05', false);
    const id = String(h.server.db.prepare("SELECT id FROM accounts WHERE username = 'dtv05'").pluck().get());

    const page = await new AuditPage(h.page, h.baseUrl).open();
    await expect.poll(() => page.rows()).toEqual([`Mở khóa tài khoản account:${id}`, `Khóa tài khoản account:${id}`]);

    await page.filter({ action: 'Khóa tài khoản' });
    await expect.poll(() => page.rows()).toEqual([`Khóa tài khoản account:${id}`]);
    const today = formatDate(Date.now());
    await page.filter({ from: today, to: today, actor: 'admin' });
    await expect.poll(() => page.rows()).toHaveLength(2);
    await page.filter({ from: '01/01/2020', to: '31/12/2020' });
    await page.empty().waitFor();
    await page.filter({ from: '31/02/2026' });
    await expect.poll(() => page.alert().textContent()).toBe('Ngày “31/02/2026” không đúng dạng dd/mm/yyyy.');

    await page.filter({ action: 'Mở khóa tài khoản' });
    await expect.poll(() => page.rows()).toHaveLength(1);
    const download = await page.downloadCsv();
    expect(download.suggestedFilename()).toMatch(/^phieu-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path()), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\ufeffSố thứ tự,Thời điểm,Người làm,Địa chỉ,Hành động,Đối tượng,Trước,Sau');
    expect(lines[1]).toMatch(new RegExp(`^2,${today.replace(/\//g, '\\/')} \\d{2}:\\d{2}:\\d{2},admin,127\\.0\\.0\\.1,account\\.enable,account:${id},`));
    expect(lines).toHaveLength(3);
  });

  it('takes a backup now, lists and downloads it, and the audit page shows both', async () => {
    const backups = await new BackupsPage(h.page, h.baseUrl).open();
    await h.page.getByText('các bản sao lưu KHÔNG được mã hóa').waitFor();
    const name = await backups.takeNow();
    expect(name).toMatch(/^phieu-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-\d{3}\.sqlite$/);
    await expect.poll(() => backups.names()).toEqual([name]);
    const download = await backups.download(name);
    expect(download.suggestedFilename()).toBe(name);
    expect((await readFile((await download.path()))).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    const page = await new AuditPage(h.page, h.baseUrl).open();
    await expect.poll(async () => (await page.rows()).slice(0, 3)).toEqual([
      `Tải bản sao lưu backup:${name}`, `Sao lưu backup:${name}`, 'Tải nhật ký kiểm tra audit-log',
    ]);
  });
});
