// A laptop shared by two clerks, one browser profile: each sees only their own interviews; signing out with
// unsynced work keeps it on the device, tied to its account, says so, and gives it back at the next sign-in.
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './support/harness.ts';
import { storedInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';

const h = useBrowserHarness({ browser: 'file', timeout: 15_000 });

async function signIn(username: string): Promise<HomePage> {
  await h.signIn(username);
  return new HomePage(h.page, h.baseUrl).waitUntilShown();
}

async function draftOne(home: HomePage, unitNo: string, serial: string): Promise<void> {
  await home.startInterview(unitNo, serial);
  const form = await new InterviewPage(h.page).waitForQuestion('Câu 1');
  await form.choose('c1', 1);
  await form.waitUntilSaved();
  await form.goHome();
  await home.waitUntilShown();
}

describe('two accounts on one browser profile', () => {
  it('keep their interviews apart, and sign-out keeps unsynced work on the device', async () => {
    const first = await signIn('dtv01');
    await draftOne(first, '01', '0101');
    expect(await first.drafts()).toEqual(['Phiếu số 0101']);
    await first.signOut();
    await h.page.getByText('1 phiếu chưa đồng bộ của Điều tra viên 01 (đơn vị 01, 02) vẫn giữ trên máy này; đăng nhập lại tài khoản đó để gửi.').waitFor();

    const second = await signIn('dtv02');
    expect(await second.unitNumbers()).toEqual(['03', '04']);
    expect(await second.drafts()).toEqual([]);
    expect(await second.stateCount('draft')).toBe(0);
    await draftOne(second, '03', '0301');
    expect(await second.drafts()).toEqual(['Phiếu số 0301']);
    // The other clerk's draft cannot be opened by address either.
    const theirs = (await storedInterviews(h.page)).find((i) => i.serial === '0101')!;
    await h.page.goto(`${h.baseUrl}/interviews/${theirs.id}`);
    await h.page.getByText('Không có phiếu này trên máy.').waitFor();
    await h.page.goto(`${h.baseUrl}/`);
    await second.waitUntilShown();
    await second.signOut();

    const back = await signIn('dtv01');
    expect(await back.unitNumbers()).toEqual(['01', '02']);
    expect(await back.drafts()).toEqual(['Phiếu số 0101']);
    expect((await storedInterviews(h.page)).map((i) => [i.serial, i.accountId === theirs.accountId]).sort()).toEqual([
      ['0101', true], ['0301', false],
    ]);
  });
});
