// The review of one survey's interviews (issue 20, decision 0019): the interviews table (filters, three sorts,
// pages by key), one interview's detail, and what an admin does to it — a review action, a decision on a flag, a
// correction. Every write runs in the sync's commit group (one transaction with its audit entry) and names the
// revision and review version it was taken on. The survey in the path is checked for survey managers in app.ts.
import { Hono, type Context } from 'hono';
import {
  CorrectionRequestSchema, FlagDecisionRequestSchema, ReviewActionRequestSchema, ReviewListQuerySchema,
  type ReviewItemResponse, type ReviewListResponse,
} from '#shared/api/review.ts';
import { isoAt } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { commitInGroup } from '../db/group-commit.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { readQuery } from '../http/query.ts';
import { findSurveyBySlug, findUnitByNo } from '../repo/surveys.ts';
import {
  countReviewRows, findReviewRow, listReviewPage, sortKeyLength, sortKeyOf, type ReviewFilters, type SortKey,
} from '../repo/review-list.ts';
import { applyReviewAction, decideFlag, type ReviewCall } from '../services/review-actions.ts';
import { correctInterview } from '../services/review-correction.ts';
import { reviewDetail, toReviewItem } from '../services/review-view.ts';
import { loadSurvey } from '../services/surveys.ts';
import type { ReviewSort } from '#shared/api/review.ts';

const PAGE = 50;

const encodeKey = (key: SortKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeKey(text: string, sort: ReviewSort): SortKey {
  try {
    const key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === sortKeyLength(sort) && key.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return key;
    }
  } catch { /* refused below */ }
  throw problem('review.badCursor');
}

export function surveyIdOf(deps: Deps, c: Context<AppEnv>): number {
  const survey = findSurveyBySlug(deps.db, c.req.param('survey') ?? '');
  if (!survey) throw problem('survey.notFound');
  return survey.id;
}

export function adminReviewRoutes(deps: Deps) {
  const call = (c: Context<AppEnv>, surveyId: number): ReviewCall => ({
    db: deps.db, surveyId, accountId: callerOf(c).account.id, at: isoAt(deps.clock.now()),
    audit: (entry) => recordAudit(deps, c, entry),
    doubleKeying: () => loadSurvey(deps.db, c.req.param('survey') ?? '')?.survey.doubleKeying === true,
  });
  const answer = (row: Parameters<typeof toReviewItem>[0]): ReviewItemResponse => ({ interview: toReviewItem(row) });

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:survey/interviews', (c) => {
      const surveyId = surveyIdOf(deps, c);
      const q = readQuery(c, ReviewListQuerySchema);
      const sort = q.sort ?? 'arrival';
      let unitId: number | undefined;
      if (q.unit !== undefined) {
        const unit = findUnitByNo(deps.db, surveyId, q.unit);
        if (!unit) throw problem('unit.notFound');
        unitId = unit.id;
      }
      const filters: ReviewFilters = {
        surveyId, unitId, accountId: q.account === undefined ? undefined : Number(q.account), deviceId: q.device, day: q.day,
        mode: q.mode, entry: q.entry, status: q.status, version: q.version === undefined ? undefined : Number(q.version),
        serialPrefix: q.serial, flag: q.flag,
      };
      const limit = q.limit === undefined ? PAGE : Number(q.limit);
      const rows = listReviewPage(deps.db, filters, sort, q.after === undefined ? null : decodeKey(q.after, sort), limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return c.json({
        items: page.map(toReviewItem),
        // Counted for the first page only: the next ones keep it, and cost their rows alone.
        total: q.after === undefined ? countReviewRows(deps.db, filters) : null,
        next: rows.length > limit && last ? encodeKey(sortKeyOf(sort, last)) : null,
      } satisfies ReviewListResponse);
    })
    .get('/:survey/interviews/:id', (c) => {
      const surveyId = surveyIdOf(deps, c);
      const row = findReviewRow(deps.db, c.req.param('id'));
      if (!row || row.survey_id !== surveyId) throw problem('review.notFound');
      return c.json(reviewDetail(deps.db, row, surveyId));
    })
    .post('/:survey/interviews/:id/action', async (c) => {
      const surveyId = surveyIdOf(deps, c);
      const body = await readJson(c, ReviewActionRequestSchema);
      const row = await commitInGroup(deps.db, () => applyReviewAction(call(c, surveyId), c.req.param('id'), body));
      return c.json(answer(row));
    })
    .post('/:survey/interviews/:id/flags/:flag', async (c) => {
      const surveyId = surveyIdOf(deps, c);
      const body = await readJson(c, FlagDecisionRequestSchema);
      const row = await commitInGroup(deps.db, () => decideFlag(call(c, surveyId), c.req.param('id'), c.req.param('flag'), body));
      return c.json(answer(row));
    })
    .post('/:survey/interviews/:id/correction', async (c) => {
      const surveyId = surveyIdOf(deps, c);
      const body = await readJson(c, CorrectionRequestSchema);
      const row = await commitInGroup(deps.db, () => correctInterview(call(c, surveyId), c.req.param('id'), body));
      return c.json(answer(row));
    });
}
