// The review of one unit (issue 20, decision 0019): bulk approval of its clean interviews, the check for the same
// answers under two ids, and its paper serial registry, as JSON and as the CSV the clerk takes to the paper stack;
// and the keying statistics of each clerk over the survey or one unit.
import { Hono, type Context } from 'hono';
import { KeyingQuerySchema, type KeyingResponse, type SerialRegistryResponse } from '#shared/api/review.ts';
import { keyingRates } from '#shared/interview/review.ts';
import { isoAt } from '#shared/clock.ts';
import { formulaSafe } from '#shared/exporting/formula-safe.ts';
import { en } from '#shared/i18n/en/index.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { unitSerialRange } from '#shared/interview/serial.ts';
import { serialRegistry, serialsOf } from '#shared/interview/serial-registry.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { commitInGroup } from '../db/group-commit.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readQuery } from '../http/query.ts';
import { approveCleanInterviews, listClerkKeying, listUnitSerials } from '../repo/review.ts';
import { findUnitByNo, type UnitRow } from '../repo/surveys.ts';
import { loadSurvey } from '../services/surveys.ts';
import { refreshSameAnswers } from '../services/review-same-answers.ts';
import { clerkDisagreements } from '../services/review-double-keying.ts';

const DICTIONARIES: Record<Language, Dictionary> = { vi, en };

function unitOf(deps: Deps, c: Context<AppEnv>): { surveyId: number; doubleKeying: boolean; unit: UnitRow; registry: () => SerialRegistryResponse } {
  const loaded = loadSurvey(deps.db, c.req.param('survey') ?? '');
  if (!loaded) throw problem('survey.notFound');
  const unit = findUnitByNo(deps.db, loaded.id, c.req.param('unitNo') ?? '');
  if (!unit) throw problem('unit.notFound');
  return {
    surveyId: loaded.id, unit, doubleKeying: loaded.survey.doubleKeying === true,
    registry: () => ({ unitNo: unit.no, ...serialRegistry(unitSerialRange(loaded.survey, unit), listUnitSerials(deps.db, loaded.id, unit.id)) }),
  };
}

const cell = (text: string) => {
  const safe = formulaSafe(text);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One line per serial of the range, then the serials keyed outside it; words in the caller's language. */
function registryCsv(registry: SerialRegistryResponse, language: Language): string {
  const t = (key: string) => translate(DICTIONARIES[language], key);
  const ids = new Map<string, string[]>();
  for (const group of [...registry.duplicates, ...registry.outOfRange]) ids.set(group.serial, group.ids);
  const missing = new Set(registry.missing);
  const duplicated = new Set(registry.duplicates.map((d) => d.serial));
  const lines = [['serial', 'state', 'count', 'ids'].map((k) => cell(t(`review.serials.col.${k}`))).join(',')];
  const line = (serial: string, state: string, count: number) => lines.push([cell(serial), cell(t(`review.serials.${state}`)), String(count), cell((ids.get(serial) ?? []).join(' '))].join(','));
  for (const serial of serialsOf(registry.range)) {
    if (missing.has(serial)) line(serial, 'missing', 0);
    else line(serial, duplicated.has(serial) ? 'duplicate' : 'keyed', ids.get(serial)?.length ?? 1);
  }
  for (const group of registry.outOfRange) line(group.serial, 'outOfRange', group.ids.length);
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function adminReviewUnitRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .post('/:survey/units/:unitNo/approve-clean', async (c) => {
      const { surveyId, unit, doubleKeying } = unitOf(deps, c);
      const approved = await commitInGroup(deps.db, () => {
        const n = approveCleanInterviews(deps.db, surveyId, unit.id, callerOf(c).account.id, isoAt(deps.clock.now()), doubleKeying);
        recordAudit(deps, c, { action: 'review.bulkApprove', target: `unit:${c.req.param('survey')}/${unit.no}`, after: { approved: n } });
        return n;
      });
      return c.json({ approved });
    })
    .post('/:survey/units/:unitNo/same-answers', async (c) => {
      const { surveyId, unit } = unitOf(deps, c);
      const flagged = await commitInGroup(deps.db, () => {
        const n = refreshSameAnswers(deps.db, surveyId, unit.id);
        recordAudit(deps, c, { action: 'review.sameAnswers', target: `unit:${c.req.param('survey')}/${unit.no}`, after: { flagged: n } });
        return n;
      });
      return c.json({ flagged });
    })
    .get('/:survey/keying', (c) => {
      const loaded = loadSurvey(deps.db, c.req.param('survey'));
      if (!loaded) throw problem('survey.notFound');
      const { unit: unitNo } = readQuery(c, KeyingQuerySchema);
      const unit = unitNo === undefined ? undefined : findUnitByNo(deps.db, loaded.id, unitNo);
      if (unitNo !== undefined && !unit) throw problem('unit.notFound');
      const pairs = clerkDisagreements(deps.db, loaded.id, unit?.id ?? null);
      const clerks = listClerkKeying(deps.db, loaded.id, unit?.id ?? null).map((row) => {
        const totals = { forms: row.forms, keys: row.keys, corrections: row.corrections, seconds: Math.round(row.seconds * 1000) / 1000, verified: row.verified };
        const paired = pairs.get(row.account_id);
        return {
          accountId: row.account_id, username: row.username, displayName: row.display_name, ...totals, ...keyingRates(totals),
          pairs: paired?.pairs ?? 0, compared: paired?.compared ?? 0, disagreements: paired?.disagreements ?? 0, disagreementRate: paired?.rate ?? null,
        };
      });
      return c.json({ clerks } satisfies KeyingResponse);
    })
    .get('/:survey/units/:unitNo/serials', (c) => c.json(unitOf(deps, c).registry()))
    .get('/:survey/units/:unitNo/serials.csv', (c) => {
      const { unit, registry } = unitOf(deps, c);
      const language = LanguageSchema.safeParse(c.req.query('lang') ?? 'vi').data ?? 'vi';
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="so-phieu-${c.req.param('survey')}-${unit.no}.csv"`);
      return c.body(registryCsv(registry(), language));
    });
}
