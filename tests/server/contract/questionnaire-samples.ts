// Sample calls of the questionnaire routes (drafts, XLSForm import and export), kept beside samples.ts, which
// spreads them into SAMPLES: each succeeds once and shows its refusals.
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { findTemplate } from '#shared/survey/templates.ts';
import { copyVersionAsDraft } from '#server/services/survey-lifecycle.ts';
import { createDraftSurvey } from '#server/services/survey-setup.ts';
import { saveDraft } from '#server/services/questionnaire-drafts.ts';
import { writeXlsform } from '#server/xlsform/write-xlsform.ts';
import { NOW, settings2026 } from '../support/surveys.ts';
import type { Ctx, Sample } from './calls.ts';

const demo = 'hung-yen-2026';
const admin = { session: 'admin' } as const;
const template = findTemplate('chinh-quyen-hai-cap')!.version;

let count = 0;
/** A draft survey of its own holding one draft questionnaire version (number 1, revision 1). */
function draftSurvey(ctx: Ctx): { slug: string; version: string } {
  const slug = `mau-bang-hoi-${++count}`;
  createDraftSurvey(ctx.t.db, settings2026(slug), NOW);
  return { slug, version: String(copyVersionAsDraft(ctx.t.db, slug, { template: 'chinh-quyen-hai-cap' }).version) };
}

const demoXlsform = async () => Buffer.from(await writeXlsform(hungYen2026Version1)).toString('base64');

export const QUESTIONNAIRE_SAMPLES = {
  'GET /api/admin/surveys/:slug/versions/:version': {
    ok: () => ({ as: admin, params: { slug: demo, version: '1' } }),
    refusals: () => [{ why: 'no such version', as: admin, params: { slug: demo, version: '99' }, status: 404, code: 'survey.versionNotFound' }],
  },
  'POST /api/admin/surveys/:slug/versions/:version/draft': {
    ok: (ctx: Ctx) => ({ as: admin, params: draftSurvey(ctx), body: { revision: 1, definition: template } }),
    refusals: (ctx: Ctx) => {
      const stale = draftSurvey(ctx);
      saveDraft(ctx.t.db, stale.slug, Number(stale.version), { revision: 1, definition: template, at: NOW, by: ctx.as.admin.accountId });
      return [
        { why: 'a save from a revision another save replaced', as: admin, params: stale, body: { revision: 1, definition: template }, status: 409, code: 'survey.draftStale' },
        { why: 'a published version', as: admin, params: { slug: demo, version: '1' }, body: { revision: 1, definition: template }, status: 404, code: 'survey.versionNotFound' },
        { why: 'a definition of the wrong shape', as: admin, params: draftSurvey(ctx), body: { revision: 1, definition: { sections: 'none' } }, status: 400, code: 'request.invalid' },
      ];
    },
  },
  'GET /api/admin/surveys/:slug/versions/:version/xlsform': {
    ok: () => ({ as: admin, params: { slug: demo, version: '1' } }),
    refusals: () => [{ why: 'no such version', as: admin, params: { slug: demo, version: '99' }, status: 404, code: 'survey.versionNotFound' }],
  },
  'POST /api/admin/surveys/:slug/xlsform/preview': {
    ok: async (ctx: Ctx) => ({ as: admin, params: { slug: draftSurvey(ctx).slug }, body: { fileBase64: await demoXlsform() } }),
    refusals: () => [{ why: 'no file', as: admin, params: { slug: demo }, body: {}, status: 400, code: 'request.invalid' }],
  },
  'POST /api/admin/surveys/:slug/xlsform': {
    ok: async (ctx: Ctx) => ({ as: admin, params: { slug: draftSurvey(ctx).slug }, body: { fileBase64: await demoXlsform() } }),
    refusals: (ctx: Ctx) => [
      { why: 'a file that is no spreadsheet', as: admin, params: { slug: draftSurvey(ctx).slug }, body: { fileBase64: Buffer.from('no').toString('base64') },
        status: 400, code: 'survey.xlsformInvalid' },
    ],
  },
} satisfies Record<string, Sample>;
