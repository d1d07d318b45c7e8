// The admin's account management: list, create with assignments, edit, disable and enable, reset a password to a
// temporary one, set units in a survey, import a CSV (preview, then apply), remove a second factor. Every change is
// written to the audit log (server/audit/record.ts) with a before/after summary that never holds a secret, in the
// same transaction as the change (slow password hashing happens before it). A survey manager (decision 0012)
// assigns only in its surveys and neither makes nor touches an admin account (no way to a wider account).
import { Hono, type Context } from 'hono';
import {
  CreateAccountRequestSchema, ImportAccountsRequestSchema, SetAssignmentsRequestSchema, UpdateAccountRequestSchema,
  type AccountListResponse, type AccountResponse, type ImportPreview, type ImportResult, type ResetPasswordResponse,
} from '#shared/api/admin.ts';
import { passwordWeakness } from '#shared/accounts/new-password.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { managedSurveyIds, refuseUnmanagedSlug } from '../http/survey-manager.ts';
import { readJson } from '../http/body.ts';
import { recordAudit } from '../audit/record.ts';
import { adminAccount, listAdminAccounts } from '../accounts/admin-view.ts';
import { importAccounts } from '../accounts/import-accounts.ts';
import { refuseSelf, removeTwoFactor, resetPassword, setAssignments, updateAccount } from '../accounts/manage-accounts.ts';
import { parseAccountsCsv } from '../accounts/parse-accounts-csv.ts';
import { planImport, previewOf } from '../accounts/plan-import.ts';
import { findAccountById, findAccountByUsername, isSystemAccount } from '../repo/accounts.ts';
import { disableAccount, enableAccount, insertPreparedAccount, prepareAccount } from '../services/accounts.ts';

