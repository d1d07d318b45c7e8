// Page objects of the hand-over by file: the phone's card on the home screen, and the admin's import page.
import type { Download, Page } from 'playwright-core';

export class HandoverCard {
  constructor(readonly page: Page) {}

  /** Presses "Xuất phiếu ra tệp" and returns the download (headless Chromium cannot share files). */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Xuất phiếu ra tệp' }).click();
    // A refusal ("no key", "nothing to write") is said on the card instead of a download: fail with its words.
    const said = this.page.locator('.handover [role="status"]');
    return Promise.race([download, said.waitFor().then(async () => {
      throw new Error(`no download: ${await said.textContent()}`);
    })]);
  }

  /** How many exported forms wait for the server's confirmation (0 when the line is not shown). */
  async pending(): Promise<number> {
    const line = this.page.locator('[data-handed-over]');
    return (await line.count()) === 0 ? 0 : Number(await line.getAttribute('data-handed-over'));
  }
}

export class HandoverImportPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/handover`);
    await this.page.getByRole('heading', { level: 1, name: 'Nhập tệp phiếu từ thiết bị' }).waitFor();
    return this;
  }

  async importFile(path: string): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles(path);
    await this.page.getByRole('button', { name: 'Nhập tệp' }).click();
    await this.page.locator('[role="status"], [role="alert"]').first().waitFor();
  }

  /** Each row of the result: the interview's id and its outcome. */
  async outcomes(): Promise<{ id: string; outcome: string }[]> {
    return this.page.locator('tr[data-interview]').evaluateAll((rows) => rows.map((row) => ({
      id: row.getAttribute('data-interview') ?? '', outcome: row.getAttribute('data-outcome') ?? '',
    })));
  }

  /** The result's first line (whose file, how many forms); a refusal fails with its words instead. */
  async summary(): Promise<string> {
    const alert = this.page.locator('[role="alert"]');
    if (await alert.count() > 0) throw new Error(`refused: ${await alert.textContent()}`);
    return (await this.page.locator('[role="status"] p').first().textContent()) ?? '';
  }
}
