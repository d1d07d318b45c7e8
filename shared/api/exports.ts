// The admin's export routes: how many interviews a set of filters selects, and the download itself.
import * as z from 'zod/mini';
import { exportQueryString, filterQueryString, type ExportFilters, type ExportRequest } from '../exporting/filters.ts';

export const EXPORTS_PATH = '/api/admin/exports';

export const ExportCountResponseSchema = z.object({ count: z.number().check(z.int(), z.nonnegative()) });
export type ExportCountResponse = z.infer<typeof ExportCountResponseSchema>;

export function exportCountUrl(slug: string, filters: ExportFilters): string {
  const query = filterQueryString(filters).toString();
  return `${EXPORTS_PATH}/${encodeURIComponent(slug)}/count${query ? `?${query}` : ''}`;
}

export function exportDownloadUrl(slug: string, request: ExportRequest): string {
  return `${EXPORTS_PATH}/${encodeURIComponent(slug)}?${exportQueryString(request)}`;
}
