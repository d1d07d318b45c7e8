// Who may see which unit's progress. An admin sees any unit and is told when a survey or unit does not exist.
// Anyone else sees only a unit they are assigned to; every other request (another unit, an unknown unit, an
// unknown survey) gets the same 403 with no parameters, so the answer says nothing about what exists.
import type { Account } from '#shared/accounts/schema.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { listAssignedUnits } from '../repo/assignments.ts';
import type { UnitRow } from '../repo/surveys.ts';
import { findQuotaSurvey, requireQuotaSurvey, type QuotaSurvey } from './survey.ts';

export type UnitInSurvey = { quota: QuotaSurvey; unit: UnitRow };

export function unitForAccount(db: Db, account: Account, surveySlug: string, unitNo: string): UnitInSurvey {
  if (account.role === 'admin') {
    const quota = requireQuotaSurvey(db, surveySlug);
    const unit = quota.units.find((u) => u.no === unitNo);
    if (!unit) throw problem('unit.notFound', { unit: unitNo });
    return { quota, unit };
  }
  const quota = findQuotaSurvey(db, surveySlug);
  const assigned = quota && listAssignedUnits(db, account.id, quota.id).find((u) => u.no === unitNo);
  if (!quota || !assigned) throw problem('auth.forbidden');
  return { quota, unit: assigned };
}