export function adminAccountRoutes(deps: Deps) {
  const accountIdParam = (c: Context<AppEnv>): number => {
    const id = Number(c.req.param('id'));
    const found = Number.isInteger(id) && id > 0 ? findAccountById(deps.db, id) : undefined;
    if (!found || isSystemAccount(found)) throw problem('account.notFound');
    return id;
  };
  /** A survey manager's limits: the surveys named, and no admin account made, changed or reached. */
  const refuseBeyondManager = (c: Context<AppEnv>, reach: { surveys?: readonly string[]; roles?: readonly (string | undefined)[] }) => {
    const { account } = callerOf(c);
    if (managedSurveyIds(deps, account) === null) return;
    if (reach.roles?.includes('admin')) throw problem('auth.forbidden');
    for (const slug of new Set(reach.surveys ?? [])) if (slug) refuseUnmanagedSlug(deps, account, slug);
  };
  const roleOf = (id: number) => findAccountById(deps.db, id)?.role;
  const target = (id: number) => `account:${id}`;
  /** The change and its audit record, stored together or not at all (a service's own transaction nests inside). */
  const inOne = (work: () => void) => deps.db.transaction(work)();
  const answer = (id: number): AccountResponse => ({ account: adminAccount(deps.db, id) });
  const csvOf = (fileBase64: string): Uint8Array => {
    const bytes = Buffer.from(fileBase64, 'base64');
    if (bytes.length === 0) throw problem('account.csvInvalid');
    return bytes;
  };

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => c.json({ accounts: listAdminAccounts(deps.db) } satisfies AccountListResponse))
    .post('/', async (c) => {
      const { assignments, ...input } = await readJson(c, CreateAccountRequestSchema);
      refuseBeyondManager(c, { roles: [input.role], surveys: assignments.map((a) => a.surveySlug) });
      const weakness = passwordWeakness(input.password, input.username);
      if (weakness) throw problem('account.weakPassword', { reason: weakness });
      if (input.role === 'admin' && assignments.some((a) => a.unitNos.length > 0)) throw problem('account.assignmentsNotForRole');
      const prepared = await prepareAccount(input, assignments);
      const account = deps.db.transaction(() => {
        const made = insertPreparedAccount(deps.db, prepared, isoNow(deps.clock));
        recordAudit(deps, c, {
          action: 'account.create', target: target(made.id),
          after: { username: made.username, role: made.role, displayName: made.displayName, assignments },
        });
        return made;
      })();
      return c.json(answer(account.id), 201);
    })
    .post('/import/preview', async (c) => {
      const { fileBase64 } = await readJson(c, ImportAccountsRequestSchema);
      const parsed = parseAccountsCsv(csvOf(fileBase64));
      refuseBeyondManager(c, { roles: parsed.rows.map((r) => r.role), surveys: parsed.rows.map((r) => r.surveySlug) });
      return c.json(previewOf(planImport(deps.db, parsed.rows, parsed.errors)) satisfies ImportPreview);
    })
    .post('/import', async (c) => {
      const { fileBase64 } = await readJson(c, ImportAccountsRequestSchema);
      const parsed = parseAccountsCsv(csvOf(fileBase64));
      refuseBeyondManager(c, { roles: parsed.rows.map((r) => r.role), surveys: parsed.rows.map((r) => r.surveySlug) });
      // Refused whole when any line is wrong (the preview names them): nothing is ever half-imported.
      const outcome = parsed.ok ? await importAccounts(deps.db, parsed.rows, isoNow(deps.clock), ({ created, changed }) => {
        for (const account of created) {
          recordAudit(deps, c, { action: 'account.create', target: target(account.id), after: { username: account.username, role: account.role, via: 'import' } });
        }
        for (const change of changed) {
          recordAudit(deps, c, {
            action: 'account.assign', target: target(findAccountByUsername(deps.db, change.username)!.id),
            before: { survey: change.surveySlug, removed: change.removed }, after: { survey: change.surveySlug, added: change.added, via: 'import' },
          });
        }
      }) : parsed;
      if (!outcome.ok) throw problem('account.csvInvalid', { lines: new Set(outcome.errors.map((e) => e.line)).size });
      return c.json({
        created: outcome.created.length, updated: outcome.changed.length, generatedPasswords: outcome.generatedPasswords,
      } satisfies ImportResult);
    })
    .post('/:id', async (c) => {
      const id = accountIdParam(c);
      const changes = await readJson(c, UpdateAccountRequestSchema);
      refuseBeyondManager(c, { roles: [roleOf(id), changes.role] });
      inOne(() => recordAudit(deps, c, { action: 'account.update', target: target(id), ...updateAccount(deps.db, callerOf(c).account.id, id, changes, isoNow(deps.clock)) }));
      return c.json(answer(id));
    })
    .post('/:id/disable', (c) => {
      const id = accountIdParam(c);
      refuseBeyondManager(c, { roles: [roleOf(id)] });
      refuseSelf(callerOf(c).account.id, id);
      inOne(() => {
        disableAccount(deps.db, id, isoNow(deps.clock));
        recordAudit(deps, c, { action: 'account.disable', target: target(id), before: { disabled: false }, after: { disabled: true } });
      });
      return c.json(answer(id));
    })
    .post('/:id/enable', (c) => {
      const id = accountIdParam(c);
      refuseBeyondManager(c, { roles: [roleOf(id)] });
      inOne(() => {
        enableAccount(deps.db, id);
        recordAudit(deps, c, { action: 'account.enable', target: target(id), before: { disabled: true }, after: { disabled: false } });
      });
      return c.json(answer(id));
    })
    .post('/:id/reset-password', async (c) => {
      const id = accountIdParam(c);
      refuseBeyondManager(c, { roles: [roleOf(id)] });
      refuseSelf(callerOf(c).account.id, id);
      const temporaryPassword = await resetPassword(deps.db, id, isoNow(deps.clock), undefined, () =>
        recordAudit(deps, c, { action: 'account.resetPassword', target: target(id), after: { mustChangePassword: true } }));
      return c.json({ ...answer(id), temporaryPassword } satisfies ResetPasswordResponse);
    })
    .post('/:id/assignments', async (c) => {
      const id = accountIdParam(c);
      const { surveySlug, unitNos } = await readJson(c, SetAssignmentsRequestSchema);
      refuseBeyondManager(c, { roles: [roleOf(id)], surveys: [surveySlug] });
      inOne(() => recordAudit(deps, c, { action: 'account.assign', target: target(id), ...setAssignments(deps.db, id, surveySlug, unitNos) }));
      return c.json(answer(id));
    })
    .post('/:id/two-factor/disable', (c) => {
      const id = accountIdParam(c);
      refuseBeyondManager(c, { roles: [roleOf(id)] });
      inOne(() => recordAudit(deps, c, { action: 'account.twoFactorDisable', target: target(id), ...removeTwoFactor(deps.db, id) }));
      return c.json(answer(id));
    });
}
