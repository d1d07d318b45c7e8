// Issue 20's "done when", in the built client: the enumerator's phone uploads a batch holding a duplicate serial
// and a paper form, which another clerk then keys a second time on their own device's keying screen with one
// disagreement; the admin opens the batch, resolves both
// in the office pages (merges the duplicate, picks the right value); returns another interview with a comment, which
// the phone shows at its next sync; the enumerator corrects it and sends it again; the admin approves it and the
// reconciled form, and the dashboard's approved count moves. And the quarantine page: an item laid out, fixed, accepted.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { keysFor } from '#shared/entry/keystrokes.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import { setAssignments } from '#server/accounts/manage-accounts.ts';
import { quarantineInterview } from '#server/repo/quarantine.ts';
import { useBrowserHarness } from './support/harness.ts';
import { waitForServiceWorkerControl } from './support/offline.ts';
import { registeredDevice, storedInterview, storedInterviews, writeInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';
import { PaperKeyingPage } from './pages/PaperKeyingPage.ts';
import { ReviewPage as PhoneReviewPage } from './pages/ReviewPage.ts';
import { ProvinceDashboardPage } from './pages/QuotaPages.ts';
import { SyncPanel } from './pages/SyncPanel.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';
import { BatchesPage, DoubleKeyingPage, InterviewReviewPage } from './pages/ReviewToolsPages.ts';

const SURVEY = hungYen2026.survey.slug;

const h = useBrowserHarness({
  timeout: 30_000,
  prepare: (server) => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    // In the field now, and keyed twice: synced forms stay on the phone; paper forms are approved once reconciled.
    server.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.fieldWindow.start', ?, '$.fieldWindow.end', ?, '$.doubleKeying', json('true'))`)
      .run(`${day(-3)}T00:00:00+07:00`, `${day(30)}T23:59:59+07:00`);
    // The second clerk keys unit 02's paper forms too.
    const clerk = server.db.prepare("SELECT id FROM accounts WHERE username = 'dtv02'").pluck().get() as number;
    setAssignments(server.db, clerk, SURVEY, ['02', '03', '04']);
  },
});

