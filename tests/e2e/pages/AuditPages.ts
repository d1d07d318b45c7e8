// The admin's audit log and backups pages as a user sees them: filters by their labels, the table's rows, the
// CSV link; the backup button, the list and its download links.
import type { Download, Locator, Page } from 'playwright-core';

async function downloadBy(page: Page, link: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return download;
}

export class AuditPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/audit`);
    await this.page.getByRole('heading', { level: 1, name: 'Nhật ký kiểm tra' }).waitFor();
    await this.page.getByRole('button', { name: 'Lọc' }).waitFor();
    return this;
  }

  /** Fills the filters (empty text or '' option clears one) and applies them. */
  async filter(f: { from?: string; to?: string; actor?: string; action?: string }): Promise<void> {
    await this.page.getByLabel('Từ ngày (dd/mm/yyyy)').fill(f.from ?? '');
    await this.page.getByLabel('Đến ngày (dd/mm/yyyy)').fill(f.to ?? '');
    await this.page.getByLabel('Người làm').selectOption({ label: f.actor ?? 'Tất cả' });
    await this.page.getByLabel('Hành động').selectOption({ label: f.action ?? 'Tất cả' });
    await this.page.getByRole('button', { name: 'Lọc' }).click();
  }

  /** Each row's action and target, newest first. */
  async rows(): Promise<string[]> {
    const rows = this.page.locator('table.audit-table tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => `${tr.children[4]!.textContent} ${tr.children[5]!.textContent}`));
  }

  empty(): Locator {
    return this.page.getByText('Không có dòng nào phù hợp.');
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  downloadCsv(): Promise<Download> {
    return downloadBy(this.page, this.page.getByRole('link', { name: 'Tải CSV' }));
  }
}

export class BackupsPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/backups`);
    await this.page.getByRole('heading', { level: 1, name: 'Sao lưu' }).waitFor();
    return this;
  }

  async takeNow(): Promise<string> {
    await this.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const status = this.page.getByRole('status').filter({ hasText: 'Đã sao lưu:' });
    await status.waitFor();
    return (await status.textContent())!.replace('Đã sao lưu: ', '');
  }

  names(): Promise<string[]> {
    return this.page.locator('table.backups-table tbody th').allTextContents();
  }

  download(name: string): Promise<Download> {
    return downloadBy(this.page, this.page.getByRole('row', { name }).getByRole('link', { name: 'Tải về' }));
  }
}
