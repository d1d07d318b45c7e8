// The review's calls for the interviews table (decision 0019): a page of interviews by filters and sort, the next
// page by its key. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { ReviewListQuery, ReviewListResponse } from '#shared/api/review.ts';
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
