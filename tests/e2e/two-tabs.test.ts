// Two tabs never edit one draft: the second is told and shows it read-only, follows what the first saves,
// and takes over once the first tab is closed.
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './support/harness.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';

const h = useBrowserHarness({ browser: 'file', timeout: 15_000 });

describe('one draft in two tabs', () => {
  it('is editable in the first tab only; the second follows read-only, then takes over', async () => {
    await h.signIn('dtv01');
    const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
    await home.startInterview('02', '0205');
    const first = await new InterviewPage(h.page).waitForQuestion('Câu 1');
    await first.choose('c1', 2);
    await first.waitUntilSaved();

    const tab = await h.context.newPage();
    await tab.goto(h.page.url());
    const second = await new InterviewPage(tab).waitForQuestion('Câu 1');
    await second.readOnlyNotice().getByText('Phiếu đang mở ở thẻ khác; ở đây chỉ xem.').waitFor();
    expect(await second.field('c1-2').isChecked()).toBe(true);
    expect(await second.field('c1-1').isDisabled()).toBe(true);
    expect(await first.readOnlyNotice().count()).toBe(0);

    // The editing tab's change shows up in the read-only one.
    await first.choose('c1', 1);
    await first.waitUntilSaved();
    await expect.poll(() => second.field('c1-1').isChecked()).toBe(true);

    await h.page.close();
    await second.readOnlyNotice().waitFor({ state: 'detached' });
    expect(await second.field('c1-2').isDisabled()).toBe(false);
    await second.choose('c1', 2);
    await second.waitUntilSaved();
  });
});
