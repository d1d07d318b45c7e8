// `npm run accounts -- …`: create, import, list, disable and reset accounts in the data folder's database.
// Safe while the server runs (SQLite WAL). Messages follow PHIEU_LANG (vi by default).
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { parseArgs } from 'node:util';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { isoNow, systemClock } from '#shared/clock.ts';
import { translate } from '#shared/i18n/translate.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { Problem, problemMessageKey } from '#shared/problems.ts';
import { newPassword } from '#server/auth/tokens.ts';
import { importAccounts } from '#server/accounts/import-accounts.ts';
import { parseAccountsCsv } from '#server/accounts/parse-accounts-csv.ts';
import { resetPassword } from '#server/accounts/manage-accounts.ts';
import { findAccountByUsername, listAccounts } from '#server/repo/accounts.ts';
import { createAccount, disableAccount, enableAccount } from '#server/services/accounts.ts';
import { RoleSchema } from '#shared/accounts/schema.ts';
import { openCliAudit } from './support/cli-audit.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const dictionary = await loadDictionary(z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG));
const say = (code: string, params?: Record<string, string | number>) => console.log(translate(dictionary, code, params));
const fail = (code: string, params?: Record<string, string | number>): never => {
  console.error(translate(dictionary, code, params));
  process.exit(1);
};

const COMMANDS = ['list', 'create', 'import', 'disable', 'enable', 'reset-password'];
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' },
    password: { type: 'string' }, survey: { type: 'string' }, units: { type: 'string' },
  },
});
const [command, argument] = positionals;
const role = RoleSchema.safeParse(values.role);
// Usage is checked before the database is opened: a mistyped command never makes one.
if (!command || !COMMANDS.includes(command) || (command === 'import' && !argument)
  || (command === 'create' && (!values.username || !values.name || !role.success))) fail('cli.accountsUsage');
// The first accounts go into a new data folder (the README's deployment step 2): only `create` and `import` may
// make the database; every other command needs the one that exists.
const { db } = openDataDatabase(dictionary, { create: command === 'create' || command === 'import' });
const nowIso = isoNow(systemClock);
// Every change is audit-logged as `cli:<os user>` (decision 0011); `list` changes nothing and writes nothing.
const audit = command === 'list' ? null : openCliAudit(db, dictionary);

function accountNamed(username: string | undefined) {
  const account = username ? findAccountByUsername(db, username.toLowerCase()) : undefined;
  return account ?? fail('cli.unknownAccount', { username: username ?? '' });
}

try {
  switch (command) {
    case 'list':
      for (const a of listAccounts(db)) console.log(`${a.username.padEnd(16)} ${a.role.padEnd(11)} ${a.disabled ? '✗' : '✓'} ${a.displayName}`);
      break;
    case 'create': {
      const password = values.password ?? newPassword();
      const units = (values.units ?? '').split(/[\s,;|]+/).filter(Boolean);
      const account = await createAccount(db, {
        username: values.username!, displayName: values.name!, role: role.data!, password,
      }, values.survey ? [{ surveySlug: values.survey, unitNos: units }] : [], nowIso);
      audit?.record({
        action: 'account.create', target: `account:${account.id}`,
        after: { username: account.username, role: account.role, displayName: account.displayName, survey: values.survey ?? null, units },
      });
      say('cli.accountCreated', { username: account.username, role: account.role });
      if (!values.password) { say('cli.generatedPasswords'); console.log(`  ${account.username}  ${password}`); }
      break;
    }
    case 'import': {
      const parsed = parseAccountsCsv(readFileSync(argument!));
      const outcome = parsed.ok ? await importAccounts(db, parsed.rows, nowIso) : parsed;
      if (!outcome.ok) {
        for (const error of outcome.errors) say('cli.csvLineError', { line: error.line, message: translate(dictionary, error.code, error.params) });
        fail('cli.csvRefused');
      } else {
        audit?.record({ action: 'account.import', target: 'accounts', after: { created: outcome.created.length, changed: outcome.changed.length, file: argument! } });
        say('cli.accountsImported', { count: outcome.created.length });
        if (outcome.changed.length) say('cli.assignmentsChanged', { count: outcome.changed.length });
        if (outcome.generatedPasswords.length) say('cli.generatedPasswords');
        for (const { username, password } of outcome.generatedPasswords) console.log(`  ${username}  ${password}`);
      }
      break;
    }
    case 'disable':
    case 'enable': {
      const account = accountNamed(argument);
      db.transaction(() => {
        if (command === 'disable') disableAccount(db, account.id, nowIso);
        else enableAccount(db, account.id);
        audit?.record({
          action: `account.${command}`, target: `account:${account.id}`,
          before: { username: account.username, disabled: account.disabled }, after: { disabled: command === 'disable' },
        });
      })();
      say(command === 'disable' ? 'cli.accountDisabled' : 'cli.accountEnabled', { username: account.username });
      break;
    }
    case 'reset-password': {
      // The page's rule too: the password is temporary, to be replaced at the next sign-in.
      const account = accountNamed(argument);
      const password = await resetPassword(db, account.id, nowIso, values.password, () =>
        audit?.record({ action: 'account.resetPassword', target: `account:${account.id}`, after: { username: account.username, mustChangePassword: true } }));
      say('cli.passwordReset', { username: account.username });
      if (!values.password) console.log(`  ${account.username}  ${password}`);
      break;
    }
    default:
      fail('cli.accountsUsage');
  }
} catch (error) {
  if (error instanceof Problem) fail(problemMessageKey(error.code), error.params);
  throw error;
} finally {
  audit?.settle();
  db.close();
}
