// Double keying's routes (issue 20, item 8; decision 0019): the survey's second keyings paired with their first,
// every disagreement side by side, and the admin's reconciliation of a pair. The survey in the path is checked for
// survey managers in app.ts; the reconciliation runs in the sync's commit group with its audit entry.
import { Hono, type Context } from 'hono';
import { KeyingQuerySchema, ReconcileRequestSchema, type ReviewItemResponse } from '#shared/api/review.ts';
import { isoAt } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { commitInGroup } from '../db/group-commit.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { readQuery } from '../http/query.ts';
import { findUnitByNo } from '../repo/surveys.ts';
import { listDoubleKeying, reconcilePair } from '../services/review-double-keying.ts';
import { toReviewItem } from '../services/review-view.ts';
import { surveyIdOf } from './admin-review.ts';

export function adminReviewKeyingRoutes(deps: Deps) {
  const unitIdOf = (c: Context<AppEnv>, surveyId: number): number | null => {
    const { unit: unitNo } = readQuery(c, KeyingQuerySchema);
    if (unitNo === undefined) return null;
    const unit = findUnitByNo(deps.db, surveyId, unitNo);
    if (!unit) throw problem('unit.notFound');
    return unit.id;
  };
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:survey/double-keying', (c) => {
      const surveyId = surveyIdOf(deps, c);
      return c.json(listDoubleKeying(deps.db, surveyId, unitIdOf(c, surveyId)));
    })
    .post('/:survey/double-keying/:id/reconcile', async (c) => {
      const surveyId = surveyIdOf(deps, c);
      const body = await readJson(c, ReconcileRequestSchema);
      const row = await commitInGroup(deps.db, () => reconcilePair({
        db: deps.db, surveyId, accountId: callerOf(c).account.id, at: isoAt(deps.clock.now()),
        audit: (entry) => recordAudit(deps, c, entry),
      }, c.req.param('id'), body));
      return c.json({ interview: toReviewItem(row) } satisfies ReviewItemResponse);
    });
}
