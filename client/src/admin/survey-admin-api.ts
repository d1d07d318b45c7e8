// The office's survey setup calls. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { AdminSurvey, AdminSurveyRow, TemplateList, UnitsPreview } from '#shared/api/survey-admin.ts';
import type { SurveySettings } from '#shared/survey/settings.ts';
import type { SubQuotas, Unit } from '#shared/survey/survey.ts';
import { request } from '../api/http.ts';

export async function listAdminSurveys(): Promise<AdminSurveyRow[]> {
  return (await request('GET /api/admin/surveys')).surveys;
}
export const loadAdminSurvey = (slug: string): Promise<AdminSurvey> => request('GET /api/admin/surveys/:slug', { params: { slug } });
export const createSurvey = (settings: SurveySettings): Promise<AdminSurvey> => request('POST /api/admin/surveys', { json: settings });
export const saveSettings = (slug: string, settings: SurveySettings): Promise<AdminSurvey> =>
  request('POST /api/admin/surveys/:slug/settings', { params: { slug }, json: settings });
export const previewUnitsFile = (slug: string, fileBase64: string): Promise<UnitsPreview> =>
  request('POST /api/admin/surveys/:slug/units/preview', { params: { slug }, json: { fileBase64 } });
export const saveUnits = (slug: string, units: Unit[]): Promise<AdminSurvey> =>
  request('POST /api/admin/surveys/:slug/units', { params: { slug }, json: { units } });
export const saveSubQuotas = (slug: string, subQuotas: SubQuotas | null): Promise<AdminSurvey> =>
  request('POST /api/admin/surveys/:slug/sub-quotas', { params: { slug }, json: { subQuotas } });
export const listTemplates = async (): Promise<TemplateList['templates']> => (await request('GET /api/admin/surveys/templates')).templates;
export const copyTemplate = (slug: string, template: string) => request('POST /api/admin/surveys/:slug/versions', { params: { slug }, json: { template } });
export const copyVersion = (slug: string, survey: string, version: number) =>
  request('POST /api/admin/surveys/:slug/versions', { params: { slug }, json: { survey, version } });
export const saveManagers = (slug: string, accountIds: number[]) =>
  request('POST /api/admin/surveys/:slug/managers', { params: { slug }, json: { accountIds } });
export const publishVersion = (slug: string, version: number) =>
  request('POST /api/admin/surveys/:slug/versions/:version/publish', { params: { slug, version: String(version) } });
export const openSurvey = (slug: string) => request('POST /api/admin/surveys/:slug/open', { params: { slug } });
export const closeSurvey = (slug: string) => request('POST /api/admin/surveys/:slug/close', { params: { slug } });
export const archiveSurvey = (slug: string, answers: 'keep' | 'anonymise' | 'delete', exported: boolean) =>
  request('POST /api/admin/surveys/:slug/archive', { params: { slug }, json: { answers, exported } });

/** A file's bytes as base64, for the units preview. */
export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
