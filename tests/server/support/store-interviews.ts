// Puts generated interviews straight into the database, as the sync ingest would store them, for tests of
// what reads interviews (dashboards, exports) that should not depend on going through sync.
import { createHash } from 'node:crypto';
import type { Interview } from '#shared/interview/schema.ts';
import { cellOf } from '#shared/quota/progress.ts';
import type { Db } from '#server/db/open.ts';
import { insertInterview } from '#server/repo/interviews.ts';
import { findQuotaCellVariable } from '#server/repo/quota-counts.ts';
import { findSurveyBySlug, findUnitByNo } from '#server/repo/surveys.ts';

export function storeInterviews(
  db: Db, interviews: readonly Interview[],
  options: { status?: string; flags?: (interview: Interview) => string[]; at?: string } = {},
): void {
  db.transaction(() => {
    for (const interview of interviews) {
      const survey = findSurveyBySlug(db, interview.surveySlug);
      const unit = survey && findUnitByNo(db, survey.id, interview.unitNo);
      if (!survey || !unit) throw new Error(`no unit ${interview.unitNo} in ${interview.surveySlug}`);
      const record = JSON.stringify({ ...interview, status: options.status ?? 'received' });
      const cellVariable = findQuotaCellVariable(db, survey.id);
      insertInterview(db, {
        id: interview.id, surveyId: survey.id, unitId: unit.id, questionnaireVersion: interview.questionnaireVersion,
        mode: interview.mode, entry: interview.entry, serial: interview.serial ?? null, accountId: interview.accountId,
        deviceId: interview.deviceId, status: options.status ?? 'received', revision: interview.revision,
        practice: interview.practice, voided: interview.voided !== undefined,
        interviewDay: interview.paper?.interviewDate ?? interview.times.finishedAt?.slice(0, 10) ?? null,
        flags: options.flags?.(interview) ?? [], contentHash: createHash('sha256').update(record).digest('hex'),
        record, quotaCell: (cellVariable && cellOf(cellVariable, interview.answers)) ?? '', at: options.at ?? new Date().toISOString(),
        secondKeying: interview.secondKeying === true,
      });
    }
  })();
}
