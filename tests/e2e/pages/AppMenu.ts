// The header's menu as a user sees it: one button, and behind it the account line, the language, the admin and
// password links, and sign-out (an enumerator's sign-out asks first, saying what stays on the device).
import type { Locator, Page } from 'playwright-core';

export class AppMenu {
  constructor(readonly page: Page) {}

  button(): Locator {
    return this.page.locator('header .menu-button');
  }

  panel(): Locator {
    return this.page.locator('#account-menu');
  }

  async open(): Promise<Locator> {
    if ((await this.button().getAttribute('aria-expanded')) !== 'true') await this.button().click();
    await this.panel().waitFor();
    return this.panel();
  }

  async accountLine(): Promise<string> {
    return ((await (await this.open()).locator('.account-name').textContent()) ?? '').trim();
  }

  async chooseLanguage(name: 'Tiếng Việt' | 'English'): Promise<void> {
    await (await this.open()).getByRole('button', { name, exact: true }).click();
  }

  async link(name: string): Promise<Locator> {
    return (await this.open()).getByRole('link', { name, exact: true });
  }

  /** The sign-out button in the open menu (none on entry screens). */
  async signOutButton(name = 'Đăng xuất'): Promise<Locator> {
    return (await this.open()).getByRole('button', { name, exact: true });
  }

  /** Asks to sign out; an enumerator gets the confirmation, returned here, an office account is signed out. */
  async askSignOut(name = 'Đăng xuất'): Promise<Locator> {
    await (await this.signOutButton(name)).click();
    return this.page.getByRole('alertdialog');
  }

  /** Signs an enumerator out through the confirmation. */
  async signOut(name = 'Đăng xuất'): Promise<void> {
    const dialog = await this.askSignOut(name);
    await dialog.getByRole('button', { name, exact: true }).click();
    await this.page.waitForURL(/\/sign-in$/);
  }
}
