// The enumerator's home as a user sees it: states with their counts, drafts to continue, and per unit the
// quota figures, and first of all the buttons that start a new interview.
import type { Locator, Page } from 'playwright-core';
import { AppMenu } from './AppMenu.ts';

export type Figure = 'target' | 'synced' | 'waiting' | 'remaining' | 'mine';

export class HomePage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async waitUntilShown(title = 'Phiếu của tôi'): Promise<this> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.locator('.home[data-ready]').waitFor();
    return this;
  }

  async unitNumbers(): Promise<string[]> {
    return this.page.locator('.quota-list > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit') ?? ''));
  }

  unit(unitNo: string): Locator {
    return this.page.locator(`.quota-list li[data-unit="${unitNo}"]`);
  }

  async figure(unitNo: string, figure: Figure): Promise<string> {
    return (await this.unit(unitNo).locator(`[data-figure="${figure}"] dd`).textContent())?.trim() ?? '';
  }

  async stateCount(state: 'draft' | 'finished' | 'synced' | 'needs_correction' | 'rejected'): Promise<number> {
    return Number(await this.page.locator(`.state-counts li[data-state="${state}"] .count`).textContent());
  }

  async drafts(): Promise<string[]> {
    return this.page.locator('.draft-list .draft-serial').allTextContents();
  }

  /** Starts a face-to-face interview (the new-interview page offers paper keying too; see startPaperKeying). */
  async startInterview(unitNo: string, serial?: string, options: { practice?: boolean } = {}): Promise<void> {
    await this.openNewInterview(unitNo);
    await this.page.locator('#mode-interview').check();
    if (options.practice) await this.page.locator('#practice').check();
    const field = this.page.getByLabel(/Số phiếu|Form number/);
    await field.waitFor();
    if (serial !== undefined) await field.fill(serial);
    await this.page.getByRole('button', { name: /Bắt đầu|Start/ }).click();
    await this.page.waitForURL(/\/interviews\/[0-9a-f-]{36}/);
  }

  /** The home's first block: "Phiếu mới" for a unit. */
  newInterviewLink(unitNo: string): Locator {
    return this.page.locator(`.start-work a[data-unit="${unitNo}"]`);
  }

  async openNewInterview(unitNo: string): Promise<void> {
    await this.newInterviewLink(unitNo).click();
    await this.page.locator('#mode-interview').waitFor();
  }

  /** Opens paper keying mode for a unit from the new-interview page. */
  async startPaperKeying(unitNo: string, options: { practice?: boolean } = {}): Promise<void> {
    await this.openNewInterview(unitNo);
    await this.page.locator('#mode-paper').check();
    if (options.practice) await this.page.locator('#practice').check();
    await this.page.getByRole('button', { name: /Bắt đầu|Start/ }).click();
    await this.page.waitForURL(/\/interviews\/key\//);
  }

  async continueDraft(serial: string): Promise<void> {
    await this.page.locator('.draft-list li', { hasText: `Phiếu số ${serial}` }).getByRole('link').click();
    await this.page.waitForURL(/\/interviews\/[0-9a-f-]{36}/);
  }

  storageFigure(name: 'persisted' | 'used' | 'free' | 'unsynced' | 'oldest' | 'build'): Locator {
    return this.page.locator(`.storage-health [data-figure="${name}"] dd`);
  }

  menu(): AppMenu {
    return new AppMenu(this.page);
  }

  /** Signs out from the header's menu, through its confirmation. */
  async signOut(): Promise<void> {
    await this.menu().signOut();
  }
}
