// The questionnaire builder (issue 19): an admin builds a five-question questionnaire from the empty template —
// a skip and an exclusive option among them —, moves a question with the keyboard alone, undoes and redoes an
// edit, answers it in both preview modes, and publishes it. A second editor's stale save is refused with nothing
// lost. An enumerator's phone then gets the questionnaire at sync and sends one interview that the server holds.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createAccount } from '#server/services/accounts.ts';
import { createDraftSurvey, replaceUnits } from '#server/services/survey-setup.ts';
import { useBrowserHarness } from './support/harness.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';
import { ReviewPage } from './pages/ReviewPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { SyncPanel } from './pages/SyncPanel.ts';

const SLUG = 'y-kien-dich-vu-cong';
const PASSWORD = 'mat-khau-thu-nghiem';
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const h = useBrowserHarness({
  timeout: 15_000,
  prepare: async (server) => {
    const now = Date.now();
    createDraftSurvey(server.db, {
      title: 'Ý kiến về dịch vụ công trực tuyến', slug: SLUG, modes: ['direct'],
      windows: { direct: { start: `${isoDay(now - 10 * DAY)}T00:00:00+07:00`, end: `${isoDay(now + 30 * DAY)}T23:59:59+07:00` } },
    }, new Date(now).toISOString());
    replaceUnits(server.db, SLUG, [
      { no: '01', code: '001', name: 'Phường An Tảo', kind: 'ward', quota: 10 },
      { no: '02', code: '002', name: 'Xã Hùng An', kind: 'commune', quota: 10 },
    ]);
    await createAccount(server.db, { username: 'dtvmoi', displayName: 'Điều tra viên mới', role: 'enumerator', password: PASSWORD },
      [{ surveySlug: SLUG, unitNos: ['01'] }], new Date(now).toISOString());
  },
});

/** The builder's page: cards by place, the open card's fields, the save line. */
class Builder {
  constructor(readonly page: Page) {}
  cards(): Locator { return this.page.locator('.question-card'); }
  card(variable: string): Locator { return this.page.locator(`.question-card[data-variable="${variable}"]`); }
  fields(): Locator { return this.page.locator('.question-card.open .question-fields'); }
  async order(): Promise<string[]> { return this.cards().evaluateAll((cards) => cards.map((c) => c.getAttribute('data-variable') ?? '')); }
  async saved(): Promise<void> { await this.page.locator('.save-bar[data-save="saved"]').waitFor(); }
  async add(kind: string, text: string): Promise<Locator> {
    await this.page.getByLabel('Loại câu mới').selectOption({ label: kind });
    await this.page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const fields = this.fields();
    await fields.getByLabel('Nội dung câu hỏi').fill(text);
    return fields;
  }
  async options(fields: Locator, labels: string[]): Promise<void> {
    for (let i = 0; i < labels.length; i++) {
      if (await fields.getByLabel(`Nội dung phương án ${i + 1}`).count() === 0) await fields.getByRole('button', { name: 'Thêm phương án' }).click();
      await fields.getByLabel(`Nội dung phương án ${i + 1}`).fill(labels[i]!);
    }
    while (await fields.getByLabel(`Nội dung phương án ${labels.length + 1}`).count() > 0) {
      await fields.getByRole('button', { name: `Xóa phương án ${labels.length + 1}` }).click();
    }
  }
}

