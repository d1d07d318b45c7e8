// The office's one frame in the built client: an admin sees its menu and reaches every office page through
// it (and by the old addresses); an enumerator and a unit board get the no-permission page, and their browsers
// never request an office page's code.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { createAccount } from '#server/services/accounts.ts';
import { setManagedSurveys } from '#server/repo/survey-admin.ts';
import { findSurveyBySlug } from '#server/repo/surveys.ts';
import { useBrowserHarness } from './support/harness.ts';
import { adminChunkFiles, officeChunkFiles } from './support/manifest.ts';
import { SignInPage } from './pages/SignInPage.ts';

const MANAGER_PASSWORD = 'mat-khau-quan-ly';
const h = useBrowserHarness({
  timeout: 10_000,
  // An admin limited to the demo survey (a survey manager, decision 0012).
  prepare: async (server) => {
    const manager = await createAccount(server.db, { username: 'quanly', displayName: 'Quản lý khảo sát', role: 'admin', password: MANAGER_PASSWORD }, [], new Date().toISOString());
    setManagedSurveys(server.db, manager.id, [findSurveyBySlug(server.db, 'hung-yen-2026')!.id]);
  },
});
let requested: string[];

beforeEach(() => {
  requested = [];
  h.context.on('request', (request: Request) => { requested.push(new URL(request.url()).pathname); });
});

async function signInAs(username: string): Promise<void> {
  await h.signIn(username);
  await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const menu = () => h.page.getByRole('navigation', { name: 'Quản trị' });
const heading = (name: string) => h.page.getByRole('heading', { level: 1, name, exact: true });
const requestedAny = (files: readonly string[]) => requested.filter((path) => files.some((file) => path.endsWith(file)));

describe('the office frame', () => {
  it('shows an admin the menu of what exists, and every entry leads to its page', async () => {
    await signInAs('admin');
    await h.page.goto(`${h.baseUrl}/admin`);
    // The surveys page is the admin's landing page.
    await h.page.waitForURL(/\/admin\/surveys$/);
    await heading('Khảo sát').waitFor();
    expect(await menu().getByRole('link').allTextContents()).toEqual(['Khảo sát', 'Tài khoản', 'Thiết bị', 'Nhập tệp phiếu', 'Duyệt phiếu', 'Kết quả', 'Phiếu chờ xử lý', 'Các lần gửi', 'Xuất dữ liệu', 'Báo cáo Word', 'Tiến độ', 'Liên kết chia sẻ', 'Liên kết trực tuyến', 'Nhật ký kiểm tra', 'Sao lưu']);

    const pages: [string, string, string][] = [
      ['Thiết bị', '/admin/devices', 'Thiết bị đồng bộ'],
      ['Nhập tệp phiếu', '/admin/handover', 'Nhập tệp phiếu từ thiết bị'],
      ['Duyệt phiếu', '/admin/review', 'Phiếu đã nhận'],
      ['Kết quả', '/admin/results', 'Kết quả khảo sát'],
      ['Phiếu chờ xử lý', '/admin/quarantine', 'Phiếu bị giữ lại khi đồng bộ'],
      ['Các lần gửi', '/admin/batches', 'Các lần gửi phiếu, mới nhất trước'],
      ['Xuất dữ liệu', '/admin/exports', 'Xuất dữ liệu'],
      ['Báo cáo Word', '/admin/report', 'Báo cáo Word'],
      ['Tiến độ', '/admin/quota', 'Tiến độ thu phiếu toàn tỉnh'],
      ['Liên kết chia sẻ', '/admin/share-links', 'Liên kết chia sẻ'],
      ['Liên kết trực tuyến', '/admin/online-links', 'Liên kết trực tuyến'],
      ['Nhật ký kiểm tra', '/admin/audit', 'Nhật ký kiểm tra'],
      ['Sao lưu', '/admin/backups', 'Sao lưu'],
      ['Tài khoản', '/admin/accounts', 'Tài khoản'],
      ['Khảo sát', '/admin/surveys', 'Khảo sát'],
    ];
    for (const [link, path, title] of pages) {
      await menu().getByRole('link', { name: link, exact: true }).click();
      await heading(title).waitFor();
      expect(new URL(h.page.url()).pathname).toBe(path);
      expect(await menu().getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
    }
    // The old addresses with a survey still open their page.
    await h.page.goto(`${h.baseUrl}/admin/quota/hung-yen-2026`);
    await heading('Tiến độ thu phiếu toàn tỉnh').waitFor();
    await h.page.goto(`${h.baseUrl}/admin/share-links/hung-yen-2026`);
    await heading('Liên kết chia sẻ').waitFor();
    expect(requestedAny(adminChunkFiles()).length).toBeGreaterThanOrEqual(5);
  });

  it('shows a survey manager its surveys\' pages only: not the audit log, devices, hand-over files or backups', async () => {
    await new SignInPage(h.page, h.baseUrl).open().then((p) => p.signIn('quanly', MANAGER_PASSWORD));
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await h.page.goto(`${h.baseUrl}/admin/surveys`);
    await heading('Khảo sát').waitFor();
    expect(await menu().getByRole('link').allTextContents()).toEqual(['Khảo sát', 'Tài khoản', 'Duyệt phiếu', 'Kết quả', 'Phiếu chờ xử lý', 'Xuất dữ liệu', 'Báo cáo Word', 'Tiến độ', 'Liên kết chia sẻ', 'Liên kết trực tuyến']);
    for (const path of ['/admin/audit', '/admin/devices', '/admin/handover', '/admin/backups', '/admin/batches']) {
      await h.page.goto(`${h.baseUrl}${path}`);
      await heading('Không có quyền').waitFor();
    }
    expect(requested.filter((path) => /^\/api\/admin\/(audit|devices|handover|backups|batches)/.test(path))).toEqual([]);
  });

  it('refuses an enumerator every office page without requesting any office code', async () => {
    await signInAs('dtv01');
    for (const path of ['/admin', '/admin/accounts', '/admin/exports', '/admin/quota/hung-yen-2026', '/admin/share-links']) {
      await h.page.goto(`${h.baseUrl}${path}`);
      await heading('Không có quyền').waitFor();
      expect(await menu().count()).toBe(0);
    }
    expect(requestedAny(officeChunkFiles())).toEqual([]);
    expect(requested.filter((path) => path.startsWith('/api/admin/'))).toEqual([]);
  });

  it('refuses a unit board the admin pages without requesting their code', async () => {
    await signInAs('bxd01');
    for (const path of ['/admin', '/admin/exports', '/admin/quota']) {
      await h.page.goto(`${h.baseUrl}${path}`);
      await heading('Không có quyền').waitFor();
    }
    expect(requestedAny(adminChunkFiles())).toEqual([]);
    expect(requested.filter((path) => path.startsWith('/api/admin/'))).toEqual([]);
  });
});
