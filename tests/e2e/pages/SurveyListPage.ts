// The start page after sign-in: the surveys, their figures, the account's units and the header's menu.
import type { Locator, Page } from 'playwright-core';
import { AppMenu } from './AppMenu.ts';

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

  menu(): AppMenu {
    return new AppMenu(this.page);
  }

  /** The account line in the header's menu (opened for it). */
  accountLine(): Promise<string> {
    return this.menu().accountLine();
  }

  /** An office account signs out at once (nothing of its work lives on the device). */
  async signOut(name = 'Đăng xuất'): Promise<void> {
    await (await this.menu().signOutButton(name)).click();
  }

  async chooseLanguage(name: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.menu().chooseLanguage(name);
  }
}
