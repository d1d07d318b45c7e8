// The Word report at scale (issue 22): the demo survey with 20,000 interviews stored as the server stores them,
// then the full report — all 16 questions, five cross-tabs, every chart rendered to PNG, the .docx packed. The
// first report after the interviews arrived also packs them into the compact store (decision 0017), as the first
// report after the last sync would. Goal: under 10 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDictionary } from '../../shared/i18n/load.ts';
import type { MessageParams } from '../../shared/i18n/message.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { parseReportQuery } from '../../shared/report/request.ts';
import { openDatabase } from '../../server/db/open.ts';
import { buildReport } from '../../server/report/build-report.ts';
import { seed } from './tables.ts';
import type { Bench, BenchResult, BenchSize } from './types.ts';

const CROSSTABS = 'c9:unitKind,c10:c1,c12:c2,c7:c4,c11_1:c5';

const bench: Bench = {
  title: 'Word report of the demo survey (16 questions, five cross-tabs, every chart)',
  async run(size: BenchSize): Promise<BenchResult[]> {
    const count = size === 'tiny' ? 300 : Number(process.env.PHIEU_BENCH_REPORT_COUNT ?? 20_000);
    const dir = mkdtempSync(join(tmpdir(), 'phieu-bench-report-'));
    try {
      const file = join(dir, 'bench.sqlite');
      await seed(file, count);
      const db = openDatabase(file);
      const dictionary = await loadDictionary('vi');
      const say = (code: string, params?: MessageParams) => translate(dictionary, code, params);
      const request = parseReportQuery({ bands: 'c2:18-30,31-45,46-60,61+', crosstabs: CROSSTABS });
      if (!request.ok) throw new Error('bench: bad request');
      const timed = async () => {
        const started = performance.now();
        const report = await buildReport(db, 'hung-yen-2026', request.value, say, '2026-06-03');
        const seconds = (performance.now() - started) / 1000;
        if (report.outline.total !== count || report.outline.refused.length > 0) throw new Error(`bench: ${report.outline.total} of ${count} interviews, ${report.outline.refused.length} refused`);
        return { seconds, bytes: report.docx.length };
      };
      const first = await timed();
      const again = await timed();
      db.close();
      console.log(`  (.docx of ${(first.bytes / 1024).toFixed(0)} KB)`);
      const n = count.toLocaleString('en-US');
      return [
        { name: `s for the full report, ${n} interviews (store packed)`, value: first.seconds, unit: 's', goal: 10, lowerIsBetter: true },
        { name: `s for the full report again, ${n} interviews`, value: again.seconds, unit: 's', goal: 10, lowerIsBetter: true },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
