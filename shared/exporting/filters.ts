// What an export asks for: a format, codes or labels, and filters (units, mode, entry, status, interview days).
// One parser for the HTTP query and the command line, so both refuse the same input with the same coded problem.
import * as z from 'zod/mini';
import { LanguageSchema } from '../i18n/message.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import { SurveyModeSchema, UnitNoSchema, type SurveyMode } from '../survey/survey.ts';

export const EXPORT_FORMATS = ['sav', 'sps', 'xlsx', 'csv'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** Only interviews the office has accepted leave Phiếu; needs_correction and rejected ones stay behind. */
export const EXPORT_STATUSES = ['received', 'approved'] as const;
export const ExportStatusSchema = z.enum(EXPORT_STATUSES);
export type ExportStatus = z.infer<typeof ExportStatusSchema>;

export const EXPORT_ENTRIES = ['interview', 'paper'] as const;
export const ExportEntrySchema = z.enum(EXPORT_ENTRIES);
export type ExportEntry = z.infer<typeof ExportEntrySchema>;

/** Formats whose data can hold option labels instead of codes (SPSS files always carry codes plus labels). */
export const LABEL_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/** null means "no filter on this". Practice interviews are always left out, and so are voided ones. */
export type ExportFilters = {
  units: string[] | null;
  modes: SurveyMode[] | null;
  entries: ExportEntry[] | null;
  statuses: ExportStatus[];
  /** Interview days in Asia/Ho_Chi_Minh, YYYY-MM-DD, both ends included. */
  from: string | null;
  to: string | null;
};

/**
 * `language` is the language of the words Phiếu adds to the file (its own columns, codebook, comments);
 * `review`: two more columns, whether a flag is still open and which (issue 20), so SPSS users can filter.
 */
export type ExportRequest = { format: ExportFormat; labels: boolean; language: Language; filters: ExportFilters; review?: boolean };

/** The query keys (HTTP) and option names (CLI) an export understands. */
export const FILTER_PARAMS = ['units', 'mode', 'entry', 'status', 'from', 'to'] as const;
export const EXPORT_PARAMS = ['format', 'labels', 'lang', 'review', ...FILTER_PARAMS] as const;
export type ExportParams = Partial<Record<string, string>>;

export type ExportParseProblem =
  | { code: 'export.unknownFormat'; params: { value: string } }
  | { code: 'export.invalidFilter'; params: { field: string; value: string } };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: ExportParseProblem };

const IsoDaySchema = z.iso.date();

function list(raw: string | undefined): string[] | null {
  if (raw === undefined || raw.trim() === '') return null;
  return [...new Set(raw.split(/[\s,;]+/).filter(Boolean))];
}

const invalid = (field: string, value: string) => ({ ok: false as const, problem: { code: 'export.invalidFilter' as const, params: { field, value } } });

function unknownKey(params: ExportParams, known: readonly string[]) {
  const key = Object.keys(params).find((k) => !known.includes(k));
  return key === undefined ? null : invalid(key, params[key] ?? '');
}

/** Parses a list of enum values; returns the first value that is not one. */
function each<T extends string>(schema: z.ZodMiniType<T>, values: string[] | null): { ok: true; values: T[] | null } | { ok: false; bad: string } {
  if (values === null) return { ok: true, values: null };
  const out: T[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (!parsed.success) return { ok: false, bad: value };
    out.push(parsed.data);
  }
  return { ok: true, values: out };
}

/** The filters alone (the count shown before a download); any other key is refused, so a typo never widens an export. */
export function parseExportFilters(params: ExportParams): ParseResult<ExportFilters> {
  return unknownKey(params, FILTER_PARAMS) ?? parseFilters(params);
}

export function parseExportParams(params: ExportParams): ParseResult<ExportRequest> {
  const unknown = unknownKey(params, EXPORT_PARAMS);
  if (unknown) return unknown;
  const format = ExportFormatSchema.safeParse(params.format);
  if (!format.success) return { ok: false, problem: { code: 'export.unknownFormat', params: { value: params.format ?? '' } } };
  const labelsRaw = params.labels ?? '';
  if (!['', '0', '1', 'true', 'false', 'codes', 'labels'].includes(labelsRaw)) return invalid('labels', labelsRaw);
  const labels = ['1', 'true', 'labels'].includes(labelsRaw);
  if (labels && !LABEL_FORMATS.includes(format.data)) return invalid('labels', labelsRaw);
  const reviewRaw = params.review ?? '';
  if (!['', '0', '1', 'true', 'false'].includes(reviewRaw)) return invalid('review', reviewRaw);
  const language = LanguageSchema.safeParse(params.lang ?? DEFAULT_LANGUAGE);
  if (!language.success) return invalid('lang', params.lang ?? '');
  const filters = parseFilters(params);
  if (!filters.ok) return filters;
  const review = reviewRaw === '1' || reviewRaw === 'true';
  return { ok: true, value: { format: format.data, labels, language: language.data, filters: filters.value, ...(review ? { review } : {}) } };
}

function parseFilters(params: ExportParams): ParseResult<ExportFilters> {
  const units = list(params.units);
  const badUnit = units?.find((no) => !UnitNoSchema.safeParse(no).success);
  if (badUnit !== undefined) return invalid('units', badUnit);
  const modes = each(SurveyModeSchema, list(params.mode));
  if (!modes.ok) return invalid('mode', modes.bad);
  const entries = each(ExportEntrySchema, list(params.entry));
  if (!entries.ok) return invalid('entry', entries.bad);
  const statuses = each(ExportStatusSchema, list(params.status));
  if (!statuses.ok) return invalid('status', statuses.bad);
  const day = (field: 'from' | 'to') => {
    const raw = params[field]?.trim() ?? '';
    if (raw === '') return { ok: true as const, value: null };
    return IsoDaySchema.safeParse(raw).success ? { ok: true as const, value: raw } : { ok: false as const, value: raw };
  };
  const from = day('from');
  if (!from.ok) return invalid('from', from.value);
  const to = day('to');
  if (!to.ok) return invalid('to', to.value);
  if (from.value !== null && to.value !== null && from.value > to.value) return invalid('to', to.value);
  return {
    ok: true,
    value: {
      units, modes: modes.values, entries: entries.values,
      statuses: statuses.values ?? [...EXPORT_STATUSES], from: from.value, to: to.value,
    },
  };
}

/** The query string of filters, the inverse of parseExportFilters. */
export function filterQueryString(f: ExportFilters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.units?.length) q.set('units', f.units.join(','));
  if (f.modes?.length) q.set('mode', f.modes.join(','));
  if (f.entries?.length) q.set('entry', f.entries.join(','));
  if (f.statuses.length && f.statuses.length < EXPORT_STATUSES.length) q.set('status', f.statuses.join(','));
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  return q;
}

/** The query string of a request, the inverse of parseExportParams (the download page builds its link with it). */
export function exportQueryString(request: ExportRequest): string {
  const q = new URLSearchParams({ format: request.format });
  if (request.labels) q.set('labels', '1');
  if (request.language !== DEFAULT_LANGUAGE) q.set('lang', request.language);
  if (request.review) q.set('review', '1');
  for (const [key, value] of filterQueryString(request.filters)) q.set(key, value);
  return q.toString();
}
