// The review tools' calls (issue 20, decision 0019): double keying, keying statistics, a unit's same-answers check
// and bulk approval, corrections, the quarantine's items, uploads and a device's inventory. Admin chunk only.
import type { BatchDetail, BatchListResponse, BatchVia, DeviceInventory } from '#shared/api/batches.ts';
import type { QuarantineDetail, QuarantineItem, QuarantineResolvedResponse } from '#shared/api/devices.ts';
import type { CorrectionRequest, DoubleKeyingResponse, KeyingResponse, ReconcileRequest, ReviewItem } from '#shared/api/review.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { request } from '../../api/http.ts';

export function fetchDoubleKeying(survey: string): Promise<DoubleKeyingResponse> {
  return request('GET /api/admin/review/:survey/double-keying', { params: { survey }, query: {} });
}

export async function reconcile(survey: string, firstId: string, body: ReconcileRequest): Promise<ReviewItem> {
  return (await request('POST /api/admin/review/:survey/double-keying/:id/reconcile', { params: { survey, id: firstId }, json: body })).interview;
}

export function fetchKeying(survey: string): Promise<KeyingResponse> {
  return request('GET /api/admin/review/:survey/keying', { params: { survey }, query: {} });
}

export async function checkSameAnswers(survey: string, unitNo: string): Promise<number> {
  return (await request('POST /api/admin/review/:survey/units/:unitNo/same-answers', { params: { survey, unitNo } })).flagged;
}

export async function approveClean(survey: string, unitNo: string): Promise<number> {
  return (await request('POST /api/admin/review/:survey/units/:unitNo/approve-clean', { params: { survey, unitNo } })).approved;
}

export async function correct(survey: string, id: string, body: CorrectionRequest): Promise<ReviewItem> {
  return (await request('POST /api/admin/review/:survey/interviews/:id/correction', { params: { survey, id }, json: body })).interview;
}

export async function listQuarantineItems(state: 'open' | 'resolved'): Promise<QuarantineItem[]> {
  return (await request('GET /api/admin/quarantine', { query: { state } })).items;
}

export function fetchQuarantineItem(id: number): Promise<QuarantineDetail> {
  return request('GET /api/admin/quarantine/:id', { params: { id: String(id) } });
}

export function fixQuarantined(id: number, payload: Record<string, unknown>): Promise<QuarantineResolvedResponse> {
  return request('POST /api/admin/quarantine/:id/fix', { params: { id: String(id) }, json: { payload } });
}

export function acceptQuarantinedItem(id: number): Promise<QuarantineResolvedResponse> {
  return request('POST /api/admin/quarantine/:id/accept', { params: { id: String(id) } });
}

export function discardQuarantined(id: number, reason: string): Promise<QuarantineResolvedResponse> {
  return request('POST /api/admin/quarantine/:id/reject', { params: { id: String(id) }, json: { reason } });
}

/** A page of uploads, newest first: after `after` (the previous page's `next`), only those that came `via`. */
export function listBatches(options: { after?: string; via?: BatchVia } = {}): Promise<BatchListResponse> {
  const { after, via } = options;
  return request('GET /api/admin/batches', { query: { ...(after ? { after } : {}), ...(via ? { via } : {}) } });
}

export function fetchBatch(id: string): Promise<BatchDetail> {
  return request('GET /api/admin/batches/:id', { params: { id } });
}

export function fetchInventory(deviceId: string): Promise<DeviceInventory> {
  return request('GET /api/admin/inventory/:deviceId', { params: { deviceId } });
}

/** The questionnaire version an interview was taken on, to lay it out as its paper form. */
export async function fetchVersion(survey: string, version: number): Promise<QuestionnaireVersion> {
  return (await request('GET /api/admin/surveys/:slug/versions/:version', { params: { slug: survey, version: String(version) } })).version;
}
