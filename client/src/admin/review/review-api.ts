// The review's calls (decision 0019): a page of interviews by filters and sort, the next page by its key, one
// interview's detail, a review action and a flag decision. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type {
  FlagDecisionRequest, ReviewActionRequest, ReviewDetail, ReviewItem, ReviewListQuery, ReviewListResponse,
} from '#shared/api/review.ts';
import { routeUrl } from '#shared/api/calls.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { request } from '../../api/http.ts';

export function listReviewPage(survey: string, query: ReviewListQuery): Promise<ReviewListResponse> {
  return request('GET /api/admin/review/:survey/interviews', { params: { survey }, query });
}

/** The unit's paper serial registry as the clerk's CSV: a plain link, the browser saves the file. */
export function serialsCsvUrl(survey: string, unitNo: string, language: Language): string {
  return routeUrl('GET /api/admin/review/:survey/units/:unitNo/serials.csv', { params: { survey, unitNo }, query: { lang: language } });
}

export function fetchReviewDetail(survey: string, id: string): Promise<ReviewDetail> {
  return request('GET /api/admin/review/:survey/interviews/:id', { params: { survey, id } });
}

export async function actOnInterview(survey: string, id: string, body: ReviewActionRequest): Promise<ReviewItem> {
  return (await request('POST /api/admin/review/:survey/interviews/:id/action', { params: { survey, id }, json: body })).interview;
}

export async function decideOnFlag(survey: string, id: string, flag: string, body: FlagDecisionRequest): Promise<ReviewItem> {
  return (await request('POST /api/admin/review/:survey/interviews/:id/flags/:flag', { params: { survey, id, flag }, json: body })).interview;
}
