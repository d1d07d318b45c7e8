// What the enumerator's home screen shows, read in one go: their interviews by state and, per assigned unit,
// the quota figures from the shared arithmetic (target, synced as the server last counted, waiting here).
import { countsTowardQuota, progress, sumProgress, unitCellProgress, type CellProgress, type Progress } from '#shared/quota/progress.ts';
import { subQuotaQuestion } from '#shared/quota/figures.ts';
import type { SubQuotaQuestion } from '#shared/api/quota.ts';
import type { Answers } from '#shared/survey/answer.ts';
import type { Interview, InterviewStatus } from '#shared/interview/schema.ts';
import type { Unit } from '#shared/survey/survey.ts';
import type { PhieuDb } from './db.ts';
import { listInterviews } from './interviews.ts';
import { loadQuota, loadSurveys } from './device-state.ts';
import type { SentRow } from './rows.ts';
import { listSent } from './sent.ts';
import { countTiles, groupOf, type Tile } from './work-counts.ts';

export const HOME_STATES = ['draft', 'finished', 'synced', 'needs_correction', 'rejected'] as const;
export type HomeState = (typeof HOME_STATES)[number];

/** Received and approved both mean "the server holds it": the enumerator sees one state, synced. */
export function homeStateOf(status: InterviewStatus): HomeState {
  return status === 'received' || status === 'approved' ? 'synced' : status;
}

/** `cells`: the unit's sub-quota cells (empty when the survey has none), what still needs interviews. */
export type UnitQuota = {
  unit: Unit; progress: Progress; serverTime: string | null; cells: CellProgress[];
  /** Forms of this account that count for the unit: sent, or finished here and waiting (issue 16). */
  mine: number;
};
export type SurveyHome = {
  slug: string; title: string; fieldWindow: { start: string; end: string }; units: UnitQuota[]; total: Progress;
  /** The question that splits the targets, for the cells' labels; null without sub-quotas. */
  subQuota: SubQuotaQuestion | null;
  /** Closed or archived (decision 0012): no new interview starts here; what the device holds still uploads. */
  closed: boolean;
  /** Explicit serial ranges by unit (shared/interview/serial.ts unitSerialRange reads them). */
  serialRanges?: Record<string, { first: string; last: string }>;
};
export type Home = {
  byState: Record<HomeState, Interview[]>;
  /** Voided and not waiting to be sent (a voided draft, a voided form already synced). */
  voided: Interview[];
  surveys: SurveyHome[];
  /** The tiles (shared with the sync card through db/work-counts.ts). */
  counts: Record<Tile, number>;
  /** The forms this account sent, newest first, with what the server says of them now. */
  sent: SentRow[];
};

export async function loadHome(db: PhieuDb, accountId: number): Promise<Home> {
  const [interviews, surveys, quota, sent] = await Promise.all([
    listInterviews(db, accountId), loadSurveys(db, accountId), loadQuota(db, accountId), listSent(db, accountId),
  ]);
  const byState: Record<HomeState, Interview[]> = { draft: [], finished: [], synced: [], needs_correction: [], rejected: [] };
  const voided: Interview[] = [];
  const waiting = new Map<string, Answers[]>();
  for (const interview of interviews) {
    const group = groupOf(interview);
    if (group === 'voided') voided.push(interview);
    else byState[group].push(interview);
    // Finished here and not yet receipted by the server: it will count once synced.
    if (interview.status === 'finished' && countsTowardQuota({ ...interview, voided: interview.voided !== undefined })) {
      const key = `${interview.surveySlug}/${interview.unitNo}`;
      const unsent = waiting.get(key);
      if (unsent) unsent.push(interview.answers);
      else waiting.set(key, [interview.answers]);
    }
  }
  for (const list of [...Object.values(byState), voided]) list.sort((a, b) => b.times.updatedAt.localeCompare(a.times.updatedAt));
  const homes = surveys.map((row): SurveyHome => {
    const units = row.survey.units.map((unit): UnitQuota => {
      const counts = quota.find((q) => q.surveySlug === row.slug && q.unitNo === unit.no);
      const unsent = waiting.get(`${row.slug}/${unit.no}`) ?? [];
      const figures = progress(unit.quota, counts ?? { received: 0, approved: 0, flagged: 0 }, unsent.length);
      const cells = unitCellProgress(row.survey.subQuotas, unit.no, counts?.cells ?? {}, unsent);
      const mine = unsent.length + sent.filter((r) => r.surveySlug === row.slug && r.unitNo === unit.no
        && countsTowardQuota(r)).length;
      return { unit, progress: figures, serverTime: counts?.serverTime ?? null, cells, mine };
    });
    return {
      slug: row.slug, title: row.survey.title, fieldWindow: row.survey.fieldWindow, units,
      closed: row.state === 'closed' || row.state === 'archived',
      total: sumProgress(units.map((u) => u.progress)),
      subQuota: row.survey.subQuotas ? subQuotaQuestion(row.survey.subQuotas.variable, row.versions) : null,
      ...(row.survey.serialRanges ? { serialRanges: row.survey.serialRanges } : {}),
    };
  });
  return { byState, voided, surveys: homes, counts: countTiles(interviews, sent), sent };
}
