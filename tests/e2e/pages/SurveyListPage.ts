// The start page after sign-in: the surveys, their figures, the account's units and the account bar.
import type { Locator, Page } from 'playwright-core';

export class SurveyListPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async waitUntilShown(title = 'Các cuộc khảo sát'): Promise<this> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.locator('article.card').first().waitFor();
    return this;
  }

  survey(slugOrTitle: string): Locator {
    return this.page.locator('article.card', { hasText: slugOrTitle });
  }

  async unitNumbers(): Promise<string[]> {
    return this.page.locator('.unit-list li').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit') ?? ''));
  }

  accountBar(): Locator {
    return this.page.getByRole('navigation').filter({ has: this.page.locator('.account-name') });
  }

  async signOut(name = 'Đăng xuất'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  async chooseLanguage(name: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}
