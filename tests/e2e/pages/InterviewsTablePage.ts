// The office's interviews table (issue 20) as a user sees it: filters by their labels, the rows, the total, the
// next page, and the unit's serial registry download.
import type { Download, Locator, Page } from 'playwright-core';

export class InterviewsTablePage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/review`);
    await this.page.getByRole('heading', { level: 1, name: 'Phiếu đã nhận' }).waitFor();
    return this;
  }

  /** Fills the filters (empty text or the first option clears one) and applies them. */
  async filter(f: {
    unit?: string; account?: string; day?: string; mode?: string; entry?: string; status?: string; flag?: string;
    version?: string; serial?: string; device?: string; sort?: string;
  }): Promise<void> {
    await this.page.getByLabel('Đơn vị').selectOption(f.unit ?? '');
    await this.page.getByLabel('Điều tra viên').selectOption({ label: f.account ?? 'Tất cả' });
    await this.page.getByLabel('Ngày phỏng vấn').fill(f.day ?? '');
    await this.page.getByLabel('Hình thức').selectOption({ label: f.mode ?? 'Tất cả' });
    await this.page.getByLabel('Cách nhập').selectOption({ label: f.entry ?? 'Tất cả' });
    await this.page.getByLabel('Phiên bản bảng hỏi').fill(f.version ?? '');
    await this.page.getByLabel('Mã thiết bị').fill(f.device ?? '');
    await this.page.getByLabel('Trạng thái').selectOption({ label: f.status ?? 'Tất cả' });
    await this.page.getByLabel('Cờ').selectOption({ label: f.flag ?? 'Tất cả' });
    await this.page.getByLabel('Số phiếu').fill(f.serial ?? '');
    await this.page.getByLabel('Sắp xếp').selectOption({ label: f.sort ?? 'Mới nhận trước' });
    await this.page.getByRole('button', { name: 'Lọc' }).click();
  }

  /** Each row's serial, unit and status. */
  async rows(): Promise<string[]> {
    return this.page.locator('table.review-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => `${tr.children[0]!.textContent} ${tr.children[1]!.textContent} ${tr.children[7]!.textContent}`));
  }

  /** Each row's entry ("Nhập từ phiếu giấy"). */
  async entries(): Promise<string[]> {
    return this.page.locator('table.review-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[6]!.textContent ?? ''));
  }

  caption(): Locator {
    return this.page.locator('table.review-table caption');
  }

  more(): Locator {
    return this.page.getByRole('button', { name: 'Xem tiếp' });
  }

  async downloadSerials(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'), this.page.getByRole('link', { name: 'Tải sổ số phiếu của đơn vị (CSV)' }).click(),
    ]);
    return download;
  }
}
