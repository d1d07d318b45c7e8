// The office's survey setup (/api/admin/surveys): list, create, settings, units (preview, then apply), sub-quotas,
// questionnaire drafts and publishing, the lifecycle actions, and survey managers. Every change is audit-logged;
// every route naming a survey checks the caller manages it (refuseUnmanaged).
import { Hono, type Context } from 'hono';
import type { Account } from '#shared/accounts/schema.ts';
import type { AuditAction } from '#shared/audit/actions.ts';
import {
  ArchiveRequestSchema, CopyVersionRequestSchema, CreateSurveyRequestSchema, ManagersRequestSchema, ReplaceUnitsRequestSchema, SurveyManagersRequestSchema,
  SubQuotasRequestSchema, UnitsFileRequestSchema, type AdminSurvey, type AdminSurveyList, type TemplateList,
} from '#shared/api/survey-admin.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import { TEMPLATES } from '#shared/survey/templates.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { SurveySettingsSchema } from '#shared/survey/settings.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { readUnitsFile } from '../import/read-units-file.ts';
import { findAccountById, listAccounts } from '../repo/accounts.ts';
import { findSurveyBySlug, listQuestionnaireVersions, listSurveys, listUnits } from '../repo/surveys.ts';
import {
  countInterviewsByUnit, countReceived, findSurveyState, listSurveyManagerIds, setManagedSurveys, setSurveyManagers,
} from '../repo/survey-admin.ts';
import { loadSurvey } from '../services/surveys.ts';
import {
  checkUnits, createDraftSurvey, loadSurveyWithState, previewUnits, replaceUnits, setSubQuotas, settingsOf, updateSettings,
  type LoadedSurvey,
} from '../services/survey-setup.ts';
import {
  archiveSurvey, closeSurvey, copyVersionAsDraft, isFullAdmin, openSurvey, publishDraft, refuseUnmanaged,
} from '../services/survey-lifecycle.ts';
import { listManagedSurveyIds } from '../repo/survey-admin.ts';
import { totalQuota, windowOf } from '#shared/survey/survey.ts';
import type { SurveyState } from '#shared/survey/survey-state.ts';

