// Issue 20's "done when", in the built client: an admin reconciles a paper form keyed twice (one disagreement,
// the right value picked) and merges a duplicate serial, both in the office pages; returns another interview with a
// comment, which the enumerator's phone shows at its next sync; the enumerator corrects it and sends it again; the
// admin approves both, the dashboard's approved count moves, and the upload is there to open among the batches.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { storeInterviews } from '../server/support/store-interviews.ts';
import { useBrowserHarness } from './support/harness.ts';
import { waitForServiceWorkerControl } from './support/offline.ts';
import { registeredDevice, storedInterview, storedInterviews, writeInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { ProvinceDashboardPage } from './pages/QuotaPages.ts';
import { SyncPanel } from './pages/SyncPanel.ts';
import { DoubleKeyingPage, InterviewReviewPage } from './pages/ReviewToolsPages.ts';

const SURVEY = hungYen2026.survey.slug;
let duplicate: Interview[] = [];
let first: Interview | undefined;

const h = useBrowserHarness({
  timeout: 30_000,
  prepare: (server) => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    // In the field now, and keyed twice: synced forms stay on the phone; paper forms are approved once reconciled.
    server.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.fieldWindow.start', ?, '$.fieldWindow.end', ?, '$.doubleKeying', json('true'))`)
      .run(`${day(-3)}T00:00:00+07:00`, `${day(30)}T23:59:59+07:00`);
    const account = (username: string) => server.db.prepare('SELECT id FROM accounts WHERE username = ?').pluck().get(username) as number;
    const [a, b, p] = generateInterviews({ version: hungYen2026.versions[0]!, count: 3, seed: 131, unitNos: ['02'], accountId: account('dtv01'), paperShare: 1 });
    duplicate = [a!, { ...b!, serial: a!.serial! }];
    first = p!;
    const second: Interview = { ...p!, id: crypto.randomUUID(), accountId: account('dtv02'), secondKeying: true, answers: { ...p!.answers, c1: p!.answers['c1'] === 1 ? 2 : 1 } };
    storeInterviews(server.db, duplicate, { flags: () => ['serial_duplicate'] });
    storeInterviews(server.db, [first, second]);
  },
});

describe('review and reconciliation, end to end', () => {
  it('reconciles, merges, returns, sees the correction come back, approves, and the dashboard follows', async () => {
    // The enumerator's phone hands in one interview.
    const phone = await h.openBrowser();
    await h.signIn('dtv01', phone.page);
    await new HomePage(phone.page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(phone.page);
    const device = await registeredDevice(phone.page);
    const [form] = generateInterviews({ version: hungYen2026.versions[0]!, count: 1, seed: 132, unitNos: ['01'], paperShare: 0, ...device });
    await writeInterviews(phone.page, [form!]);
    const sync = new SyncPanel(phone.page);
    await sync.syncNow();
    const status = async () => (await storedInterviews(phone.page)).find((i) => i.id === form!.id)?.status;
    await expect.poll(status).toBe('received');

    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const dashboard = await new ProvinceDashboardPage(h.page, h.baseUrl).open();
    const approvedBefore = Number(await dashboard.figure('total', 'approved').textContent());

    // Double keying: the one disagreement side by side, the second keying's value picked.
    const keying = await new DoubleKeyingPage(h.page, h.baseUrl).open(SURVEY);
    await keying.disagreement(first!.serial!, 'c1').getByLabel('Lần hai').check();
    await keying.pair(first!.serial!).getByRole('button', { name: 'Xác nhận đối chiếu' }).click();
    await keying.pair(first!.serial!).getByText(/Đã đối chiếu bởi admin lúc .*: 1 chỗ khác nhau/).waitFor();

    // The duplicate serial: its mate side by side, merged as a true duplicate with a reason.
    const review = await new InterviewReviewPage(h.page, h.baseUrl).open(SURVEY, duplicate[1]!.id);
    await review.sideBySide(duplicate[0]!.id).waitFor();
    await review.reason('Cùng một hộ, nhập hai lần');
    await review.sideBySide(duplicate[0]!.id).getByRole('button', { name: 'Gộp (bản trùng)' }).click();
    await h.page.getByText(/Hủy phiếu bởi admin lúc .*: Cùng một hộ, nhập hai lần/).waitFor();
    await review.open(SURVEY, duplicate[0]!.id);
    await h.page.getByText('Phiếu không mang cờ nào.').waitFor();

    // The phone's interview returned with a comment; the phone shows it at its next sync.
    await review.open(SURVEY, form!.id);
    await review.reason('Câu 2: ghi lại tuổi theo giấy tờ');
    await review.act('Trả lại để sửa');
    await review.state().getByText('Trả lại để sửa').waitFor();
    await sync.syncNow();
    await sync.attention(form!.id).getByText('Quản trị viên trả lại: Câu 2: ghi lại tuổi theo giấy tờ').waitFor();
    await expect.poll(status).toBe('needs_correction');
    const corrected = { ...(await storedInterview(phone.page, form!.id))!, status: 'finished' };
    corrected.answers = { ...corrected.answers, c2: 45 };
    await writeInterviews(phone.page, [corrected]);
    await sync.syncNow();
    await expect.poll(status).toBe('received');

    // Back as revision 2: approved; so is the reconciled paper form; the dashboard's approved count moves by two.
    await review.open(SURVEY, form!.id);
    await review.state().getByText('Đã nhận').waitFor();
    await review.act('Duyệt');
    await review.state().getByText('Đã duyệt').waitFor();
    await review.open(SURVEY, first!.id);
    await review.act('Duyệt');
    await review.state().getByText('Đã duyệt').waitFor();
    await dashboard.open();
    await expect.poll(async () => Number(await dashboard.figure('total', 'approved').textContent())).toBe(approvedBefore + 2);

    // The phone's upload among the batches, newest first, opened on its receipts.
    await h.page.goto(`${h.baseUrl}/admin/batches`);
    await h.page.locator('tr[data-batch]').first().getByRole('button').click();
    await h.page.locator(`li[data-receipt="${form!.id}"]`).waitFor();
  });
});
