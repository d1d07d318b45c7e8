// The quota pages' reads that are not admin-only: one unit's progress (unit board, admin) and a share link's
// page (no account). Kept out of the admin chunk on purpose: boards and share links load only this.
import type { UnitDashboard } from '#shared/api/quota.ts';
import { request } from '../api/http.ts';

export function fetchUnitDashboard(key: { survey: string; unitNo: string }): Promise<UnitDashboard> {
  return request('GET /api/quota/:survey/units/:unitNo', { params: { survey: key.survey, unitNo: key.unitNo } });
}

export function fetchSharedDashboard(token: string): Promise<UnitDashboard> {
  return request('GET /api/share-links/view/:token', { params: { token } });
}
