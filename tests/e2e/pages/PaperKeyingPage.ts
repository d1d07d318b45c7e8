// Paper keying mode as a clerk uses it: keys go to whatever has focus (the slot under the cursor), the slot
// shows its refusal beside it, and finished forms are listed with their serial and dates.
import type { Locator, Page } from 'playwright-core';
import { sendKeys } from '../../helpers/paper-forms.ts';

export class PaperKeyingPage {
  /** Every key sent through this page object, so a test can hold it to a keystroke budget. */
  keysSent = 0;

  constructor(readonly page: Page) {}

  async waitForSlot(slotId: string): Promise<this> {
    await this.page.locator(`#key-${slotId}`).waitFor();
    await this.page.waitForFunction((id) => document.activeElement?.id === `key-${id}`, slotId);
    return this;
  }

  async keys(keys: readonly string[]): Promise<void> {
    await sendKeys(this.page.keyboard, keys);
    this.keysSent += keys.length;
  }

  /** The serial the form on screen suggests, which its first Enter takes: the next one the device and server leave free. */
  suggestedSerial(): Promise<string> {
    return this.page.locator('#key-serial').inputValue();
  }

  slotError(): Locator {
    return this.page.locator('#slot-error [role="alert"]');
  }

  finishedForm(serial: string): Locator {
    return this.page.locator(`.keyed-forms li[data-serial="${serial}"]`);
  }

  practiceBanner(): Locator {
    return this.page.locator('[data-practice="true"]');
  }
}
