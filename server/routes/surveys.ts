// The surveys an account can see, with the units it works on.
import { Hono } from 'hono';
import { isoNow } from '#shared/clock.ts';
import type { SurveyListResponse } from '#shared/api/surveys.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { ANY_ROLE, callerOf, requireRole } from '../http/auth.ts';
import { listSurveySummariesFor } from '../services/surveys.ts';

export function surveyRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', requireRole(ANY_ROLE), (c) => {
      const response: SurveyListResponse = {
        surveys: listSurveySummariesFor(deps.db, callerOf(c).account),
        serverTime: isoNow(deps.clock),
      };
      return c.json(response);
    });
}
