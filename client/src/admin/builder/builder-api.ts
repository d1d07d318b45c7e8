// The builder's calls: one version with its revision and problems, a draft's save from the revision last loaded,
// and a new draft copied from a version (editing a published questionnaire starts there).
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { request } from '../../api/http.ts';
import { loadVersion } from '../questionnaire/questionnaire-api.ts';
import type { DraftStore } from './builder-session.ts';

export function draftStore(slug: string, version: number): DraftStore {
  return {
    load: () => loadVersion(slug, version),
    save: (definition: QuestionnaireVersion, revision: number) =>
      request('POST /api/admin/surveys/:slug/versions/:version/draft', { params: { slug, version: String(version) }, json: { revision, definition } }),
  };
}

/** A new draft version of the survey, copied from one of its versions; its number. */
export async function draftFrom(slug: string, version: number): Promise<number> {
  return (await request('POST /api/admin/surveys/:slug/versions', { params: { slug }, json: { survey: slug, version } })).version.version;
}
