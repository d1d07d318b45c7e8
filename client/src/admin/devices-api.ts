// The admin's device and quarantine calls. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { DeviceListResponse, DeviceSummary, QuarantineItem, QuarantineResolvedResponse } from '#shared/api/devices.ts';
import { request } from '../api/http.ts';

export function listDevices(accountId: number | null): Promise<DeviceListResponse> {
  return request('GET /api/admin/devices', { query: accountId === null ? {} : { account: String(accountId) } });
}

export async function revokeDevice(id: string): Promise<DeviceSummary> {
  return (await request('POST /api/admin/devices/:id/revoke', { params: { id } })).device;
}

export function listQuarantine(): Promise<{ items: QuarantineItem[]; retentionDays: number }> {
  return request('GET /api/admin/quarantine', { query: { state: 'open' } });
}

export function resolveQuarantined(id: number, how: 'accept' | 'reject'): Promise<QuarantineResolvedResponse> {
  const route = how === 'accept' ? 'POST /api/admin/quarantine/:id/accept' : 'POST /api/admin/quarantine/:id/reject';
  return request(route, { params: { id: String(id) } });
}
