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

export class BatchesPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/batches`);
    await this.page.getByRole('heading', { level: 1, name: 'Các lần gửi phiếu, mới nhất trước' }).waitFor();
    await this.page.locator('tr[data-batch]').first().waitFor();
    return this;
  }

  rows(): Locator {
    return this.page.locator('tr[data-batch]');
  }

  /** How each listed batch came, in words ("Đồng bộ", "Tệp phiếu"), newest first. */
  async vias(): Promise<string[]> {
    return this.rows().locator('td[data-via]').allTextContents();
  }

  /** Shows only the batches that came this way ("Tất cả", "Đồng bộ", "Tệp phiếu"), waiting for the list to say so. */
  async show(words: string): Promise<void> {
    await this.page.getByRole('button', { name: words, exact: true }).click();
    await this.page.getByRole('button', { name: words, exact: true, pressed: true }).waitFor();
  }

  /** Opens the newest listed batch on its receipts. */
  async openNewest(): Promise<void> {
    await this.rows().first().getByRole('button').click();
  }
}
