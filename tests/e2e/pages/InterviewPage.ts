// The interview screen: one question per screen, answered by the labels a person reads (code and words),
// Next and Back, and the save line that says whether the last answer is on the device.
import type { Locator, Page } from 'playwright-core';

export class InterviewPage {
  constructor(readonly page: Page) {}

  async waitForQuestion(paperNumber: string): Promise<this> {
    await this.page.locator('.question .paper-number', { hasText: new RegExp(`^${paperNumber}\\.$`) }).first().waitFor();
    return this;
  }

  /** Ticks the option with this code of the question (or grid row) `variable`. */
  async choose(variable: string, code: number): Promise<void> {
    await this.page.locator(`#q-${variable}-${code}`).check();
  }

  /** Taps the option's label, as a finger on a phone does (the context needs hasTouch). */
  async tap(variable: string, code: number): Promise<void> {
    await this.page.locator(`label[for="q-${variable}-${code}"]`).tap();
  }

  async tapNext(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Tiếp|Next)$/ }).tap();
  }

  async type(variable: string, text: string): Promise<void> {
    await this.page.locator(`#q-${variable}`).fill(text);
  }

  field(variable: string): Locator {
    return this.page.locator(`#q-${variable}`);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Tiếp|Next)$/ }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Quay lại|Back)$/ }).click();
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.save-status', { hasText: /Đã lưu trên máy|Saved on this device/ }).waitFor();
  }

  saveFailure(): Locator {
    return this.page.locator('.save-failed');
  }

  readOnlyNotice(): Locator {
    return this.page.locator('[data-lease="elsewhere"]');
  }

  async goHome(): Promise<void> {
    await this.page.getByRole('link', { name: /Về trang chính|Back to home/ }).click();
  }
}
