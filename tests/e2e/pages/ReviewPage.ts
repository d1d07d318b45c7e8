// The review screen: the form laid out like paper, its problems as links, Finish, reopen and void.
import type { Locator, Page } from 'playwright-core';

export class ReviewPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<this> {
    await this.page.getByRole('heading', { level: 2, name: /Xem lại phiếu|Review the form/ }).waitFor();
    return this;
  }

  problems(): Locator {
    return this.page.locator('.problems li');
  }

  finishButton(): Locator {
    return this.page.getByRole('button', { name: /Hoàn thành phiếu|Finish the form/ });
  }

  async finish(): Promise<void> {
    await this.finishButton().click();
    await this.page.getByRole('button', { name: /Mở lại để sửa|Reopen to correct/ }).waitFor();
  }

  async voidWith(reason: string): Promise<void> {
    await this.page.getByLabel(/Lý do hủy phiếu|Reason for voiding/).fill(reason);
    await this.page.locator('.void-form').getByRole('button').click();
    await this.page.locator('[data-voided="true"]').waitFor();
  }
}
