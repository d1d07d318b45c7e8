// `npm run export -- --survey SLUG --format sav|sps|xlsx|csv --out FILE [filters]`: the same export as the
// admin page, from the data folder's database (safe while the server runs: it reads one WAL snapshot).
// Files are written beside their final name and renamed at the end, so a failed export leaves nothing half
// written. Exit codes: 0 done; 2 a refused request (usage, format, filter, unknown survey or unit); 1 a failure.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { parseExportParams } from '#shared/exporting/filters.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { translate } from '#shared/i18n/translate.ts';
import { Problem, problemMessageKey } from '#shared/problems.ts';
import { exportFiles, type ExportFile } from '#server/export/export-files.ts';
import { planExport } from '#server/export/plan-export.ts';
import { zipEntries } from '#server/export/zip.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const language = z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG);
const dictionary = await loadDictionary(language);
const fail = (exitCode: number, code: string, params?: Record<string, string | number>): never => {
  console.error(translate(dictionary, code, params));
  process.exit(exitCode);
};

const FILTERS = ['units', 'mode', 'entry', 'status', 'from', 'to'] as const;
let values: Record<string, string | boolean | undefined>;
try {
  values = parseArgs({
    options: {
      survey: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, labels: { type: 'boolean' },
      ...Object.fromEntries(FILTERS.map((name) => [name, { type: 'string' as const }])),
    },
  }).values;
} catch {
  values = {};
  fail(2, 'export.cli.usage');
}
const slug = typeof values.survey === 'string' ? values.survey : '';
const out = typeof values.out === 'string' ? values.out : '';
if (!slug || !out || typeof values.format !== 'string') fail(2, 'export.cli.usage');

const params: Record<string, string> = { format: String(values.format), lang: language };
if (values.labels) params.labels = '1';
for (const name of FILTERS) if (typeof values[name] === 'string') params[name] = values[name];
const parsed = parseExportParams(params);
if (!parsed.ok) fail(2, problemMessageKey(parsed.problem.code), parsed.problem.params);
const request = parsed.ok ? parsed.value : fail(2, 'export.cli.usage');

/** Streams `data` into `target` through a temporary file renamed at the end. */
async function writeFile(target: string, data: ExportFile['data']): Promise<void> {
  const partial = `${target}.part`;
  try {
    await pipeline(Readable.from(data), createWriteStream(partial));
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

const { db } = openDataDatabase(dictionary);
try {
  const plan = planExport(db, slug, request, dictionary, Date.now());
  const written: string[] = [];
  let count = 0;
  const onCount = (n: number) => { count = n; };
  if (request.format === 'sps' && extname(out).toLowerCase() === '.zip') {
    await writeFile(out, zipEntries(exportFiles(db, plan, { onCount }), plan.createdAt));
    written.push(out);
  } else {
    // The .sps names its CSV, so both take the name given in --out (without its extension).
    const base = request.format === 'sps' ? basename(out, extname(out)) : undefined;
    for await (const file of exportFiles(db, plan, { onCount, ...(base ? { baseName: base } : {}) })) {
      const target = base ? join(dirname(out), file.name) : out;
      await writeFile(target, file.data);
      written.push(target);
    }
  }
  console.log(translate(dictionary, 'export.cli.done', { count, files: written.join(', ') }));
} catch (error) {
  if (error instanceof Problem) fail(2, problemMessageKey(error.code), error.params);
  throw error;
} finally {
  db.close();
}
