// `npm run backup [-- --keep N] [--every MINUTES] [--dir DIR]`: a consistent snapshot of the data folder's
// database while the server runs, kept in DATA_DIR/backups (newest N); `--restore FILE` puts one back (server
// stopped). Messages follow PHIEU_LANG (vi by default).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { formatNumber } from '#shared/i18n/format.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { translate } from '#shared/i18n/translate.ts';
import { backupDatabase } from '#server/backup/backup.ts';
import { restoreBackup } from '#server/backup/restore.ts';
import { scheduleBackups } from '#server/backup/schedule.ts';
import { readConfig } from '#server/config.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const language = z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG);
const dictionary = await loadDictionary(language);
const say = (code: string, params?: Record<string, string | number>) => console.log(translate(dictionary, code, params));
const fail = (code: string, params?: Record<string, string | number>): never => {
  console.error(translate(dictionary, code, params));
  process.exit(1);
};

let values: { keep?: string; every?: string; dir?: string; restore?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { keep: { type: 'string' }, every: { type: 'string' }, dir: { type: 'string' }, restore: { type: 'string' }, help: { type: 'boolean' } },
  }));
} catch {
  values = { help: true };
}
const whole = (text: string | undefined, fallback: number) => (text === undefined ? fallback : /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : NaN);
const keep = whole(values.keep, 48);
const every = whole(values.every, 0);
if (values.help || Number.isNaN(keep) || Number.isNaN(every)) fail('sync.backup.usage');

const { dataDir } = readConfig(process.env);
const dir = values.dir ?? join(dataDir, 'backups');

if (values.restore) {
  const moved = restoreBackup(values.restore, dataDir, Date.now());
  say('sync.backup.restored', { file: values.restore, aside: moved[0] ?? '—' });
  process.exit(0);
}
// A plain connection, not openDatabase: a backup never migrates the live database.
const { db } = openDataDatabase(dictionary, { migrate: false });

async function once(): Promise<void> {
  const result = await backupDatabase(db, dir, { keep, now: Date.now() });
  say('sync.backup.done', { file: result.file, size: `${formatNumber(Math.ceil(result.bytes / 1024), language)} KB` });
  if (result.pruned.length) say('sync.backup.pruned', { count: result.pruned.length, keep });
}

const report = (error: unknown) => console.error(translate(dictionary, 'sync.backup.failed', { message: error instanceof Error ? error.message : String(error) }));

if (every > 0) {
  say('sync.backup.scheduled', { minutes: every, dir });
  const stop = scheduleBackups(every, once, report);
  const shutdown = () => { stop(); db.close(); process.exit(0); };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} else {
  try {
    await once();
  } catch (error) {
    report(error);
    process.exitCode = 1;
  } finally {
    db.close();
  }
}
