// The results pages' calls (issue 21, decision 0017): tables, one cross-tab, one variable's texts, coding, and the
// unit boards' setting. Tables are computed by the server: the chi-square's distribution never reaches the client.
import type { CodingRequest, CodingResponse } from '#shared/coding/schema.ts';
import type { CrosstabResponse, ResultsResponse, TextsResponse, UnitBoardsSetting } from '#shared/tables/schema.ts';
import { request } from '../../api/http.ts';

export type ResultsQuery = Partial<Record<'units' | 'mode' | 'entry' | 'status' | 'from' | 'to' | 'kind' | 'bands', string>>;

export function fetchResults(slug: string, query: ResultsQuery): Promise<ResultsResponse> {
  return request('GET /api/admin/results/:slug', { params: { slug }, query });
}

export function fetchCrosstab(slug: string, query: ResultsQuery & { row: string; by: string }): Promise<CrosstabResponse> {
  return request('GET /api/admin/results/:slug/crosstab', { params: { slug }, query });
}

export function fetchTexts(slug: string, query: ResultsQuery & { variable: string; q?: string }): Promise<TextsResponse> {
  const { bands: _bands, ...rest } = query;
  return request('GET /api/admin/results/:slug/texts', { params: { slug }, query: rest });
}

export function codeTexts(slug: string, body: CodingRequest): Promise<CodingResponse> {
  return request('POST /api/admin/results/:slug/codings', { params: { slug }, json: body });
}

export function fetchUnitBoards(slug: string): Promise<UnitBoardsSetting> {
  return request('GET /api/admin/results/:slug/unit-boards', { params: { slug } });
}

export function saveUnitBoards(slug: string, visible: boolean): Promise<UnitBoardsSetting> {
  return request('POST /api/admin/results/:slug/unit-boards', { params: { slug }, json: { visible } });
}

export function fetchUnitResults(slug: string, unitNo: string): Promise<ResultsResponse> {
  return request('GET /api/unit-results/:slug/units/:unitNo', { params: { slug, unitNo }, query: {} });
}
