// The home screen's sync panel: "Sync now", the last error, the last success, and the forms to correct.
import type { Locator, Page } from 'playwright-core';

export class SyncPanel {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.locator('.sync-status');
  }

  async syncNow(): Promise<void> {
    await this.root().getByRole('button', { name: /Đồng bộ ngay|Sync now/ }).click();
  }

  error(): Locator {
    return this.root().locator('[data-sync="error"]');
  }

  lastSuccess(): Locator {
    return this.root().locator('[data-sync="last-success"]');
  }

  /** The line of one form to correct, with its reason or the admin's comment. */
  attention(id: string): Locator {
    return this.root().locator(`.attention-list li[data-interview="${id}"]`);
  }
}
