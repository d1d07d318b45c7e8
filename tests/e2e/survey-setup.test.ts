// An office sets up a survey from scratch on a new database (no demo): settings, the 22 units from the fixture
// file with the preview, a sub-quota on Câu 1, the demo questionnaire from the templates, published, opened. An
// enumerator of unit 07 then sees it on a phone, and a window extended by a day reaches the phone at its next sync.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount } from '#server/services/accounts.ts';
import { useBrowserHarness } from './support/harness.ts';
import { launchBrowser } from './support/browser.ts';
import { HomePage } from './pages/HomePage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { SurveySetupPage, type ModeWindow } from './pages/SurveySetupPage.ts';
import { SyncPanel } from './pages/SyncPanel.ts';

const UNITS_CSV = fileURLToPath(new URL('../fixtures/units-hung-yen-2026.csv', import.meta.url));
const PASSWORD = 'mat-khau-thu-nghiem';
const h = useBrowserHarness({
  demo: false,
  timeout: 15_000,
  prepare: async (server) => {
    await createAccount(server.db, { username: 'quantri', displayName: 'Phòng Thông tin – Tổng hợp', role: 'admin', password: PASSWORD }, [], new Date().toISOString());
  },
});

type Plan = {
  title: string; slug: string; modes: { direct?: ModeWindow; online?: ModeWindow }; minAge?: [string, string];
  targets?: string; subQuota?: boolean;
  /** Try refusals first, each shown beside its field: a window ending before it starts, a slug taken, a negative target. */
  refusals?: { takenSlug: string }; phoneWindow: string; extended: { mode: 'Trực tiếp'; window: ModeWindow; phoneWindow: string };
};

async function setUp(plan: Plan) {
  const office = new SurveySetupPage(h.page, h.baseUrl);
  await new SignInPage(h.page, h.baseUrl).open().then((p) => p.signIn('quantri', PASSWORD));
  await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await office.openList();
  await office.startNew();
  await office.fillTitle(plan.title);
  expect(await office.slug().inputValue()).toBe(plan.slug);
  if (plan.refusals) {
    await office.setWindow('Trực tiếp', { wholeDays: true, first: '17/08/2022', last: '12/08/2022' });
    await office.saveSettings();
    await h.page.getByText('Thời điểm kết thúc phải sau thời điểm bắt đầu.').waitFor();
    await office.slug().fill(plan.refusals.takenSlug);
    await office.setWindow('Trực tiếp', { wholeDays: true, first: '12/08/2022', last: '17/08/2022' });
    await office.saveSettings();
    await office.fieldError('slug').getByText(`Mã rút gọn “${plan.refusals.takenSlug}” đã được một cuộc khảo sát khác dùng.`).waitFor();
    await office.slug().fill(plan.slug);
  }
  await office.setMode('Trực tiếp', plan.modes.direct !== undefined);
  if (plan.modes.direct) await office.setWindow('Trực tiếp', plan.modes.direct);
  if (plan.modes.online) {
    await office.setMode('Trực tuyến', true);
    await office.setWindow('Trực tuyến', plan.modes.online);
  }
  if (plan.minAge) await office.fillMinAge(...plan.minAge);
  await office.saveSettings();
  await office.waitForSurvey(plan.title);

  if (plan.refusals) {
    // A file with a bad line: named by its line, nothing applied.
    await h.page.getByLabel('Nhập danh sách đơn vị (CSV hoặc Excel .xlsx)').setInputFiles({
      name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from('no,code,name,kind,quota\n01,A,Phường A,ward,45\n02,B,Xã B,commune,bốn\n'),
    });
    await h.page.getByText('Dòng 3: chỉ tiêu “bốn” không phải là số.').waitFor();
    expect(await office.totals().textContent()).toBe('0 đơn vị · 0 phiếu');
  }
  const preview = await office.chooseUnitsFile(UNITS_CSV);
  expect(await preview.locator('p').textContent()).toBe('Sẽ thêm 22, sửa 0, xoá 0; giữ nguyên 0.');
  expect(await preview.locator('[data-change="added"]').count()).toBe(22);
  await office.applyUnits();
  await expect.poll(() => office.totals().textContent()).toBe('22 đơn vị · 1.000 phiếu');
  if (plan.refusals) {
    await office.setTarget('01', '-1');
    await office.saveTargets();
    await office.fieldError('units.01.quota').getByText('Đơn vị 01: chỉ tiêu không được âm.').waitFor();
  }
  if (plan.targets !== undefined) {
    for (let no = 1; no <= 22; no++) await office.setTarget(String(no).padStart(2, '0'), plan.targets);
    await office.saveTargets();
    await expect.poll(() => office.totals().textContent()).toBe('22 đơn vị · 0 phiếu');
  }
  if (plan.subQuota) {
    // Cells above the unit's target are refused beside the unit; within it they are kept.
    expect(await office.setSubQuota('c1', '1,2', { '07': { 1: '30', 2: '25' } })).toBe(400);
    expect(await office.fieldError('subQuotas.07').textContent()).toBe('Đơn vị 07: tổng chỉ tiêu phụ (55) vượt chỉ tiêu của đơn vị (45).');
    expect(await office.setSubQuota('c1', '1,2', { '07': { 1: '20', 2: '25' } })).toBe(200);
  }
  await office.copyTemplateAndPublish();
  await office.open();
  return office;
}

