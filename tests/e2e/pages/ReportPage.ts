// The Word report page as an analyst sees it: questions by their titles, the cross-tabs box, the document's
// fields by their labels, the outline preview and the download link.
import type { Download, Locator, Page } from 'playwright-core';

export class ReportPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/report`);
    await this.page.getByRole('heading', { level: 1, name: 'Báo cáo Word' }).waitFor();
    return this;
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  async chooseOnly(titles: readonly string[]): Promise<void> {
    await this.page.getByText('Câu hỏi đưa vào báo cáo').click();
    await this.page.getByRole('checkbox', { name: 'Chọn tất cả' }).uncheck();
    for (const title of titles) await this.page.getByRole('checkbox', { name: title }).check();
  }

  /** Picks a question and what to cross it by from the two lists, and adds the pair. */
  async addCrosstab(row: string, by: string): Promise<void> {
    await this.page.getByLabel('Bảng chéo: câu hỏi').selectOption({ label: row });
    await this.page.getByLabel('Bảng chéo: theo').selectOption({ label: by });
    await this.page.getByRole('button', { name: 'Thêm bảng chéo' }).click();
  }

  crosstabsBox(): Locator {
    return this.page.getByLabel('Bảng chéo (mỗi dòng một cặp CÂU:THEO, ví dụ c9:unitKind)');
  }

  async preview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Xem dàn ý' }).click();
    await this.outline().waitFor();
  }

  outline(): Locator {
    return this.page.locator('.report-outline');
  }

  headings(): Promise<string[]> {
    return this.page.locator('.report-headings li').allTextContents();
  }

  refused(): Locator {
    return this.page.locator('.report-refused');
  }

  async download(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('link', { name: 'Tải báo cáo (.docx)' }).click()]);
    return download;
  }
}
