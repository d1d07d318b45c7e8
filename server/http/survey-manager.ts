// Survey managers on the routes other issues own: an admin limited to some surveys (decision 0012) is refused
// any survey named in the path or query it does not manage, before the route runs. The setup routes check it
// themselves (services/survey-lifecycle.ts refuseUnmanaged).
import type { MiddlewareHandler } from 'hono';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { listManagedSurveyIds } from '../repo/survey-admin.ts';
import { findSurveyBySlug } from '../repo/surveys.ts';

export function requireManagedSurvey(deps: Deps, from: { param?: string; query?: string }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const account = c.get('caller')?.account;
    const slug = from.param ? c.req.param(from.param) : from.query ? c.req.query(from.query) : undefined;
    if (account?.role === 'admin' && slug) {
      const managed = listManagedSurveyIds(deps.db, account.id);
      const survey = findSurveyBySlug(deps.db, slug);
      if (managed.length > 0 && survey && !managed.includes(survey.id)) throw problem('survey.notManaged');
    }
    await next();
  };
}