async function phoneOf(username: string, slug: string, unitNo: string) {
  const { findAccountByUsername } = await import('#server/repo/accounts.ts');
  await createAccount(h.server.db, { username, displayName: `Điều tra viên đơn vị ${unitNo}`, role: 'enumerator', password: PASSWORD }, [], new Date().toISOString());
  const { assignUnit } = await import('#server/repo/assignments.ts');
  const { findSurveyBySlug, findUnitByNo } = await import('#server/repo/surveys.ts');
  const survey = findSurveyBySlug(h.server.db, slug)!;
  assignUnit(h.server.db, findAccountByUsername(h.server.db, username)!.id, findUnitByNo(h.server.db, survey.id, unitNo)!.id);
  const phone = await launchBrowser({ phone: true, timezoneId: 'UTC', locale: 'vi-VN', timeout: 15_000 });
  await new SignInPage(phone.page, h.baseUrl).open().then((p) => p.signIn(username, PASSWORD));
  await phone.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  const home = await new HomePage(phone.page, h.baseUrl).waitUntilShown();
  return { phone, home };
}

async function extendAndSync(office: SurveySetupPage, plan: Plan, phone: { page: Page }) {
  await office.setWindow(plan.extended.mode, plan.extended.window);
  const saved = h.page.waitForResponse((r) => r.url().endsWith('/settings') && r.request().method() === 'POST');
  await office.saveSettings();
  expect((await saved).status()).toBe(200);
  await new SyncPanel(phone.page).syncNow();
  await phone.page.getByText(`Thời gian điều tra: ${plan.extended.phoneWindow}`).waitFor();
}

describe('an office sets up a survey without a developer', { timeout: 120_000 }, () => {
  it('the 2026 survey (seed 003): direct whole days, 22 units of 45 and 50, a sub-quota on Câu 1; the phone sees it', async () => {
    const plan: Plan = {
      title: 'Kết quả sau 01 năm thực hiện mô hình chính quyền địa phương hai cấp', slug: 'ket-qua-sau-01-nam-thuc-hien-mo-hinh-chinh-quyen-dia-phuong',
      modes: { direct: { wholeDays: true, first: '28/05/2026', last: '02/06/2026' } }, subQuota: true,
      phoneWindow: '28/05/2026 – 02/06/2026',
      extended: { mode: 'Trực tiếp', window: { wholeDays: true, first: '28/05/2026', last: '03/06/2026' }, phoneWindow: '28/05/2026 – 03/06/2026' },
    };
    const office = await setUp(plan);
    const { phone, home } = await phoneOf('dtv07', plan.slug, '07');
    try {
      await phone.page.getByRole('heading', { name: plan.title }).waitFor();
      await phone.page.getByText(`Thời gian điều tra: ${plan.phoneWindow}`).waitFor();
      expect(await home.unitNumbers()).toEqual(['07']);
      expect(await home.figure('07', 'target')).toBe('45');
      expect((await home.unit('07').locator('[data-figure="serials"]').textContent())?.trim()).toBe('Số phiếu 0701–0745');
      await extendAndSync(office, plan, phone);
      // Closing stops new interviews on the phone at its next sync.
      await h.page.getByRole('button', { name: 'Đóng khảo sát' }).click();
      await h.page.locator('.survey-setup[data-state="closed"]').waitFor();
      await new SyncPanel(phone.page).syncNow();
      await home.unit('07').getByText('Khảo sát đã đóng: không làm phiếu mới.').waitFor();
      expect(await home.unit('07').getByRole('link', { name: /Phiếu mới|New/ }).count()).toBe(0);
    } finally {
      await phone.close();
    }
  });

  it('seed 000’s shape: online 07:30–16:30, direct whole days, both modes, minimum age 18, units without targets', async () => {
    const plan: Plan = {
      title: 'Trách nhiệm nêu gương của người đứng đầu', slug: 'trach-nhiem-neu-guong-cua-nguoi-dung-dau',
      modes: {
        direct: { wholeDays: true, first: '12/08/2022', last: '17/08/2022' },
        online: { wholeDays: false, start: '12/08/2022 07:30', end: '17/08/2022 16:30' },
      },
      minAge: ['18', 'c2'], targets: '0', refusals: { takenSlug: 'da-co-roi' }, phoneWindow: '12/08/2022 – 17/08/2022',
      extended: { mode: 'Trực tiếp', window: { wholeDays: true, first: '12/08/2022', last: '18/08/2022' }, phoneWindow: '12/08/2022 – 18/08/2022' },
    };
    // Another survey already holds a slug the admin will try first.
    const { createDraftSurvey } = await import('#server/services/survey-setup.ts');
    createDraftSurvey(h.server.db, { title: 'Đã có rồi', slug: 'da-co-roi', modes: ['direct'], windows: { direct: { start: '2022-01-01T00:00:00+07:00', end: '2022-01-02T00:00:00+07:00' } } }, new Date().toISOString());
    const office = await setUp(plan);
    const row = (await office.openList()).row(plan.slug);
    expect(await row.locator('[data-col="windows"]').textContent()).toBe('Trực tiếp: 12/08/2022 00:00 – 17/08/2022 23:59Trực tuyến: 12/08/2022 07:30 – 17/08/2022 16:30');
    expect(await row.locator('[data-col="state"]').textContent()).toBe('Đang mở');
    await row.getByRole('link').click();
    await office.waitForSurvey(plan.title);
    const { phone, home } = await phoneOf('ctv07', plan.slug, '07');
    try {
      await phone.page.getByText(`Thời gian điều tra: ${plan.phoneWindow}`).waitFor();
      expect(await home.figure('07', 'target')).toBe('không hạn chế');
      expect((await home.unit('07').locator('[data-figure="serials"]').textContent())?.trim()).toBe('Số phiếu 0701–0799');
      await extendAndSync(office, plan, phone);
    } finally {
      await phone.close();
    }
  });
});