export function adminSurveyRoutes(deps: Deps) {
  const { db } = deps;
  /** The survey named in the path, once the caller is known to manage it. */
  const managed = (c: Context<AppEnv>): LoadedSurvey => {
    const loaded = loadSurveyWithState(db, c.req.param('slug') ?? '');
    refuseUnmanaged(db, callerOf(c).account, loaded.id);
    return loaded;
  };
  const detail = (slug: string, callerId: number): AdminSurvey => {
    const loaded = loadSurveyWithState(db, slug);
    const managing = new Set(listSurveyManagerIds(db, loaded.id));
    const held = countInterviewsByUnit(db, loaded.id);
    const interviewsByUnit = Object.fromEntries(listUnits(db, loaded.id).map((unit) => [unit.no, held.get(unit.id) ?? 0]));
    return {
      survey: loaded.survey, state: loaded.state, settings: settingsOf(loaded.survey), interviewsByUnit,
      received: countReceived(db, loaded.id),
      versions: listQuestionnaireVersions(db, loaded.id).map((row) => ({
        version: row.version, status: row.status, title: String((JSON.parse(row.definition) as { title?: string }).title ?? ''),
        publishedAt: row.published_at,
      })),
      answersDisposal: findSurveyState(db, loaded.id)?.answers_disposal ?? null,
      managers: listAccounts(db).filter((a) => a.role === 'admin' && a.id !== callerId)
        .map((a) => ({ id: a.id, username: a.username, displayName: a.displayName, manages: managing.has(a.id) })),
    };
  };
  const audit = (c: Context<AppEnv>, action: AuditAction, slug: string, after?: Record<string, unknown>, before?: Record<string, unknown>) =>
    recordAudit(deps, c, { action, target: `survey:${slug}`, before: before ?? null, after: after ?? null });

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => {
      const { account } = callerOf(c);
      const limited = new Set(listManagedSurveyIds(db, account.id));
      const surveys = listSurveys(db).filter((row) => limited.size === 0 || limited.has(row.id)).map((row) => {
        const survey = loadSurvey(db, row.slug)!.survey;
        const windows = Object.fromEntries(survey.modes.map((mode) => [mode, windowOf(survey, mode)]));
        return {
          slug: survey.slug, title: survey.title, state: row.state as SurveyState, modes: survey.modes, windows,
          unitCount: survey.units.length, quotaTotal: totalQuota(survey), received: countReceived(db, row.id),
        };
      });
      return c.json({ surveys } satisfies AdminSurveyList);
    })
    .get('/templates', (c) => c.json({
      templates: TEMPLATES.map((t) => ({ id: t.id, title: t.title, questions: questionsOf(t.version).length })),
    } satisfies TemplateList))
    .post('/', async (c) => {
      const settings = await readJson(c, CreateSurveyRequestSchema);
      // A survey manager's new survey would be out of its own reach: only a full admin creates surveys.
      if (!isFullAdmin(db, callerOf(c).account)) throw problem('survey.notManaged');
      const created = db.transaction(() => {
        const made = createDraftSurvey(db, settings, isoNow(deps.clock));
        audit(c, 'survey.create', made.survey.slug, { title: made.survey.title, state: 'draft' });
        return made;
      })();
      return c.json(detail(created.survey.slug, callerOf(c).account.id), 201);
    })
    .get('/:slug', (c) => c.json(detail(managed(c).survey.slug, callerOf(c).account.id)))
    .post('/:slug/settings', async (c) => {
      const current = managed(c);
      const settings = await readJson(c, SurveySettingsSchema);
      const slug = db.transaction(() => {
        const { before, after } = updateSettings(db, current.survey.slug, settings);
        audit(c, 'survey.settings', after.survey.slug, { ...settingsOf(after.survey) }, { ...settingsOf(before) });
        return after.survey.slug;
      })();
      return c.json(detail(slug, callerOf(c).account.id));
    })
    .post('/:slug/units/preview', async (c) => {
      const current = managed(c);
      const { fileBase64 } = await readJson(c, UnitsFileRequestSchema);
      const read = await readUnitsFile(Buffer.from(fileBase64, 'base64'));
      if (!read.ok) {
        const first = read.errors[0]!;
        throw problem('survey.unitsFile', { line: first.line, reason: first.code, ...first.params });
      }
      return c.json(previewUnits(current.survey.units, read.units));
    })
    .post('/:slug/units', async (c) => {
      const current = managed(c);
      const { units } = await readJson(c, ReplaceUnitsRequestSchema);
      const checked = checkUnits(units);
      db.transaction(() => {
        const { preview } = replaceUnits(db, current.survey.slug, checked);
        audit(c, 'survey.units', current.survey.slug, {
          added: preview.added.map((u) => u.no), changed: preview.changed.map((u) => u.no), removed: preview.removed.map((u) => u.no),
        });
      })();
      return c.json(detail(current.survey.slug, callerOf(c).account.id));
    })
    .post('/:slug/sub-quotas', async (c) => {
      const current = managed(c);
      const { subQuotas } = await readJson(c, SubQuotasRequestSchema);
      db.transaction(() => {
        setSubQuotas(db, current.survey.slug, subQuotas);
        audit(c, 'survey.subQuotas', current.survey.slug, { variable: subQuotas?.variable ?? null });
      })();
      return c.json(detail(current.survey.slug, callerOf(c).account.id));
    })
    .post('/:slug/versions', async (c) => {
      const current = managed(c);
      const source = await readJson(c, CopyVersionRequestSchema);
      // Another survey's questionnaire is that survey's: a manager copies only from its own surveys (or a template).
      const from = 'survey' in source ? findSurveyBySlug(db, source.survey) : undefined;
      if (from) refuseUnmanaged(db, callerOf(c).account, from.id);
      const version = db.transaction(() => {
        const draft = copyVersionAsDraft(db, current.survey.slug, source);
        audit(c, 'survey.versionDraft', current.survey.slug, { version: draft.version, from: source });
        return draft;
      })();
      return c.json({ version }, 201);
    })
    .post('/:slug/versions/:version/publish', (c) => {
      const current = managed(c);
      const number = Number(c.req.param('version'));
      if (!Number.isInteger(number) || number < 1) throw problem('survey.versionNotFound');
      const version = db.transaction(() => {
        const published = publishDraft(db, current.survey.slug, number, isoNow(deps.clock));
        audit(c, 'survey.publish', current.survey.slug, { version: number });
        return published;
      })();
      return c.json({ version });
    })
    .post('/:slug/open', (c) => lifecycle(c, 'survey.open', () => openSurvey(db, managed(c).survey.slug, isoNow(deps.clock))))
    .post('/:slug/close', (c) => lifecycle(c, 'survey.close', () => closeSurvey(db, managed(c).survey.slug, isoNow(deps.clock))))
    .post('/:slug/archive', async (c) => {
      const current = managed(c);
      const { answers, exported } = await readJson(c, ArchiveRequestSchema);
      db.transaction(() => {
        const { affected } = archiveSurvey(db, current.survey.slug, answers, exported === true, isoNow(deps.clock));
        audit(c, 'survey.archive', current.survey.slug, { state: 'archived', answers, interviews: affected }, { state: current.state });
      })();
      return c.json(detail(current.survey.slug, callerOf(c).account.id));
    })
    .post('/:slug/managers', async (c) => {
      // Only a full admin hands out surveys; nobody limits their own account (they would lose the rest).
      if (!isFullAdmin(db, callerOf(c).account)) throw problem('survey.notManaged');
      const current = managed(c);
      const { accountIds } = await readJson(c, SurveyManagersRequestSchema);
      for (const id of accountIds) {
        const account = findAccountById(db, id);
        if (!account || account.role !== 'admin' || id === callerOf(c).account.id) throw problem('account.notFound');
      }
      db.transaction(() => {
        setSurveyManagers(db, current.id, accountIds);
        audit(c, 'survey.managers', current.survey.slug, { accountIds });
      })();
      return c.json(detail(current.survey.slug, callerOf(c).account.id));
    })
    .post('/managers', async (c) => {
      if (!isFullAdmin(db, callerOf(c).account)) throw problem('survey.notManaged');
      const { accountId, surveys } = await readJson(c, ManagersRequestSchema);
      const account: Account | undefined = findAccountById(db, accountId);
      if (!account || account.role !== 'admin') throw problem('account.notFound');
      const ids = surveys.map((slug) => loadSurveyWithState(db, slug).id);
      db.transaction(() => {
        setManagedSurveys(db, accountId, ids);
        recordAudit(deps, c, { action: 'survey.managers', target: `account:${accountId}`, before: null, after: { surveys } });
      })();
      return c.json({ accountId, surveys });
    });

  function lifecycle(c: Context<AppEnv>, action: AuditAction, run: () => LoadedSurvey): Response {
    const moved = db.transaction(() => {
      const result = run();
      audit(c, action, result.survey.slug, { state: result.state });
      return result;
    })();
    return c.json(detail(moved.survey.slug, callerOf(c).account.id));
  }
}
