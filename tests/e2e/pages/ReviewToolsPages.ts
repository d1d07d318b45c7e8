// The review's tool pages as an admin uses them: double keying (a pair's disagreements and the value picked), one
// interview under review (flags side by side, actions, state) and the uploads list.
import type { Locator, Page } from 'playwright-core';

export class DoubleKeyingPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(survey: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/review/${survey}/double-keying`);
    await this.page.getByRole('heading', { level: 1, name: 'Đối chiếu hai lần nhập phiếu giấy' }).waitFor();
    return this;
  }

  pair(serial: string): Locator {
    return this.page.locator(`article.keying-pair[data-serial="${serial}"]`);
  }

  disagreement(serial: string, variable: string): Locator {
    return this.pair(serial).locator(`tr[data-variable="${variable}"]`);
  }
}

export class InterviewReviewPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(survey: string, id: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/review/${survey}/interviews/${id}`);
    await this.page.getByRole('heading', { level: 1, name: 'Duyệt một phiếu' }).waitFor();
    await this.state().waitFor();
    return this;
  }

  state(): Locator {
    return this.page.locator('.review-state strong');
  }

  async reason(text: string): Promise<void> {
    await this.page.getByLabel('Lý do / lời nhắn cho điều tra viên').fill(text);
  }

  async act(label: string): Promise<void> {
    await this.page.locator('.review-actions').getByRole('button', { name: label, exact: true }).click();
  }

  sideBySide(mateId: string): Locator {
    return this.page.locator(`table.side-by-side[data-mate="${mateId}"]`);
  }
}
