// `npm run backup [-- --keep N] [--every MINUTES] [--dir DIR] [--encrypt --key-file KEY]`: a consistent snapshot of
// the data folder's database while the server runs, kept in DATA_DIR/backups (newest N), encrypted with AES-256-GCM
// when asked (always, for a USB stick); `--make-key FILE` makes a key; `--restore FILE [--key-file KEY]` puts a
// backup back (server stopped). Each backup and restore is audit-logged. Messages follow PHIEU_LANG (vi by default).
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { formatNumber } from '#shared/i18n/format.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { translate } from '#shared/i18n/translate.ts';
import { readAnchor } from '#server/audit/anchor.ts';
import { createKeyFile, KeyFileError, requireKeyFile } from '#server/audit/key-file.ts';
import { backupDatabase } from '#server/backup/backup.ts';
import { BackupError } from '#server/backup/backup-error.ts';
import { restoreBackup } from '#server/backup/restore.ts';
import { scheduleBackups } from '#server/backup/schedule.ts';
import { databaseFile, readConfig } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { openCliAudit } from './support/cli-audit.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const language = z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG);
const dictionary = await loadDictionary(language);
const say = (code: string, params?: Record<string, string | number>) => console.log(translate(dictionary, code, params));
const fail = (code: string, params?: Record<string, string | number>): never => {
  console.error(translate(dictionary, code, params));
  process.exit(1);
};
/** A key or backup that cannot be used is a sentence and exit code 1, never a stack trace. */
const failWith = (error: unknown): never => {
  if (error instanceof BackupError || error instanceof KeyFileError) return fail(error.code, error.params);
  throw error;
};

type Options = {
  keep?: string; every?: string; dir?: string; restore?: string; help?: boolean;
  encrypt?: boolean; 'key-file'?: string; 'make-key'?: string;
};
let values: Options;
try {
  ({ values } = parseArgs({
    options: {
      keep: { type: 'string' }, every: { type: 'string' }, dir: { type: 'string' }, restore: { type: 'string' }, help: { type: 'boolean' },
      encrypt: { type: 'boolean' }, 'key-file': { type: 'string' }, 'make-key': { type: 'string' },
    },
  }));
} catch {
  values = { help: true };
}
const whole = (text: string | undefined, fallback: number) => (text === undefined ? fallback : /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : NaN);
const keep = whole(values.keep, 48);
const every = whole(values.every, 0);
const config = readConfig(process.env);
const keyFile = values['key-file'] ?? config.backupKeyFile ?? undefined;
if (values.help || Number.isNaN(keep) || Number.isNaN(every) || (values.encrypt && !keyFile)) fail('backup.usage');

if (values['make-key']) {
  const file = values['make-key'];
  try {
    createKeyFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail('backup.keyExists', { file });
    throw error;
  }
  say('backup.keyMade', { file });
  process.exit(0);
}

const { dataDir } = config;
const dir = values.dir ?? join(dataDir, 'backups');

if (values.restore) {
  const file = values.restore;
  const restored = await Promise.resolve()
    .then(() => restoreBackup(file, dataDir, Date.now(), keyFile ? requireKeyFile(keyFile) : null))
    .catch(failWith);
  say('backup.restored', { file, aside: restored.moved[0] ?? '—' });
  // The restored log is older than the anchor: the restore is written into it, and the anchor moved back on purpose.
  const db = openDatabase(databaseFile(dataDir));
  const audit = openCliAudit(db, dictionary);
  if (audit) {
    const key = requireKeyFile(config.auditKeyFile);
    const previous = readAnchor(key, config.auditAnchorFile);
    audit.record({
      action: 'backup.restore', target: `backup:${basename(file)}`,
      before: previous.ok ? { auditCount: previous.end.count } : null, after: { encrypted: restored.encrypted },
    });
    audit.settle({ force: true });
    say('audit.restore.recorded');
  }
  db.close();
  process.exit(0);
}

let encryptKey: Buffer | null = null;
if (values.encrypt) {
  try {
    encryptKey = requireKeyFile(keyFile!);
  } catch (error) {
    failWith(error);
  }
}
// A plain connection, not openDatabase: a backup never migrates the live database.
const { db } = openDataDatabase(dictionary, { migrate: false });
const audit = openCliAudit(db, dictionary);

async function once(): Promise<void> {
  const result = await backupDatabase(db, dir, { keep, now: Date.now(), encryptKey });
  const size = `${formatNumber(Math.ceil(result.bytes / 1024), language)} KB`;
  say(result.encrypted ? 'backup.encryptedDone' : 'backup.done', { file: result.file, size });
  audit?.record({ action: 'backup.create', target: `backup:${basename(result.file)}`, after: { encrypted: result.encrypted, bytes: result.bytes } });
  audit?.settle();
  if (result.pruned.length) say('backup.pruned', { count: result.pruned.length, keep });
}

const report = (error: unknown) => console.error(translate(dictionary, 'backup.failed', { message: error instanceof Error ? error.message : String(error) }));

if (every > 0) {
  say('backup.scheduled', { minutes: every, dir });
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
