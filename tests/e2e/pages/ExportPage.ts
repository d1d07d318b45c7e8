// The admin's download page as a user sees it: format radios, filters by their labels, the count, the link.
import type { Download, Locator, Page } from 'playwright-core';

export class ExportPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/exports`);
    await this.page.getByRole('heading', { level: 1, name: 'Xuất dữ liệu' }).waitFor();
    return this;
  }

  async chooseFormat(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  /** Types the day as an office clerk does, dd/mm/yyyy (the field reads that whatever the browser's language). */
  async setDay(which: 'Từ ngày' | 'Đến ngày', isoDay: string): Promise<void> {
    const [y, m, d] = isoDay.split('-');
    await this.page.getByLabel(which).fill(`${d}/${m}/${y}`);
  }

  count(): Locator {
    return this.page.getByRole('status');
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  downloadLink(): Locator {
    return this.page.getByRole('link', { name: 'Tải tệp xuống' });
  }

  async download(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadLink().click()]);
    return download;
  }
}
