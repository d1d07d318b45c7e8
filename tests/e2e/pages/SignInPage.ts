// The sign-in screen as a user sees it: fields found by their labels, errors by their alert role.
import type { Locator, Page } from 'playwright-core';

export class SignInPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/sign-in`);
    await this.page.locator('form').waitFor();
    return this;
  }

  /** Field labels are looked up by their Vietnamese words unless the test switched language. */
  async signIn(username: string, password: string, words = { username: 'Tên đăng nhập', password: 'Mật khẩu', submit: 'Đăng nhập' }) {
    await this.page.getByLabel(words.username, { exact: true }).fill(username);
    await this.page.getByLabel(words.password, { exact: true }).fill(password);
    await this.page.locator('form').getByRole('button', { name: words.submit, exact: true }).click();
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async chooseLanguage(name: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}
