// Paper keying at a fast clerk's speed: eight generated forms typed with no delay between keys, and again with the
// CPU slowed fourfold, end as eight stored forms identical to the paper, answer by answer and serial by serial.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generatePaperForms } from '../helpers/paper-forms.ts';
import { useBrowserHarness } from './support/harness.ts';
import { burstKeys } from './support/burst-keys.ts';
import { storedInterviews } from './support/device-db.ts';
import { goOffline, waitForServiceWorkerControl } from './support/offline.ts';
import { HomePage } from './pages/HomePage.ts';
import { PaperKeyingPage } from './pages/PaperKeyingPage.ts';

const h = useBrowserHarness({ timeout: 30_000 });
const forms = generatePaperForms(8);

type Stored = Awaited<ReturnType<typeof storedInterviews>>[number] & { paper?: unknown; keying?: { keys: number } };

/** Offline, so the stored forms stay as keyed (no upload, no housekeeping after the demo's field window). */
async function openKeyer(page: Page): Promise<PaperKeyingPage> {
  await h.signIn('dtv04', page);
  const home = await new HomePage(page, h.baseUrl).waitUntilShown();
  await waitForServiceWorkerControl(page);
  await goOffline(h.context);
  await home.startPaperKeying('07');
  return new PaperKeyingPage(page).waitForSlot('serial');
}

async function expectEightForms(page: Page) {
  await expect.poll(async () => (await storedInterviews(page)).filter((i) => i.status === 'finished').length, { timeout: 30_000 }).toBe(8);
  const stored = await storedInterviews(page) as Stored[];
  expect(stored).toHaveLength(8); // no draft left behind, no form twice
  for (const form of forms) {
    const found = stored.find((i) => i.serial === form.serial);
    expect(found, form.serial).toBeDefined();
    expect(found!.answers, form.serial).toEqual(form.finishedAnswers);
    expect(found!.paper, form.serial).toEqual(form.footer);
    expect(found!.keying?.keys, form.serial).toBe(form.keys.length);
  }
}

describe('paper keying with no pause between keys', () => {
  it('stores eight forms exactly as on paper when every key arrives at once', async () => {
    await openKeyer(h.page);
    await burstKeys(h.page, forms.flatMap((f) => f.keys));
    await expectEightForms(h.page);
  });

  it('stores eight forms exactly as on paper with the CPU slowed fourfold', async () => {
    await openKeyer(h.page);
    await burstKeys(h.page, forms.flatMap((f) => f.keys), 4);
    await expectEightForms(h.page);
  });
});
