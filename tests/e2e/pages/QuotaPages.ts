// The quota screens as people see them: the admin's province table and share links, a unit's progress page
// (unit board, admin) and the page a share link opens (no account).
import type { Locator, Page } from 'playwright-core';

export class ProvinceDashboardPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/quota`);
    await this.page.getByRole('heading', { level: 1, name: 'Tiến độ thu phiếu toàn tỉnh' }).waitFor();
    await this.row('total').waitFor();
    return this;
  }

  row(unitNo: string): Locator {
    return this.page.locator(`.dash-province tr[data-unit="${unitNo}"]`);
  }

  figure(unitNo: string, column: 'target' | 'received' | 'approved' | 'flagged' | 'waiting' | 'ratio'): Locator {
    return this.row(unitNo).locator(`td[data-col="${column}"]`);
  }

  async unitNumbers(): Promise<string[]> {
    return this.page.locator('.dash-province tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unit') ?? ''));
  }

  async sortBy(column: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${column}`) }).click();
  }

  async filterKind(label: string): Promise<void> {
    await this.page.getByLabel('Loại đơn vị', { exact: true }).selectOption({ label });
  }
}

export class UnitDashboardPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(survey: string, unitNo: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}/quota/${survey}/units/${unitNo}`);
    return this;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  figure(name: 'target' | 'received' | 'approved' | 'flagged' | 'waiting' | 'remaining' | 'overBy'): Locator {
    return this.page.locator(`.dash-summary [data-figure="${name}"] dd`);
  }

  byDay(): Locator {
    return this.page.locator('table[data-table="by-day"]');
  }

  byEnumerator(): Locator {
    return this.page.locator('table[data-table="by-enumerator"]');
  }
}

export class ShareLinksAdminPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/share-links`);
    await this.page.getByRole('heading', { level: 1, name: 'Liên kết chia sẻ' }).waitFor();
    await this.page.getByLabel('Đơn vị', { exact: true }).locator('option').first().waitFor({ state: 'attached' });
    return this;
  }

  /** Makes a link and returns its address, read from the box it is shown in once. */
  async create(unitNo: string, label: string): Promise<string> {
    await this.page.getByLabel('Đơn vị', { exact: true }).selectOption(unitNo);
    await this.page.getByLabel(/^Ghi chú/).fill(label);
    await this.page.getByRole('button', { name: 'Tạo liên kết' }).click();
    const box = this.page.getByLabel('Liên kết mới');
    await box.waitFor();
    return box.inputValue();
  }

  async revoke(unitNo: string): Promise<void> {
    const row = this.page.locator('tr', { has: this.page.getByRole('rowheader', { name: new RegExp(`^${unitNo}\\.`) }) });
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await row.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await row.getByText(/^Đã thu hồi/).waitFor();
  }
}
