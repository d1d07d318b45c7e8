// The printable paper form (/admin/surveys/:slug/print): its copies, and the page printed to PDF by Chromium.
import type { Page } from 'playwright-core';

export class PrintFormPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(slug: string, query: { unit: string; from: string; to: string }): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin/surveys/${slug}/print?${new URLSearchParams(query).toString()}`);
    return this;
  }

  copies() { return this.page.locator('.paper-copy'); }
  count() { return this.page.locator('.print-count'); }

  /** The page as Chromium prints it: A4, print CSS, backgrounds off, as "Save as PDF" would. */
  pdf(): Promise<Buffer> { return this.page.pdf({ format: 'A4', preferCSSPageSize: true }); }
}
