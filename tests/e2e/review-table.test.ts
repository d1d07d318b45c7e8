// The interviews table in the built client: an admin filters a survey's interviews by unit, status, flag,
// serial, enumerator, day, mode, entry, version and device (the filters kept in the address), sorts them, pages
// on by key, reads the total, and downloads a unit's serial registry.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { storeInterviews } from '../server/support/store-interviews.ts';
import { useBrowserHarness } from './support/harness.ts';
import { InterviewsTablePage } from './pages/InterviewsTablePage.ts';

const h = useBrowserHarness({
  timeout: 20_000,
  // 60 interviews of units 01–03, arrivals a minute apart; unit 02's 0207 keyed twice; unit 01's by dtv01.
  prepare: (server) => {
    const dtv01 = server.db.prepare("SELECT id FROM accounts WHERE username = 'dtv01'").pluck().get() as number;
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 60, seed: 71, unitNos: ['01', '02', '03'] })
      .map((interview) => (interview.unitNo === '01' ? { ...interview, accountId: dtv01 } : interview));
    interviews.forEach((interview, i) => {
      const twice = interview.unitNo === '02' && interview.serial === '0208';
      storeInterviews(server.db, [twice ? { ...interview, serial: '0207' } : interview], {
        at: new Date(Date.parse('2026-05-28T02:00:00Z') + i * 60_000).toISOString(),
        flags: () => (twice || (interview.unitNo === '02' && interview.serial === '0207') ? ['serial_duplicate'] : []),
      });
    });
  },
});

