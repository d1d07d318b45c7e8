// The surveys the signed-in account may see, with the units it works on.
import type { SurveyListResponse } from '#shared/api/surveys.ts';
import { request } from './http.ts';

export function listSurveys(): Promise<SurveyListResponse> {
  return request('GET /api/surveys');
}
