// The admin's hand-over import call. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { ImportHandoverResponse } from '#shared/handover/schema.ts';
import { request } from '../api/http.ts';

export async function importHandoverFile(file: File): Promise<ImportHandoverResponse> {
  return request('POST /api/admin/handover', { json: { name: file.name, content: await file.text() } });
}
