// `npm run audit -- verify`: checks the audit log's chain with the key kept outside the data folder, the anchor
// beside the key, and the count and last hash each backup in DATA_DIR/backups carries. Exit codes: 0 intact,
// 1 signs of tampering (each said in the user's language), 2 could not run (no database, no key, usage).
import { join } from 'node:path';
import * as z from 'zod/mini';
import { loadDictionary } from '#shared/i18n/load.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { translate } from '#shared/i18n/translate.ts';
import { readKeyFile } from '#server/audit/key-file.ts';
import { verifyAuditLog, type Finding, type Source } from '#server/audit/verify.ts';
import { readConfig } from '#server/config.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const dictionary = await loadDictionary(z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG));
const t = (code: string, params?: Record<string, string | number>) => translate(dictionary, code, params);

const [command] = process.argv.slice(2);
if (command !== 'verify') {
  console.error(t('audit.usage'));
  process.exit(2);
}

const config = readConfig(process.env);
const { db, dataDir } = openDataDatabase(dictionary);
// verify never makes a key: a missing one is a refusal, whatever the log holds.
const key = readKeyFile(config.auditKeyFile);
if (!key.ok) {
  console.error(t(key.reason === 'missing' ? 'audit.key.missingWithRows' : 'audit.key.malformed', { file: config.auditKeyFile }));
  process.exit(2);
}

const sourceName = (source: Source | null) => (source?.kind === 'backup' ? t('audit.source.backup', { name: source.name }) : t('audit.source.anchor'));
function describe(finding: Finding): string {
  if (finding.kind !== 'break') return t(finding.kind === 'noAnchor' ? 'audit.verify.noAnchor' : 'audit.verify.forgedAnchor', { file: finding.file });
  const p = finding.problem;
  switch (p.kind) {
    case 'edited': return t('audit.verify.edited', { seq: p.seq });
    case 'removed': return t('audit.verify.removed', { seq: p.seq });
    case 'truncated': return t('audit.verify.truncated', { source: sourceName(finding.source), expected: p.expected.count, found: p.found.count });
    case 'mismatch': return t('audit.verify.mismatch', { source: sourceName(finding.source), seq: p.expected.count });
  }
}

try {
  const report = verifyAuditLog(db, key.key, { anchorFile: config.auditAnchorFile, backupsDir: join(dataDir, 'backups') });
  for (const { name, reason } of report.skipped) console.warn(t('audit.verify.skippedBackup', { name, reason }));
  if (report.ok) {
    console.log(t('audit.verify.ok', { count: report.count, backups: report.backupsChecked }));
  } else {
    console.error(t('audit.verify.failed', { count: report.count }));
    for (const finding of report.findings) console.error(describe(finding));
    process.exitCode = 1;
  }
} finally {
  db.close();
}
