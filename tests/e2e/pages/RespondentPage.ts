// The online respondent's page (/r/<token>) as a respondent uses it: the intro, one question per screen, the
// end screens. `answerCurrent` answers whatever question is on screen plainly (first choice, an age, a sentence).
import type { Page } from 'playwright-core';

export class RespondentPage {
  constructor(readonly page: Page, readonly baseUrl: string, readonly token: string) {}

  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/r/${this.token}`);
    return this;
  }

  text(words: string | RegExp) {
    return this.page.getByText(words);
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bắt đầu trả lời' }).click();
  }

  /** "Câu 3/15" */
  async step(): Promise<string> {
    return (await this.page.getByText(/^Câu \d+\/\d+$/).textContent()) ?? '';
  }

  async question(): Promise<string> {
    return (await this.page.locator('p.q').first().textContent()) ?? '';
  }

  async next(): Promise<void> {
    await this.page.locator('button.go').click();
  }

  async answerAge(years: number): Promise<void> {
    await this.page.getByText('Tuổi', { exact: false }).first().waitFor();
    await this.page.locator('input[inputmode=decimal]').fill(String(years));
    await this.next();
  }

  /** Answers the question on screen and moves on; false once no question is left on screen. */
  async answerCurrent(): Promise<boolean> {
    const card = this.page.locator('.card');
    await card.first().waitFor();
    const button = this.page.locator('button.go');
    if (await button.count() === 0) return false;
    const label = (await button.textContent()) ?? '';
    if (!/^(Tiếp|Gửi phiếu)$/.test(label)) return false;
    const groups = this.page.locator('fieldset');
    if (await groups.count() > 0) {
      for (const group of await groups.all()) await group.locator('label.opt').first().click();
    } else if (await this.page.locator('label.opt').count() > 0) {
      await this.page.locator('label.opt').first().click();
    } else if (await this.page.locator('input[inputmode=decimal]').count() > 0) {
      await this.page.locator('input[inputmode=decimal]').fill('35');
    } else if (await this.page.locator('textarea').count() > 0) {
      await this.page.locator('textarea').fill('Không có ý kiến thêm.');
    }
    await button.click();
    return label === 'Tiếp';
  }

  /** Answers until the last question has been sent. */
  async answerToTheEnd(): Promise<void> {
    for (let i = 0; i < 60 && await this.answerCurrent(); i++) { /* one question a turn */ }
  }
}
