// The office's questionnaire calls (one version, the XLSForm preview and import, the XLSForm download's address).
// Lives in the admin chunks: nothing outside client/src/admin imports it.
import type { QuestionnaireDraft, XlsformPreview } from '#shared/api/questionnaires.ts';
import type { AdminSurvey } from '#shared/api/survey-admin.ts';
import { request } from '../../api/http.ts';

export const loadAdminSurvey = (slug: string): Promise<AdminSurvey> => request('GET /api/admin/surveys/:slug', { params: { slug } });
export const loadVersion = (slug: string, version: number): Promise<QuestionnaireDraft> =>
  request('GET /api/admin/surveys/:slug/versions/:version', { params: { slug, version: String(version) } });
export const previewXlsform = (slug: string, fileBase64: string): Promise<XlsformPreview> =>
  request('POST /api/admin/surveys/:slug/xlsform/preview', { params: { slug }, json: { fileBase64 } });
export const importXlsform = (slug: string, fileBase64: string): Promise<QuestionnaireDraft> =>
  request('POST /api/admin/surveys/:slug/xlsform', { params: { slug }, json: { fileBase64 } });
export const xlsformHref = (slug: string, version: number): string =>
  `/api/admin/surveys/${encodeURIComponent(slug)}/versions/${version}/xlsform`;

/** The version a paper form prints by default: the newest published, else the newest of any status. */
export function printedVersion(survey: AdminSurvey): number | undefined {
  const published = survey.versions.filter((v) => v.status === 'published');
  return (published.at(-1) ?? survey.versions.at(-1))?.version;
}
