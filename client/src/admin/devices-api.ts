// The admin's device and quarantine calls. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { DeviceListResponse, DeviceSummary, QuarantineItem, QuarantineResolvedResponse } from '#shared/api/devices.ts';
import { request } from '../api/http.ts';

export function listDevices(accountId: number | null): Promise<DeviceListResponse> {
  return request('GET /api/admin/devices', { query: accountId === null ? {} : { account: String(accountId) } });
}

export async function revokeDevice(id: string): Promise<DeviceSummary> {
  return (await request('POST /api/admin/devices/:id/revoke', { params: { id } })).device;
}

export function listQuarantine(): Promise<{ items: QuarantineItem[] }> {
  return request('GET /api/admin/quarantine', { query: { state: 'open' } });
}

export function acceptQuarantined(id: number): Promise<QuarantineResolvedResponse> {
  return request('POST /api/admin/quarantine/:id/accept', { params: { id: String(id) } });
}
