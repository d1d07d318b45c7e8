// The online respondent's first usable screen (issue 23: under 3 s) on Chromium's "Fast 3G" — a 563 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up — with the CPU slowed fourfold and an empty cache: a production build served by an
// in-process server, the time the page's own, from the navigation's start to the intro's mark.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/serve.ts';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { ensureOnlineSurvey, makeOnlineLink } from '../../tests/helpers/online.ts';
import { buildClient } from './bundle.ts';
import type { Bench } from './types.ts';

function vietnam(ms: number): string {
  return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

const bench: Bench = {
  title: 'The online respondent page\'s first usable screen on Fast 3G with the CPU slowed 4× (headless Chromium)',
  async run(size) {
    const opens = size === 'tiny' ? 1 : 5;
    const work = await mkdtemp(join(tmpdir(), 'phieu-respondent-open-'));
    const distDir = join(work, 'dist');
    await buildClient(distDir);
    const server = await startServer({ dataDir: join(work, 'data'), port: 0, demo: true, staticDir: distDir, log: false });
    const browser = await launchBrowser({ phone: true });
    try {
      const now = Date.now();
      const slug = ensureOnlineSurvey(server.db, 'truc-tuyen', { start: vietnam(now - 3600_000), end: vietnam(now + 86_400_000) });
      const { token } = makeOnlineLink(server.db, slug, '01', new Date(now).toISOString());
      const page = browser.page;
      page.setDefaultTimeout(60_000);
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 563, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const times: number[] = [];
      for (let i = 0; i < opens; i++) {
        await page.goto(`${server.url}/r/${token}`);
        await page.waitForFunction(() => performance.getEntriesByName('phieu:respond-ready').length > 0);
        times.push(await page.evaluate(() => performance.getEntriesByName('phieu:respond-ready')[0]!.startTime));
      }
      const sorted = [...times].sort((a, b) => a - b);
      return [
        { name: `median ms to the first usable screen (${opens} cold opens)`, value: sorted[Math.floor(sorted.length / 2)]!, unit: 'ms', goal: 3000, lowerIsBetter: true },
        { name: `slowest ms to the first usable screen (${opens} cold opens)`, value: sorted[sorted.length - 1]!, unit: 'ms', goal: 3000, lowerIsBetter: true },
      ];
    } finally {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    }
  },
};

export default bench;
