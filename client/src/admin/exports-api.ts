// The admin's exports: how many interviews the chosen filters select, and the address of the download.
// Lives in the admin chunk: nothing outside client/src/admin imports it.
import { routeUrl } from '#shared/api/calls.ts';
import { exportQueryString, filterQueryString, type ExportFilters, type ExportRequest } from '#shared/exporting/filters.ts';
import { request } from '../api/http.ts';

/** Also the check of the filters: a refused filter comes back here as a coded problem, before any download. */
export async function countExport(slug: string, filters: ExportFilters): Promise<number> {
  const query = Object.fromEntries(filterQueryString(filters));
  return (await request('GET /api/admin/exports/:slug/count', { params: { slug }, query })).count;
}

/** A plain link: the browser streams the file to disk itself, with the name the server gives. */
export function exportHref(slug: string, exportRequest: ExportRequest): string {
  const query = Object.fromEntries(new URLSearchParams(exportQueryString(exportRequest)));
  return routeUrl('GET /api/admin/exports/:slug', { params: { slug }, query });
}
