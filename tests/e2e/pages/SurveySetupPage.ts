// The office's survey setup as an admin uses it: the surveys page, the settings form, units with their preview,
// sub-quota cells, the questionnaire from the templates, and the lifecycle buttons.
import type { Locator, Page } from 'playwright-core';

export type ModeWindow = { wholeDays: true; first: string; last: string } | { wholeDays: false; start: string; end: string };

export class SurveySetupPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async openList(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/admin`);
    await this.page.waitForURL(/\/admin\/surveys$/);
    await this.page.getByRole('heading', { level: 1, name: 'Khảo sát', exact: true }).waitFor();
    return this;
  }

  row(slug: string): Locator {
    return this.page.locator(`table.surveys tr[data-survey="${slug}"]`);
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Khảo sát mới' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Khảo sát mới' }).waitFor();
  }

  slug(): Locator {
    return this.page.getByLabel('Mã rút gọn (chữ không dấu)');
  }

  async fillTitle(title: string): Promise<void> {
    await this.page.getByLabel('Tên cuộc khảo sát').fill(title);
  }

  async setMode(mode: 'Trực tiếp' | 'Trực tuyến', on: boolean): Promise<void> {
    await this.page.locator(`.mode[data-mode="${mode === 'Trực tiếp' ? 'direct' : 'online'}"] > label.choice input`).first().setChecked(on);
  }

  /** Days typed dd/mm/yyyy, times dd/mm/yyyy hh:mm: the field reads them whatever the browser's language. */
  async setWindow(mode: 'Trực tiếp' | 'Trực tuyến', window: ModeWindow): Promise<void> {
    const box = this.page.locator(`.mode[data-mode="${mode === 'Trực tiếp' ? 'direct' : 'online'}"]`);
    await box.getByLabel('Cả ngày').setChecked(window.wholeDays);
    if (window.wholeDays) {
      await box.getByLabel(`${mode}: từ ngày`).fill(window.first);
      await box.getByLabel(`${mode}: đến hết ngày`).fill(window.last);
    } else {
      await box.getByLabel(`${mode}: bắt đầu`).fill(window.start);
      await box.getByLabel(`${mode}: kết thúc`).fill(window.end);
    }
  }

  async fillMinAge(years: string, variable: string): Promise<void> {
    await this.page.getByLabel('Tuổi tối thiểu của người trả lời').fill(years);
    await this.page.getByLabel('Câu hỏi ghi tuổi (biến, ví dụ c2)').fill(variable);
  }

  async saveSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  }

  async waitForSurvey(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  async chooseUnitsFile(path: string): Promise<Locator> {
    await this.page.getByLabel('Nhập danh sách đơn vị (CSV hoặc Excel .xlsx)').setInputFiles(path);
    const preview = this.page.locator('[data-preview]');
    await preview.waitFor();
    return preview;
  }

  async applyUnits(): Promise<void> {
    await this.page.getByRole('button', { name: 'Áp dụng' }).click();
    await this.page.locator('[data-preview]').waitFor({ state: 'detached' });
  }

  totals(): Locator {
    return this.page.locator('[data-figure="totals"]');
  }

  async setTarget(unitNo: string, target: string): Promise<void> {
    await this.page.getByLabel(`Chỉ tiêu đơn vị ${unitNo}`, { exact: true }).fill(target);
  }

  async saveTargets(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu chỉ tiêu', exact: true }).click();
  }

  /** Returns the status the server answered the save with. */
  async setSubQuota(variable: string, codes: string, cells: Record<string, Record<string, string>>): Promise<number> {
    await this.page.getByLabel('Câu hỏi một lựa chọn (biến, ví dụ c1)').fill(variable);
    await this.page.getByLabel('Các mã, cách nhau bởi dấu phẩy').fill(codes);
    for (const [unitNo, byCode] of Object.entries(cells)) {
      for (const [code, target] of Object.entries(byCode)) await this.page.getByLabel(`Đơn vị ${unitNo}, mã ${code}`, { exact: true }).fill(target);
    }
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/sub-quotas') && r.request().method() === 'POST');
    await this.page.getByRole('button', { name: 'Lưu chỉ tiêu phụ' }).click();
    return (await saved).status();
  }

  async copyTemplateAndPublish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Chép mẫu vào bản nháp mới' }).click();
    const draft = this.page.locator('.versions li[data-status="draft"]');
    await draft.waitFor();
    await draft.getByRole('button', { name: 'Công bố' }).click();
    await this.page.locator('.versions li[data-status="published"]').waitFor();
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mở khảo sát' }).click();
    await this.page.locator('.survey-setup[data-state="open"]').waitFor();
  }

  fieldError(field: string): Locator {
    return this.page.locator(`[data-field="${field}"]`);
  }
}
