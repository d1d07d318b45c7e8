// The admin's accounts page and an account's own steps (/account/<step>) as a user sees them: fields by their
// labels or ids, an account's row by its username, its buttons by their names.
import type { Locator, Page } from 'playwright-core';

const CONFIRMED = ['Đặt lại mật khẩu', 'Tắt xác thực hai bước'];

export class AccountsPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/accounts`);
    await this.page.getByRole('heading', { level: 1, name: 'Tài khoản', exact: true }).waitFor();
    return this;
  }

  row(username: string): Locator {
    return this.page.locator(`tr[data-username="${username}"]`);
  }

  async create(account: { username: string; displayName: string; password: string }): Promise<void> {
    await this.page.locator('#new-username').fill(account.username);
    await this.page.locator('#new-display-name').fill(account.displayName);
    await this.page.locator('#new-password').fill(account.password);
    await this.page.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
  }

  /** Presses one of a row's buttons ("Giao đơn vị", "Đặt lại mật khẩu"…), accepting the confirmation the reset and
   * the 2FA removal ask. */
  async act(username: string, action: string): Promise<void> {
    if (CONFIRMED.includes(action)) this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByRole('button', { name: `${action}: ${username}`, exact: true }).click();
  }

  async assign(username: string, survey: string, unitNos: readonly string[]): Promise<void> {
    await this.act(username, 'Giao đơn vị');
    await this.page.locator('#assign-survey').selectOption(survey);
    for (const no of unitNos) await this.page.locator(`.unit-picker input[value="${no}"]`).check();
    await this.page.getByRole('button', { name: 'Lưu phân công', exact: true }).click();
  }

  async chooseCsv(name: string, text: string): Promise<void> {
    await this.page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }
}

/** /account/<step>: the change-password form and the code form. */
export class AccountStepPage {
  constructor(readonly page: Page) {}

  async changePassword(current: string, next: string): Promise<void> {
    await this.page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill(current);
    await this.page.locator('#new-password').fill(next);
    await this.page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(next);
    await this.page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
  }

  async enterCode(code: string, submit = 'Xác nhận'): Promise<void> {
    await this.page.getByLabel('Mã xác thực hoặc mã khôi phục', { exact: true }).fill(code);
    await this.page.getByRole('button', { name: submit, exact: true }).click();
  }
}
