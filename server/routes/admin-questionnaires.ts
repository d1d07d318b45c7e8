// The office's questionnaire versions (/api/admin/surveys/:slug/…, decision 0018): read a version with its problems,
// save a draft from the revision the editor loaded, preview an XLSForm and save it as a new draft, and download any
// version as XLSForm. Every save is audit-logged; every route checks the caller manages the survey.
import { Hono, type Context } from 'hono';
import { SaveDraftRequestSchema, XlsformFileRequestSchema, type XlsformPreview } from '#shared/api/questionnaires.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import { checkDefinition } from '#shared/survey/check-definition.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { nextVersionNumber } from '../repo/survey-admin.ts';
import { createDraft, loadVersion, saveDraft } from '../services/questionnaire-drafts.ts';
import { refuseUnmanaged } from '../services/survey-lifecycle.ts';
import { loadSurveyWithState, type LoadedSurvey } from '../services/survey-setup.ts';
import { readXlsform } from '../xlsform/import-xlsform.ts';
import { writeXlsform } from '../xlsform/write-xlsform.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function adminQuestionnaireRoutes(deps: Deps) {
  const { db } = deps;
  const managed = (c: Context<AppEnv>): LoadedSurvey => {
    const loaded = loadSurveyWithState(db, c.req.param('slug') ?? '');
    refuseUnmanaged(db, callerOf(c).account, loaded.id);
    return loaded;
  };
  const versionNumber = (c: Context<AppEnv>): number => {
    const number = Number(c.req.param('version'));
    if (!Number.isInteger(number) || number < 1) throw problem('survey.versionNotFound');
    return number;
  };
  /** Reads the uploaded XLSForm as the survey's next draft would hold it. */
  const readUpload = async (c: Context<AppEnv>, survey: LoadedSurvey): Promise<XlsformPreview> => {
    const { fileBase64 } = await readJson(c, XlsformFileRequestSchema);
    const read = await readXlsform(Buffer.from(fileBase64, 'base64'), { surveySlug: survey.survey.slug, version: nextVersionNumber(db, survey.id) });
    return { version: read.version, errors: read.errors, problems: read.version ? checkDefinition(read.version) : [], rows: read.rows };
  };

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:slug/versions/:version', (c) => c.json(loadVersion(db, managed(c).id, versionNumber(c))))
    .post('/:slug/versions/:version/draft', async (c) => {
      const survey = managed(c);
      const number = versionNumber(c);
      const { revision, definition } = await readJson(c, SaveDraftRequestSchema);
      const { account } = callerOf(c);
      const saved = db.transaction(() => {
        const { before, after } = saveDraft(db, survey.survey.slug, number, { revision, definition, at: isoNow(deps.clock), by: account.id });
        recordAudit(deps, c, {
          action: 'survey.draftSave', target: `survey:${survey.survey.slug}`,
          before: { version: number, revision: before.revision, questions: questionsOf(before.version).length },
          after: { version: number, revision: after.revision, questions: questionsOf(after.version).length, problems: after.problems.length },
        });
        return after;
      })();
      return c.json(saved);
    })
    .post('/:slug/xlsform/preview', async (c) => c.json(await readUpload(c, managed(c))))
    .post('/:slug/xlsform', async (c) => {
      const survey = managed(c);
      const preview = await readUpload(c, survey);
      const first = preview.errors[0];
      if (!preview.version || first) {
        throw problem('survey.xlsformInvalid', { sheet: first?.sheet ?? '', row: first?.row ?? 0, column: first?.column ?? '', reason: first?.code ?? '' });
      }
      const definition = preview.version;
      const draft = db.transaction(() => {
        const made = createDraft(db, survey.survey.slug, definition, isoNow(deps.clock), callerOf(c).account.id);
        recordAudit(deps, c, {
          action: 'survey.xlsformImport', target: `survey:${survey.survey.slug}`, before: null,
          after: { version: made.version.version, questions: questionsOf(made.version).length, problems: made.problems.length },
        });
        return made;
      })();
      return c.json(draft, 201);
    })
    .get('/:slug/versions/:version/xlsform', async (c) => {
      const survey = managed(c);
      const { version } = loadVersion(db, survey.id, versionNumber(c));
      const bytes = await writeXlsform(version);
      c.header('Content-Type', XLSX_TYPE);
      c.header('Content-Disposition', `attachment; filename="${survey.survey.slug}-v${version.version}.xlsx"`);
      return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    });
}