describe('review and reconciliation, end to end', () => {
  it('reconciles, merges, returns, sees the correction come back, approves, and the dashboard follows', async () => {
    // The enumerator's phone hands in a batch: two forms with one serial, a paper form, and one more.
    const phone = await h.openBrowser();
    await h.signIn('dtv01', phone.page);
    await new HomePage(phone.page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(phone.page);
    const device = await registeredDevice(phone.page);
    const [a, b, first] = generateInterviews({ version: hungYen2026.versions[0]!, count: 3, seed: 131, unitNos: ['02'], paperShare: 1, ...device });
    const duplicate = [a!, { ...b!, serial: a!.serial! }];
    const [form] = generateInterviews({ version: hungYen2026.versions[0]!, count: 1, seed: 132, unitNos: ['01'], paperShare: 0, ...device });
    await writeInterviews(phone.page, [...duplicate, first!, form!]);
    const sync = new SyncPanel(phone.page);
    await sync.syncNow();
    const status = async () => (await storedInterviews(phone.page)).find((i) => i.id === form!.id)?.status;
    await expect.poll(status).toBe('received');

    // Another clerk keys that paper form a second time on their own device, one answer apart, and syncs.
    const clerk = await h.openBrowser();
    await h.signIn('dtv02', clerk.page);
    const clerkHome = await new HomePage(clerk.page, h.baseUrl).waitUntilShown();
    await clerkHome.startPaperKeying('02');
    const keyer = await new PaperKeyingPage(clerk.page).waitForSlot('serial');
    await clerk.page.getByLabel('Nhập lần hai').check();
    await clerk.page.getByText('Lần hai: không tính chỉ tiêu, văn phòng sẽ đối chiếu.').waitFor();
    // Keys typed while the checkbox has focus still go to the form.
    // The paper's serial typed over whatever the device suggests (a second keying may repeat a taken serial).
    const c1 = first!.answers['c1'] === 1 ? 2 : 1;
    const keys = keysFor(compileQuestionnaire(hungYen2026.versions[0]!), { ...first!.answers, c1 }, first!.serial!, first!.paper!, {
      unitNo: '02', year: 2026, suggestedSerial: '',
    })!;
    await keyer.keys(keys);
    await keyer.finishedForm(first!.serial!).waitFor();
    const second = (await storedInterviews(clerk.page)).find((i) => i.serial === first!.serial)!;
    expect(second).toMatchObject({ secondKeying: true, answers: { c1 } });
    await clerk.page.goto(`${h.baseUrl}/`);
    await new SyncPanel(clerk.page).syncNow();
    await expect.poll(() => h.server.db.prepare('SELECT second_keying FROM interviews WHERE id = ?').pluck().get(second.id)).toBe(1);
    // The clerk's sent list marks it as a second keying (it never counts for the unit).
    await clerk.page.locator(`.sent-list li[data-interview="${second.id}"] .tag`).getByText('Nhập lần hai').waitFor();

    await allowAxe(h.page);
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const dashboard = await new ProvinceDashboardPage(h.page, h.baseUrl).open();
    const approvedBefore = Number(await dashboard.figure('total', 'approved').textContent());

    // The phone's batch (the clerk's came after it), said to have come by sync, opened on its receipts: the
    // duplicate serial flagged on both.
    const batches = await new BatchesPage(h.page, h.baseUrl).open();
    const phoneBatch = batches.rows().filter({ hasText: 'dtv01' }).first();
    expect(await phoneBatch.locator('td[data-via]').textContent()).toBe('Đồng bộ');
    await phoneBatch.getByRole('button').click();
    const receipt = (id: string) => h.page.locator(`li[data-receipt="${id}"]`);
    await receipt(duplicate[1]!.id).getByText('Số phiếu này có ở một phiếu khác của cuộc khảo sát').waitFor();
    await receipt(first!.id).waitFor();
    // Each receipt by its paper serial and unit; the opened batch brought into view below the list.
    expect(await receipt(duplicate[1]!.id).getByRole('link').textContent()).toBe(duplicate[1]!.serial);
    expect(await receipt(duplicate[1]!.id).textContent()).toContain(`đơn vị ${duplicate[1]!.unitNo}`);
    await expect.poll(async () => {
      const box = await h.page.locator('#batch-title').boundingBox();
      return box !== null && box.y >= 0 && box.y < h.page.viewportSize()!.height;
    }).toBe(true);
    expect(await seriousViolations(h.page)).toEqual([]);

    // The duplicate serial, opened from the batch: its mate side by side, merged as a true duplicate with a reason.
    await receipt(duplicate[1]!.id).getByRole('link').click();
    const review = new InterviewReviewPage(h.page, h.baseUrl);
    await review.state().waitFor();
    await review.sideBySide(duplicate[0]!.id).waitFor();
    expect(await seriousViolations(h.page)).toEqual([]);
    await review.reason('Cùng một hộ, nhập hai lần');
    await review.sideBySide(duplicate[0]!.id).getByRole('button', { name: 'Gộp (bản trùng)' }).click();
    await h.page.getByText(/Hủy phiếu bởi admin lúc .*: Cùng một hộ, nhập hai lần/).waitFor();
    // Its mate, alone with its serial again, no longer carries the duplicate flag.
    await review.open(SURVEY, duplicate[0]!.id);
    await h.page.locator('.review-answers, .paper-answers').first().waitFor();
    expect(await h.page.locator('li[data-flag="serial_duplicate"]').count()).toBe(0);

    // The paper form keyed twice: not approvable before reconciliation; the one disagreement, the second's value picked.
    await review.open(SURVEY, first!.id);
    await review.act('Duyệt');
    await expect.poll(() => h.page.getByRole('alert').textContent()).toMatch(/cần đối chiếu hai lần nhập trước khi duyệt/);
    const keying = await new DoubleKeyingPage(h.page, h.baseUrl).open(SURVEY);
    await keying.disagreement(first!.serial!, 'c1').waitFor();
    // Where the clerk finds it on the paper, in the questionnaire's words.
    await keying.disagreement(first!.serial!, 'c1').getByRole('rowheader', { name: 'Câu 1' }).waitFor();
    expect(await keying.disagreement(first!.serial!, 'c1').locator('td').first().textContent()).toMatch(/^\d\. (Nam|Nữ)$/);
    expect(await seriousViolations(h.page)).toEqual([]);
    await keying.disagreement(first!.serial!, 'c1').getByLabel('Lần hai').check();
    await keying.pair(first!.serial!).getByLabel('Lý do').fill('Phiếu giấy ghi theo lần hai');
    await keying.pair(first!.serial!).getByRole('button', { name: 'Xác nhận đối chiếu' }).click();
    await keying.pair(first!.serial!).getByText(/Đã đối chiếu bởi admin lúc .*: 1 chỗ khác nhau/).waitFor();

    // The phone's interview returned with a comment; the phone shows it at its next sync.
    await review.open(SURVEY, form!.id);
    // Who, where and when, before anything is decided.
    const facts = h.page.locator('.review-facts');
    expect(await facts.getByText('Điều tra viên', { exact: true }).count()).toBe(1);
    expect(await facts.getByRole('link', { name: form!.deviceId.slice(0, 8) }).getAttribute('href')).toBe(`/admin/review/${SURVEY}?device=${form!.deviceId}`);
    await review.reason('Câu 2: ghi lại tuổi theo giấy tờ');
    await review.act('Trả lại để sửa');
    await review.state().getByText('Trả lại để sửa').waitFor();
    await h.page.locator('.review-comment', { hasText: 'Lời nhắn khi trả lại: Câu 2: ghi lại tuổi theo giấy tờ' }).waitFor();
    // Returned, it waits for the enumerator: approving is not offered meanwhile.
    expect(await h.page.getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0);
    await sync.syncNow();
    await sync.attention(form!.id).getByText('Quản trị viên trả lại: Câu 2: ghi lại tuổi theo giấy tờ').waitFor();
    await expect.poll(status).toBe('needs_correction');
    // The enumerator corrects Câu 2 on the phone's own screens, finishes again, and sends it.
    await phone.page.goto(`${h.baseUrl}/interviews/${form!.id}?q=c2`);
    const screen = await new InterviewPage(phone.page).waitForQuestion('Câu 2');
    await screen.type('c2', '45');
    await screen.waitUntilSaved();
    await phone.page.goto(`${h.baseUrl}/interviews/${form!.id}/review`);
    await new PhoneReviewPage(phone.page).waitUntilShown().then((page) => page.finish());
    await expect.poll(status).toBe('finished');
    expect((await storedInterview(phone.page, form!.id))?.answers['c2']).toBe(45);
    await phone.page.goto(`${h.baseUrl}/`);
    await sync.syncNow();
    await expect.poll(status).toBe('received');

    // Back as revision 2: approved; so is the reconciled paper form; the dashboard's approved count moves by two.
    await review.open(SURVEY, form!.id);
    await review.state().getByText('Đã nhận').waitFor();
    await review.act('Duyệt');
    await review.state().getByText('Đã duyệt').waitFor();
    await review.open(SURVEY, first!.id);
    // Its history says what the reconciliation changed and why.
    await h.page.locator('.review-history').getByText(/^.*Lần sửa 2: Câu 1: \d\. (Nam|Nữ) → \d\. (Nam|Nữ) — lý do: Phiếu giấy ghi theo lần hai$/).waitFor();
    await review.act('Duyệt');
    await review.state().getByText('Đã duyệt').waitFor();
    await dashboard.open();
    await expect.poll(async () => Number(await dashboard.figure('total', 'approved').textContent())).toBe(approvedBefore + 2);

  });

  it('lays a quarantined interview out, and accepts it once its unit is fixed', async () => {
    const account = h.server.db.prepare("SELECT id FROM accounts WHERE username = 'dtv01'").pluck().get() as number;
    const [refused] = generateInterviews({ version: hungYen2026.versions[0]!, count: 1, seed: 141, unitNos: ['05'], accountId: account, paperShare: 0 });
    quarantineInterview(h.server.db, {
      kind: 'rejected', interviewId: refused!.id, revision: 1, surveySlug: SURVEY, unitNo: '05', batchId: crypto.randomUUID(),
      deviceId: refused!.deviceId, accountId: account, reason: { code: 'sync.reason.unitNotAssigned', params: { unit: '05' } },
      payload: JSON.stringify(refused), payloadHash: crypto.randomUUID(), at: new Date().toISOString(),
    });
    await allowAxe(h.page);
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await h.page.goto(`${h.baseUrl}/admin/quarantine`);
    await h.page.getByRole('heading', { level: 1, name: 'Phiếu bị giữ lại khi đồng bộ' }).waitFor();
    await h.page.getByRole('button', { name: refused!.id.slice(0, 8) }).click();
    await h.page.locator('.quarantine-item dd', { hasText: '05' }).first().waitFor();
    // Laid out in words: the fields named, each answer under its question number with its option's label.
    await h.page.locator('.quarantine-item dt', { hasText: 'Đơn vị' }).first().waitFor();
    const sex = refused!.answers['c1'] as number;
    await h.page.locator('.quarantine-item dt', { hasText: /^Câu 1 c1$/ }).waitFor();
    expect(await h.page.locator('.quarantine-item dt', { hasText: /^Câu 1 c1$/ }).locator('xpath=following-sibling::dd[1]').textContent())
      .toBe(`${sex}. ${sex === 1 ? 'Nam' : 'Nữ'}`);
    expect(await seriousViolations(h.page)).toEqual([]);
    const box = h.page.getByLabel('Sửa nội dung (JSON) rồi nhận');
    const fixed = { ...refused!, unitNo: '01', answers: { ...refused!.answers, c6: '01' } };
    await box.fill(JSON.stringify(fixed, null, 2));
    await h.page.getByRole('button', { name: 'Sửa nội dung (JSON) rồi nhận' }).click();
    await h.page.getByRole('status').getByText(`Đã nhận phiếu ${refused!.id.slice(0, 8)}.`).waitFor();
    await expect.poll(() => h.server.db.prepare('SELECT status FROM interviews WHERE id = ?').pluck().get(refused!.id)).toBe('received');
  });
});
