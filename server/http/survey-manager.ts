// Survey managers on the routes other issues own: an admin limited to some surveys (decision 0012) is refused
// any survey named in the path, query or body it does not manage, and the office-wide routes (audit, backups,
// devices) altogether. The setup routes check it themselves (services/survey-lifecycle.ts refuseUnmanaged).
import type { MiddlewareHandler } from 'hono';
import type { Account } from '#shared/accounts/schema.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { listManagedSurveyIds } from '../repo/survey-admin.ts';
import { findSurveyBySlug } from '../repo/surveys.ts';

/** The ids of the surveys an admin is limited to; null for a full admin (no rows) and for any other role. */
export function managedSurveyIds(deps: Deps, account: Account | undefined): number[] | null {
  if (account?.role !== 'admin') return null;
  const managed = listManagedSurveyIds(deps.db, account.id);
  return managed.length > 0 ? managed : null;
}

/**
 * Whether the account may reach this survey's data. A survey that does not exist is let through (the route
 * answers its own 404); work with no survey at all (a quarantined payload that never parsed) is a full admin's.
 */
function managesSurvey(deps: Deps, account: Account | undefined, slug: string | null): boolean {
  const managed = managedSurveyIds(deps, account);
  if (managed === null) return true;
  if (slug === null) return false;
  const survey = findSurveyBySlug(deps.db, slug);
  return !survey || managed.includes(survey.id);
}

export function refuseUnmanagedSlug(deps: Deps, account: Account | undefined, slug: string | null): void {
  if (!managesSurvey(deps, account, slug)) throw problem('survey.notManaged');
}

export function requireManagedSurvey(deps: Deps, from: { param?: string; query?: string }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const slug = from.param ? c.req.param(from.param) : from.query ? c.req.query(from.query) : undefined;
    if (slug) refuseUnmanagedSlug(deps, c.get('caller')?.account, slug);
    await next();
  };
}

/** The office-wide routes (the audit log, backups, every account's devices): a survey manager is refused them. */
export function requireFullAdmin(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (managedSurveyIds(deps, c.get('caller')?.account) !== null) throw problem('auth.forbidden');
    await next();
  };
}
