// `npm start` / `npm run demo`: reads the configuration, starts the server, and tells the person at the
// console where it runs and, for a demo database, which accounts to try.
import { translate } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { readConfig } from './config.ts';
import { formatDate } from '#shared/i18n/format.ts';
import { demoAccounts } from './demo/seed.ts';
import { loadSurvey } from './services/surveys.ts';
import { countAccounts } from './repo/accounts.ts';
import { missingClientNotice } from './http/static.ts';
import { KeyFileError } from './audit/key-file.ts';
import { startServer, type RunningServer } from './serve.ts';

const config = readConfig(process.env, process.argv.slice(2));
let server: RunningServer;
try {
  server = await startServer(config);
} catch (error) {
  // A missing or unreadable key is a sentence and exit code 2, never a stack trace (and never a new key in its place).
  if (!(error instanceof KeyFileError)) throw error;
  console.error(translate(vi, error.code, error.params));
  process.exit(2);
}

console.log(translate(vi, 'cli.listening', { url: server.url }));
console.log(translate(vi, 'cli.dataDir', { dir: config.dataDir }));
if (server.audit.keyCreated) console.warn(`\n${translate(vi, 'audit.key.created', { file: server.audit.keyFile })}\n`);
if (server.handover.keyCreated) console.warn(`${translate(vi, 'handover.key.created', { file: server.handover.keyFile })}\n`);
if (server.audit.anchor === 'refused' || server.audit.anchor === 'forged') {
  console.error(translate(vi, `audit.anchor.${server.audit.anchor}`, { file: server.audit.anchorFile }));
}
const noClient = config.staticDir === null ? null : missingClientNotice(config.staticDir, vi);
if (noClient) console.warn(noClient);
if (server.demo) {
  console.log(`\n${translate(vi, 'cli.demoAccounts')}`);
  for (const account of demoAccounts()) {
    console.log(`  ${account.username.padEnd(8)} ${account.password.padEnd(16)} ${translate(vi, `role.${account.role}`)}${account.unitNos.length ? ` — ${account.unitNos.join(', ')}` : ''}`);
  }
  // The demo's window follows the day its database was made (server/demo/seed.ts demoWindow): say which days.
  const demo = loadSurvey(server.db, 'hung-yen-2026')?.survey;
  if (demo) {
    const { start, end } = demo.fieldWindow;
    console.log(`\n${translate(vi, 'cli.demoWindow', { survey: demo.slug, start: formatDate(start), end: formatDate(end) })}`);
  }
} else if (countAccounts(server.db) === 0) {
  console.log(translate(vi, 'cli.noAccounts'));
}

const shutdown = () => { void server.close().then(() => process.exit(0)); };
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
