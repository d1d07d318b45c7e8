// The XLSForm import page (/admin/surveys/:slug/xlsform): choose a file, read its faults or problems, save it.
import type { Page } from 'playwright-core';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class XlsformImportPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(slug: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/surveys/${slug}/xlsform`);
    return this;
  }

  async choose(name: string, bytes: Uint8Array): Promise<void> {
    await this.page.locator('input[name="xlsform"]').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  }

  faults() { return this.page.locator('.xlsform-errors li'); }
  problems() { return this.page.locator('.xlsform-problems li'); }
  saveButton() { return this.page.getByRole('button', { name: 'Lưu thành bản nháp' }); }
}
