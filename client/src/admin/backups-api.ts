// The admin's backups calls: the list, a backup taken now, and a backup's download address.
// Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { BackupListResponse, BackupSummary } from '#shared/api/audit.ts';
import { routeUrl } from '#shared/api/calls.ts';
import { request } from '../api/http.ts';

export function listBackups(): Promise<BackupListResponse> {
  return request('GET /api/admin/backups');
}

export async function takeBackup(): Promise<BackupSummary> {
  return (await request('POST /api/admin/backups')).backup;
}

export function backupUrl(name: string): string {
  return routeUrl('GET /api/admin/backups/:name', { params: { name } });
}
