// Where the quota pages live in the app: a module of its own so the start page can link to a unit's progress
// without loading the quota pages' code.

export function unitDashboardPath(survey: string, unitNo: string): string {
  return `/quota/${encodeURIComponent(survey)}/units/${encodeURIComponent(unitNo)}`;
}
