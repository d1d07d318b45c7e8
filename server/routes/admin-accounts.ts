// The admin's account management: list, create with assignments, disable and enable.
import { Hono } from 'hono';
import { CreateAccountRequestSchema, type AccountListResponse } from '#shared/api/admin.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { findAccountById, listAccounts, withoutSecret } from '../repo/accounts.ts';
import { disableAccount, enableAccount, insertPreparedAccount, prepareAccount } from '../services/accounts.ts';

export function adminAccountRoutes(deps: Deps) {
  const accountIdParam = (raw: string): number => {
    const id = Number(raw);
    if (!Number.isInteger(id) || id <= 0 || !findAccountById(deps.db, id)) throw problem('account.notFound');
    return id;
  };

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => c.json({ accounts: listAccounts(deps.db) } satisfies AccountListResponse))
    .post('/', async (c) => {
      const { assignments, ...input } = await readJson(c, CreateAccountRequestSchema);
      const prepared = await prepareAccount(input, assignments);
      const account = deps.db.transaction(() => {
        const created = insertPreparedAccount(deps.db, prepared, isoNow(deps.clock));
        const { username, displayName, role } = created;
        recordAudit(deps, c, { action: 'account.create', target: `account:${created.id}`, after: { username, displayName, role, assignments } });
        return created;
      })();
      return c.json({ account }, 201);
    })
    .post('/:id/disable', (c) => {
      const id = accountIdParam(c.req.param('id'));
      deps.db.transaction(() => {
        disableAccount(deps.db, id, isoNow(deps.clock));
        recordAudit(deps, c, { action: 'account.disable', target: `account:${id}`, before: { disabled: false }, after: { disabled: true } });
      })();
      return c.json({ account: withoutSecret(findAccountById(deps.db, id)!) });
    })
    .post('/:id/enable', (c) => {
      const id = accountIdParam(c.req.param('id'));
      deps.db.transaction(() => {
        enableAccount(deps.db, id);
        recordAudit(deps, c, { action: 'account.enable', target: `account:${id}`, before: { disabled: true }, after: { disabled: false } });
      })();
      return c.json({ account: withoutSecret(findAccountById(deps.db, id)!) });
    });
}
