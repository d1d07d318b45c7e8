// What a Word report asks for (issue 22): the results' filters, which questions and cross-tabs, and the document's
// own fields (layout, subject, issuing body, number, place, signatory, recipients). One parser for the HTTP query
// and the command line; any other key is refused, as the results' are.
import * as z from 'zod/mini';
import type { ParseResult } from '../exporting/filters.ts';
import { parseResultsQuery, RESULTS_PARAMS, type ResultsRequest } from '../tables/query.ts';

export const REPORT_LAYOUTS = ['party', 'state'] as const;
export type ReportLayout = (typeof REPORT_LAYOUTS)[number];
const FIELD_PARAMS = ['layout', 'title', 'parent', 'issuer', 'number', 'place', 'signerTitle', 'signer', 'recipients'] as const;
export const REPORT_PARAMS = [...RESULTS_PARAMS, 'questions', 'crosstabs', ...FIELD_PARAMS] as const;
export const ReportQuerySchema = z.partialRecord(z.enum(REPORT_PARAMS), z.string());

export type ReportFields = {
  layout: ReportLayout;
  /** The subject under "BÁO CÁO"; empty: "Kết quả khảo sát" and the survey's title. */
  title: string;
  /** The body above the issuer ("TỈNH ỦY HƯNG YÊN"), and the issuer itself ("BAN TUYÊN GIÁO VÀ DÂN VẬN"). */
  parent: string; issuer: string;
  /** What follows "Số" ("15-BC/BTGDVTU"); empty leaves dots for the office's clerk. */
  number: string; place: string;
  /** Lines above the signature ("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN") and the name. */
  signerTitle: string; signer: string;
  recipients: string[];
};
export type CrosstabPair = { row: string; by: string };
export type ReportRequest = ResultsRequest & {
  /** null: every question. */
  questions: string[] | null;
  crosstabs: CrosstabPair[];
  fields: ReportFields;
};

type Params = Partial<Record<string, string>>;
const invalid = (field: string, value: string) => ({ ok: false as const, problem: { code: 'export.invalidFilter' as const, params: { field, value } } });
const MAX_FIELD = 2000;

/** "c9:unitKind, c10:c1" → pairs; a pair without both sides is refused. */
function parsePairs(raw: string): CrosstabPair[] | null {
  const pairs: CrosstabPair[] = [];
  for (const part of raw.split(/[\s,;]+/).filter(Boolean)) {
    const [row, by, ...rest] = part.split(':');
    if (!row || !by || rest.length) return null;
    pairs.push({ row, by });
  }
  return pairs;
}

export function parseReportQuery(params: Params): ParseResult<ReportRequest> {
  const unknown = Object.keys(params).find((k) => !(REPORT_PARAMS as readonly string[]).includes(k));
  if (unknown !== undefined) return invalid(unknown, params[unknown] ?? '');
  const resultsParams: Params = {};
  for (const key of RESULTS_PARAMS) if (params[key] !== undefined) resultsParams[key] = params[key];
  const base = parseResultsQuery(resultsParams);
  if (!base.ok) return base;
  for (const key of FIELD_PARAMS) if ((params[key] ?? '').length > MAX_FIELD) return invalid(key, `${params[key]!.slice(0, 40)}…`);
  const layout = params.layout?.trim() || 'party';
  if (layout !== 'party' && layout !== 'state') return invalid('layout', layout);
  const questions = (params.questions ?? '').split(/[\s,;]+/).filter(Boolean);
  const crosstabs = parsePairs(params.crosstabs ?? '');
  if (crosstabs === null) return invalid('crosstabs', params.crosstabs ?? '');
  const text = (key: (typeof FIELD_PARAMS)[number]) => (params[key] ?? '').trim();
  const fields: ReportFields = {
    layout, title: text('title'), parent: text('parent'), issuer: text('issuer'), number: text('number'), place: text('place'),
    signerTitle: text('signerTitle'), signer: text('signer'),
    recipients: (params.recipients ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
  };
  return { ok: true, value: { ...base.value, questions: questions.length ? [...new Set(questions)] : null, crosstabs, fields } };
}