async function buildQuestionnaire(page: Page, b: Builder): Promise<void> {
  let fields = await b.add('Chọn một', 'Giới tính:');
  await b.options(fields, ['Nam', 'Nữ']);
  fields = await b.add('Số', 'Tuổi của Ông/Bà:');
  await fields.getByLabel('Nhỏ nhất').fill('18');
  await fields.getByLabel('Lớn nhất').fill('100');
  fields = await b.add('Chọn nhiều', 'Khó khăn khi làm thủ tục:');
  await b.options(fields, ['Đi lại xa', 'Thủ tục rườm rà', 'Không có khó khăn gì']);
  await fields.getByLabel('Phương án 3 chỉ được chọn riêng').check();
  fields = await b.add('Chọn một', 'Ông/Bà đã dùng dịch vụ công trực tuyến chưa?');
  await b.options(fields, ['Đã dùng', 'Chưa dùng']);
  fields = await b.add('Văn bản', 'Vì sao Ông/Bà chưa dùng?');
  // The skip, chosen from lists: Câu 5 only when Câu 4 is 2.
  await fields.getByRole('button', { name: 'Thêm điều kiện' }).click();
  await fields.getByLabel('Câu của điều kiện 1').selectOption({ label: 'Câu 4 – Ông/Bà đã dùng dịch vụ công trực tuyến chưa?' });
  await fields.getByLabel('Phép so sánh của điều kiện 1').selectOption({ label: 'bằng' });
  await fields.getByLabel('Giá trị của điều kiện 1').selectOption({ label: '2. Chưa dùng' });
  await b.card('c5').locator('.badge', { hasText: 'có điều kiện' }).waitFor();
  await b.saved();
  expect(await b.order()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  expect(await page.locator('.question-card.has-problems').count()).toBe(0);
}

describe('the questionnaire builder', { timeout: 120_000 }, () => {
  it('builds, reorders, undoes, previews and publishes a questionnaire that a phone then keys', async () => {
    const { page } = h;
    await h.signIn('admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${h.baseUrl}/admin/surveys/${SLUG}`);
    await page.getByLabel('Mẫu bảng hỏi').selectOption({ label: 'Bảng hỏi trống (soạn từ đầu)' });
    await page.getByRole('button', { name: 'Chép mẫu vào bản nháp mới' }).click();
    await page.locator('.versions li[data-status="draft"]').getByRole('link', { name: 'Soạn' }).click();
    const b = new Builder(page);
    await page.getByRole('heading', { name: 'Soạn bảng hỏi – phiên bản 1' }).waitFor();
    // An empty questionnaire cannot be published, and says why.
    await page.getByText('Còn 2 lỗi cần sửa trước khi phát hành.').waitFor();

    await buildQuestionnaire(page, b);

    // The keyboard alone: Alt+↑ on Câu 2's handle moves it above Câu 1, the focus follows it, Alt+↓ moves it back.
    await b.card('c2').locator('.drag-handle').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => b.order()).toEqual(['c2', 'c1', 'c3', 'c4', 'c5']);
    expect(await page.evaluate(() => document.activeElement?.closest('.question-card')?.getAttribute('data-variable'))).toBe('c2');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => b.order()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);

    // Undo and redo: a typed text is one step.
    await b.card('c1').locator('.card-title').click();
    await b.fields().getByLabel('Nội dung câu hỏi').fill('Giới tính của Ông/Bà:');
    await b.card('c1').getByText('Giới tính của Ông/Bà:').waitFor();
    await page.keyboard.press('Control+z');
    await b.card('c1').locator('.card-title', { hasText: /Giới tính:/ }).waitFor();
    await page.getByRole('button', { name: 'Làm lại', exact: true }).click();
    await b.card('c1').getByText('Giới tính của Ông/Bà:').waitFor();
    await b.saved();

    // The preview as an enumerator: Câu 5 is on the path only after "Chưa dùng".
    const preview = page.locator('.builder-preview');
    await preview.locator('#q-c1-1').check();
    await preview.getByRole('button', { name: 'Tiếp' }).click();
    await preview.locator('#q-c2').fill('45');
    await preview.getByRole('button', { name: 'Tiếp' }).click();
    await preview.locator('#q-c3-1').check();
    await preview.locator('#q-c3-3').check(); // the exclusive option clears the others
    expect(await preview.locator('#q-c3-1').isChecked()).toBe(false);
    await preview.getByRole('button', { name: 'Tiếp' }).click();
    await preview.locator('#q-c4-1').check();
    await preview.getByText('Câu 4/4').waitFor();
    await preview.locator('#q-c4-2').check();
    await preview.getByText('Câu 4/5').waitFor();
    // …and as a clerk keying the paper form: the suggested serial, then Câu 1's code.
    await preview.getByRole('button', { name: 'Nhập phiếu giấy' }).click();
    await preview.locator('.slot.current .slot-box').click();
    await page.keyboard.press('Enter');
    await preview.locator('.slot.current[data-slot="c1"]').waitFor();
    await page.keyboard.type('2');
    await preview.locator('.slot.current[data-slot="c2"]').waitFor();
    expect(await preview.locator('[data-slot="c1"] .slot-value').textContent()).toContain('Nữ');

    // A second editor saves first: this editor's next save is refused, its edit stays on screen, and kept on purpose.
    const other = await h.openBrowser();
    await h.signIn('admin', other.page);
    await other.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await other.page.goto(page.url());
    const otherBuilder = new Builder(other.page);
    await otherBuilder.card('c2').locator('.card-title').click();
    await otherBuilder.fields().getByLabel('Hướng dẫn (không bắt buộc)').fill('Ghi số tuổi tròn.');
    await otherBuilder.saved();
    await b.card('c4').locator('.card-title').click();
    await b.fields().getByLabel('Nội dung câu hỏi').fill('Ông/Bà đã từng dùng dịch vụ công trực tuyến chưa?');
    await page.locator('.save-bar[data-save="stale"]').getByText(/Người khác đã lưu bản nháp này/).waitFor();
    expect(await b.card('c4').getByText('Ông/Bà đã từng dùng dịch vụ công trực tuyến chưa?').count()).toBe(1);
    await page.getByRole('button', { name: 'Giữ bản của tôi (lưu đè)' }).click();
    await b.saved();
    await other.page.reload();
    await otherBuilder.card('c4').getByText('Ông/Bà đã từng dùng dịch vụ công trực tuyến chưa?').waitFor();

    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.locator('.versions li[data-status="published"]').waitFor();
    await page.getByRole('button', { name: 'Mở khảo sát' }).click();
    await page.locator('.survey-setup[data-state="open"]').waitFor();

    // The phone: signs in, gets the questionnaire, keys one interview with the skip taken, sends it.
    const phone = await h.openBrowser();
    await new SignInPage(phone.page, h.baseUrl).open().then((p) => p.signIn('dtvmoi', PASSWORD));
    const home = await new HomePage(phone.page, h.baseUrl).waitUntilShown();
    await home.startInterview('01', '0101');
    const form = await new InterviewPage(phone.page).waitForQuestion('Câu 1');
    await form.choose('c1', 2);
    await form.next();
    await form.waitForQuestion('Câu 2');
    await form.type('c2', '37');
    await form.next();
    await form.waitForQuestion('Câu 3');
    await form.choose('c3', 3);
    await form.next();
    await form.waitForQuestion('Câu 4');
    await form.choose('c4', 1);
    await form.next();
    await form.waitUntilSaved();
    await phone.page.getByRole('link', { name: 'Xem lại và hoàn thành' }).click();
    await new ReviewPage(phone.page).waitUntilShown().then((review) => review.finish());
    await phone.page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    await new SyncPanel(phone.page).syncNow();
    await expect.poll(() => h.server.db.prepare(
      'SELECT count(*) AS n FROM interviews i JOIN surveys s ON s.id = i.survey_id WHERE s.slug = ? AND i.serial = ?',
    ).get(SLUG, '0101')).toEqual({ n: 1 });
    const record = JSON.parse((h.server.db.prepare('SELECT i.record FROM interviews i JOIN surveys s ON s.id = i.survey_id WHERE s.slug = ? AND i.serial = ?').get(SLUG, '0101') as { record: string }).record) as { answers: unknown };
    expect(record.answers).toEqual({ c1: 2, c2: 37, c3: [3], c4: 1, c5: { missing: -1 } });
  });
});
