// What a request for results asks: the export's filters (units, mode, entry, status — approved only or everything
// accepted —, interview days), a unit kind, the bands of number questions, and for a cross-tab its two sides.
// One parser for the HTTP query and the command line; any other key is refused, so a typo never widens a table.
import * as z from 'zod/mini';
import { FILTER_PARAMS, parseExportFilters, type ExportFilters, type ParseResult } from '../exporting/filters.ts';
import { UnitKindSchema, type Unit, type UnitKind } from '../survey/survey.ts';

export const RESULTS_PARAMS = [...FILTER_PARAMS, 'kind', 'bands'] as const;
export const CROSSTAB_PARAMS = [...RESULTS_PARAMS, 'row', 'by'] as const;
export const TEXTS_PARAMS = [...FILTER_PARAMS, 'kind', 'variable', 'q'] as const;
export const ResultsQuerySchema = z.partialRecord(z.enum(RESULTS_PARAMS), z.string());
export const CrosstabQuerySchema = z.partialRecord(z.enum(CROSSTAB_PARAMS), z.string());
export const TextsQuerySchema = z.partialRecord(z.enum(TEXTS_PARAMS), z.string());

export type ResultsRequest = { filters: ExportFilters; kinds: UnitKind[] | null; bands: Record<string, string> };
export type CrosstabRequest = ResultsRequest & { row: string; by: string };
export type TextsRequest = ResultsRequest & { variable: string; search: string };
type Params = Partial<Record<string, string>>;

const invalid = (field: string, value: string) => ({ ok: false as const, problem: { code: 'export.invalidFilter' as const, params: { field, value } } });

/** "c2:18-30,31-45,61+;c5:0-2,3+" → { c2: "18-30,31-45,61+", c5: "0-2,3+" } (the bands themselves are checked by the plan). */
function parseBandParam(raw: string | undefined): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const part of (raw ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const colon = part.indexOf(':');
    if (colon < 1) return null;
    out[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
  }
  return out;
}

export function parseResultsQuery(params: Params, known: readonly string[] = RESULTS_PARAMS): ParseResult<ResultsRequest> {
  const unknown = Object.keys(params).find((k) => !known.includes(k));
  if (unknown !== undefined) return invalid(unknown, params[unknown] ?? '');
  const { kind, bands, row: _row, by: _by, variable: _variable, q: _q, ...filterParams } = params;
  const filters = parseExportFilters(filterParams);
  if (!filters.ok) return filters;
  const kinds: UnitKind[] = [];
  for (const value of (kind ?? '').split(/[\s,;]+/).filter(Boolean)) {
    const parsed = UnitKindSchema.safeParse(value);
    if (!parsed.success) return invalid('kind', value);
    kinds.push(parsed.data);
  }
  const bandTexts = parseBandParam(bands);
  if (bandTexts === null) return invalid('bands', bands ?? '');
  return { ok: true, value: { filters: filters.value, kinds: kinds.length ? kinds : null, bands: bandTexts } };
}

export function parseCrosstabQuery(params: Params): ParseResult<CrosstabRequest> {
  const base = parseResultsQuery(params, CROSSTAB_PARAMS);
  if (!base.ok) return base;
  const row = params.row?.trim() ?? '';
  const by = params.by?.trim() ?? '';
  if (row === '') return invalid('row', '');
  if (by === '') return invalid('by', '');
  return { ok: true, value: { ...base.value, row, by } };
}

/** The texts of one variable (an open question or an "other – specify"), grouped, optionally searched (`q`). */
export function parseTextsQuery(params: Params): ParseResult<TextsRequest> {
  const base = parseResultsQuery(params, TEXTS_PARAMS);
  if (!base.ok) return base;
  const variable = params.variable?.trim() ?? '';
  if (variable === '') return invalid('variable', '');
  return { ok: true, value: { ...base.value, variable, search: params.q?.trim() ?? '' } };
}

/** The units a request reads: its unit filter narrowed to its unit kinds (null: every unit). */
export function unitsOfRequest(request: ResultsRequest, units: readonly Unit[]): string[] | null {
  if (request.kinds === null) return request.filters.units;
  const ofKind = units.filter((u) => request.kinds!.includes(u.kind)).map((u) => u.no);
  return request.filters.units === null ? ofKind : request.filters.units.filter((no) => ofKind.includes(no));
}
