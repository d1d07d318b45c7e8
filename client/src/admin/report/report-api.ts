// The report page's data: the outline the server would write (questions to choose from, headings, refused
// cross-tabs) and the address of the .docx download. Lives in the report page's own lazy chunk.
import { routeUrl } from '#shared/api/calls.ts';
import type { ReportOutline } from '#shared/report/schema.ts';
import type { ReportLayout } from '#shared/report/request.ts';
import { request } from '../../api/http.ts';

export type ReportChoices = {
  /** null: every question. */
  questions: string[] | null;
  /** One ROW:BY pair per line (or separated by commas). */
  crosstabs: string;
  approvedOnly: boolean;
  /** Number questions' bands, as the results read them ("c2:18-30,31-45,46-60,61+"). */
  bands: string;
  layout: ReportLayout;
  title: string; parent: string; issuer: string; number: string; place: string; signerTitle: string; signer: string; recipients: string;
};

export const NO_CHOICES: ReportChoices = {
  questions: null, crosstabs: '', approvedOnly: false, bands: '', layout: 'party',
  title: '', parent: '', issuer: '', number: '', place: '', signerTitle: '', signer: '', recipients: '',
};

/** The query both routes read; empty fields are left out so the server's defaults apply. */
export function reportQuery(choices: ReportChoices): Record<string, string> {
  const query: Record<string, string> = {};
  if (choices.questions !== null) query.questions = choices.questions.join(',');
  const pairs = choices.crosstabs.split(/[\s,;]+/).filter(Boolean).join(',');
  if (pairs) query.crosstabs = pairs;
  if (choices.approvedOnly) query.status = 'approved';
  if (choices.bands.trim()) query.bands = choices.bands.trim();
  if (choices.layout !== 'party') query.layout = choices.layout;
  for (const key of ['title', 'parent', 'issuer', 'number', 'place', 'signerTitle', 'signer', 'recipients'] as const) {
    if (choices[key].trim()) query[key] = choices[key].trim();
  }
  return query;
}

export async function loadOutline(slug: string, choices: ReportChoices): Promise<ReportOutline> {
  return request('GET /api/admin/reports/:slug/outline', { params: { slug }, query: reportQuery(choices) });
}

/** A plain link: the browser saves the file with the name the server gives. */
export function reportHref(slug: string, choices: ReportChoices): string {
  return routeUrl('GET /api/admin/reports/:slug', { params: { slug }, query: reportQuery(choices) });
}
