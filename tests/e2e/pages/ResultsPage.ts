// The admin's results page as a user sees it: the filters, the cross-tab builder, the free texts and their coding,
// and each question's table (a section per variable).
import type { Locator, Page } from 'playwright-core';

export class ResultsPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/results`);
    await this.page.getByRole('heading', { level: 1, name: 'Kết quả khảo sát' }).waitFor();
    return this;
  }

  async countEverythingAccepted(): Promise<void> {
    await this.page.getByLabel('Phiếu được tính').selectOption({ label: 'Mọi phiếu đã nhận' });
    await this.page.getByRole('button', { name: 'Lập bảng', exact: true }).click();
  }

  total(): Locator {
    return this.page.locator('.results-total');
  }

  async crosstab(rowLabel: string, byLabel: string): Promise<Locator> {
    await this.page.getByLabel('Câu hỏi ở hàng').selectOption({ label: rowLabel });
    await this.page.getByLabel('Theo (cột)').selectOption({ label: byLabel });
    await this.page.getByRole('button', { name: 'Lập bảng chéo' }).click();
    return this.page.locator('table.crosstab-table');
  }

  chiSquare(): Locator {
    return this.page.locator('.results-chi');
  }

  async showTexts(variableLabel: string): Promise<void> {
    await this.page.getByLabel('Câu hỏi', { exact: true }).selectOption({ label: variableLabel });
  }

  groups(): Locator {
    return this.page.locator('.results-groups li');
  }

  async codeGroups(count: number, newLabel: string): Promise<void> {
    for (let i = 0; i < count; i++) await this.groups().nth(i).getByRole('checkbox').check();
    await this.page.getByLabel('Hoặc tên mã mới').fill(newLabel);
    await this.page.getByRole('button', { name: `Gán mã cho ${count} nhóm đã chọn` }).click();
  }

  table(variable: string): Locator {
    return this.page.locator(`section.results-block[data-variable="${variable}"]`);
  }
}
