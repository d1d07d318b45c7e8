// Opening the app offline to a usable home screen (goal: under 1 s), in headless Chromium: a production build
// served by an in-process demo server, an enumerator signed in once online with a few drafts on the device,
// then the network cut and the app reloaded from its service worker. The time is the page's own, from the
// navigation's start to the home screen's data on screen (the `phieu:home-ready` mark).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/serve.ts';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { SignInPage } from '../../tests/e2e/pages/SignInPage.ts';
import { HomePage } from '../../tests/e2e/pages/HomePage.ts';
import { buildClient } from './bundle.ts';
import type { Bench, BenchSize } from './types.ts';
import { DEMO_PASSWORDS } from '../../server/demo/seed.ts';

const SIZES: Record<BenchSize, { drafts: number; opens: number }> = { tiny: { drafts: 0, opens: 1 }, full: { drafts: 10, opens: 15 } };

const bench: Bench = {
  title: 'Opening offline to a usable home screen (headless Chromium, service worker)',
  async run(size) {
    const { drafts, opens } = SIZES[size];
    const work = await mkdtemp(join(tmpdir(), 'phieu-offline-open-'));
    const distDir = join(work, 'dist');
    await buildClient(distDir);
    const server = await startServer({ dataDir: join(work, 'data'), port: 0, demo: true, staticDir: distDir, log: false });
    const browser = await launchBrowser();
    try {
      const page = browser.page;
      page.setDefaultTimeout(30_000);
      await (await new SignInPage(page, server.url).open()).signIn('dtv01', DEMO_PASSWORDS.enumerator);
      const home = await new HomePage(page, server.url).waitUntilShown();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      for (let i = 1; i <= drafts; i++) {
        await home.startInterview(i % 2 ? '01' : '02');
        await page.goto(`${server.url}/`);
        await home.waitUntilShown();
      }
      await browser.context.setOffline(true);
      const times: number[] = [];
      for (let i = 0; i < opens; i++) {
        await page.reload();
        await home.waitUntilShown();
        await page.waitForFunction(() => performance.getEntriesByName('phieu:home-ready').length > 0);
        times.push(await page.evaluate(() => performance.getEntriesByName('phieu:home-ready')[0]!.startTime));
      }
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      return [
        { name: `median ms to a usable home, offline (${opens} opens)`, value: median, unit: 'ms', goal: 1000, lowerIsBetter: true },
        { name: `slowest ms to a usable home, offline (${opens} opens)`, value: sorted[sorted.length - 1]!, unit: 'ms', goal: 1000, lowerIsBetter: true },
      ];
    } finally {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    }
  },
};

export default bench;