describe('the interviews table', () => {
  it('filters, sorts, pages on by key and downloads the serial registry', async () => {
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const table = await new InterviewsTablePage(h.page, h.baseUrl).open();
    await expect.poll(() => table.caption().textContent()).toBe('60 phiếu');
    expect(await table.rows()).toHaveLength(50);
    expect((await table.rows())[0]).toBe('0320 03 Đã nhận');
    await table.more().click();
    await expect.poll(() => table.rows()).toHaveLength(60);
    await expect.poll(() => table.more().count()).toBe(0);

    await table.filter({ unit: '02', sort: 'Theo số phiếu' });
    await expect.poll(() => table.caption().textContent()).toBe('20 phiếu');
    expect((await table.rows()).slice(0, 3)).toEqual(['0201 02 Đã nhận', '0202 02 Đã nhận', '0203 02 Đã nhận']);
    await table.filter({ unit: '02', flag: 'Trùng số phiếu' });
    await expect.poll(() => table.rows()).toEqual(['0207 02 Đã nhận', '0207 02 Đã nhận']);
    await table.filter({ serial: '031' });
    await expect.poll(() => table.caption().textContent()).toBe('10 phiếu');

    await table.filter({ unit: '02' });
    const download = await table.downloadSerials();
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\ufeffSố phiếu,Tình trạng,Số phiếu đã nhập,Mã phiếu');
    expect(lines[7]).toMatch(/^0207,Trùng,2,/);
    expect(lines[8]).toBe('0208,Chưa nhập,0,');
  });

  it('filters by enumerator, day, mode, entry, version and device, and keeps the filters in the address', async () => {
    const count = (where: string, ...params: unknown[]) =>
      h.server.db.prepare(`SELECT count(*) FROM interviews WHERE ${where}`).pluck().get(...params) as number;
    const dtv01 = h.server.db.prepare("SELECT id FROM accounts WHERE username = 'dtv01'").pluck().get() as number;
    const day = h.server.db.prepare('SELECT min(interview_day) FROM interviews').pluck().get() as string;
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const table = await new InterviewsTablePage(h.page, h.baseUrl).open();
    await expect.poll(() => table.caption().textContent()).toBe('60 phiếu');

    await table.filter({ account: 'dtv01 · Điều tra viên 01 (đơn vị 01, 02)', entry: 'Nhập từ phiếu giấy' });
    const paperOfDtv01 = count("account_id = ? AND entry = 'paper'", dtv01);
    expect(paperOfDtv01).toBeGreaterThan(0);
    expect(paperOfDtv01).toBeLessThan(count('account_id = ?', dtv01));
    await expect.poll(() => table.rows()).toHaveLength(paperOfDtv01);
    expect(await table.entries()).toEqual(Array(paperOfDtv01).fill('Nhập từ phiếu giấy'));
    expect((await table.rows()).every((row) => row.includes(' 01 '))).toBe(true);

    await table.filter({ day: day.split('-').reverse().join('/'), mode: 'Trực tiếp', version: '1' });
    expect(count('interview_day = ?', day)).toBeLessThan(60);
    await expect.poll(() => table.rows()).toHaveLength(count('interview_day = ?', day));
    const address = new URL(h.page.url());
    expect(Object.fromEntries(address.searchParams)).toEqual({ day, mode: 'direct', version: '1', sort: 'arrival' });
    // A reload keeps them; Back goes to the filters before.
    await h.page.reload();
    await expect.poll(() => table.rows()).toHaveLength(count('interview_day = ?', day));
    expect(await h.page.getByLabel('Hình thức').inputValue()).toBe('direct');
    await h.page.goBack();
    await expect.poll(() => table.rows()).toHaveLength(paperOfDtv01);
    expect(await h.page.getByLabel('Cách nhập').inputValue()).toBe('paper');

    // A device's interviews, linked to by id (the devices page does).
    const device = h.server.db.prepare('SELECT device_id FROM interviews LIMIT 1').pluck().get() as string;
    await h.page.goto(`${h.baseUrl}/admin/review?device=${device}`);
    await expect.poll(() => table.rows()).toHaveLength(count('device_id = ?', device));
    expect(await h.page.getByLabel('Mã thiết bị').inputValue()).toBe(device);
    // A version that does not exist finds nothing; a device id that is not one is named in words, nothing sent.
    await table.filter({ version: '7' });
    await h.page.getByText('Không có phiếu nào khớp bộ lọc.').waitFor();
    await table.filter({ day: '31/02/2026' });
    await h.page.getByRole('alert').filter({ hasText: /^Ngày phải viết dd\/mm\/yyyy/ }).waitFor();
    await h.page.getByRole('alert').filter({ hasText: /^Bộ lọc “Ngày phỏng vấn” không đúng dạng/ }).waitFor();
    await table.filter({ device: 'may-cua-an' });
    await expect.poll(() => h.page.getByRole('alert').textContent()).toMatch(/^Bộ lọc “Mã thiết bị” không đúng dạng/);
    await table.filter({ device: '' });
    await expect.poll(() => table.caption().textContent()).toBe('60 phiếu');
    // An address the server refuses shows its refusal in words, and the page and its menu still work.
    await h.page.goto(`${h.baseUrl}/admin/batches?id=not-a-batch`);
    await expect.poll(() => h.page.getByRole('alert').first().textContent()).toMatch(/^Không tìm thấy lần gửi này\./);
    await h.page.locator('nav.admin-nav').getByRole('link', { name: 'Duyệt phiếu' }).click();
    await expect.poll(() => table.caption().textContent()).toBe('60 phiếu');
  });

  it('opens an interview, keeps its duplicate serial with a reason, approves it, and is told when someone else acted first', async () => {
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const table = await new InterviewsTablePage(h.page, h.baseUrl).open();
    await table.filter({ unit: '02', flag: 'Trùng số phiếu' });
    await expect.poll(() => table.rows()).toHaveLength(2);
    await h.page.locator('table.review-table tbody tr').first().getByRole('link').click();
    await h.page.getByRole('heading', { level: 1, name: 'Duyệt một phiếu' }).waitFor();
    await h.page.getByText('Số phiếu này có ở một phiếu khác của cuộc khảo sát').waitFor();
    await h.page.getByLabel('Lý do / lời nhắn cho điều tra viên').fill('Hai hộ khác nhau');
    await h.page.getByRole('button', { name: 'Giữ cả hai' }).click();
    await h.page.getByText(/Giữ lại bởi admin lúc .*: Hai hộ khác nhau/).waitFor();
    await h.page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await h.page.locator('.review-state strong', { hasText: 'Đã duyệt' }).waitFor();
    // Another admin returns it meanwhile: this page's approval is refused in words.
    const id = new URL(h.page.url()).pathname.split('/').at(-1)!;
    h.server.db.prepare('UPDATE interviews SET review_version = review_version + 1 WHERE id = ?').run(id);
    await h.page.getByRole('button', { name: 'Không chấp nhận' }).click();
    await expect.poll(() => h.page.getByRole('alert').textContent()).toMatch(/^Phiếu vừa được người khác thay đổi/);
    // An address to an interview the survey does not hold: refused in words under the page's heading, not a blank page.
    const survey = new URL(h.page.url()).pathname.split('/')[3]!;
    await h.page.goto(`${h.baseUrl}/admin/review/${survey}/interviews/${crypto.randomUUID()}`);
    await h.page.getByRole('heading', { level: 1, name: 'Duyệt một phiếu' }).waitFor();
    await h.page.getByRole('alert').getByText('Không tìm thấy phiếu này trong cuộc khảo sát.').waitFor();
  });
});
