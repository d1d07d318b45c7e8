// The admin's exports: how many interviews the chosen filters select, and the address of the download.
// Lives in the admin chunk: nothing outside client/src/admin imports it.
import { exportCountUrl, exportDownloadUrl, type ExportCountResponse } from '#shared/api/exports.ts';
import type { ExportFilters, ExportRequest } from '#shared/exporting/filters.ts';
import { request } from '../api/http.ts';

/** Also the check of the filters: a refused filter comes back here as a coded problem, before any download. */
export async function countExport(slug: string, filters: ExportFilters): Promise<number> {
  return (await request<ExportCountResponse>(exportCountUrl(slug, filters))).count;
}

/** A plain link: the browser streams the file to disk itself, with the name the server gives. */
export function exportHref(slug: string, exportRequest: ExportRequest): string {
  return exportDownloadUrl(slug, exportRequest);
}
