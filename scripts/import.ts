// `npm run import -- FILE…`: imports hand-over files as the admin page does (decision 0016), from the data folder's
// database and the server's hand-over key, each logged in the audit log as a command-line action. Prints what the
// server decided for each interview. Exit codes: 0 imported; 2 a file refused (its reason said) or usage; 1 a failure.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as z from 'zod/mini';
import { systemClock } from '#shared/clock.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { translate } from '#shared/i18n/translate.ts';
import { Problem, problemMessageKey } from '#shared/problems.ts';
import { KeyFileError } from '#server/audit/key-file.ts';
import { readConfig } from '#server/config.ts';
import { handoverAuditEntry, importHandover } from '#server/handover/import-file.ts';
import { openHandoverKey, type HandoverKey } from '#server/handover/key.ts';
import { openCliAudit } from './support/cli-audit.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const language = z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG);
const dictionary = await loadDictionary(language);
const say = (code: string, params?: Record<string, string | number>) => translate(dictionary, code, params);

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  console.error(say('handover.cli.usage'));
  process.exit(2);
}

let key: HandoverKey;
try {
  const opened = openHandoverKey(readConfig(process.env).handoverKeyFile);
  if (opened.created) console.warn(say('handover.key.created', { file: readConfig(process.env).handoverKeyFile }));
  key = opened;
} catch (error) {
  if (!(error instanceof KeyFileError)) throw error;
  console.error(say(error.code, error.params));
  process.exit(2);
}

const { db } = openDataDatabase(dictionary);
const audit = openCliAudit(db, dictionary);
let exitCode = 0;
try {
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      console.error(say('handover.cli.cannotRead', { file }));
      exitCode = 2;
      continue;
    }
    try {
      const result = await importHandover({ db, clock: systemClock, handover: key }, content);
      audit?.record(handoverAuditEntry(result, basename(file)));
      console.log(say('handover.cli.result', { file: basename(file), account: result.account.username, device: result.deviceId.slice(0, 8), count: result.items.length }));
      if (result.quarantined) console.log(say('handover.page.quarantined'));
      for (const item of result.items) {
        const flags = item.receipt.flags.map((flag) => say(`handover.flag.${flag}`)).join(', ');
        console.log(say('handover.cli.item', {
          serial: item.serial ?? item.receipt.id.slice(0, 8), unit: item.unitNo ?? '?',
          outcome: say(`handover.outcome.${item.receipt.outcome}`), flags: flags ? ` (${flags})` : '',
        }));
      }
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      console.error(`${basename(file)}: ${say(problemMessageKey(error.code), error.params)}`);
      exitCode = 2;
    }
  }
  audit?.settle();
} finally {
  db.close();
}
process.exit(exitCode);
