// The admin's export routes: how many interviews a set of filters selects, and the download itself.
import * as z from 'zod/mini';
import { EXPORT_PARAMS, FILTER_PARAMS } from '../exporting/filters.ts';

export const ExportCountResponseSchema = z.object({ count: z.number().check(z.int(), z.nonnegative()) });
export type ExportCountResponse = z.infer<typeof ExportCountResponseSchema>;

// The query as sent: text values only, read by parseExportFilters / parseExportParams, which refuse any other key
// with a coded problem (export.invalidFilter) and word nothing here; filterQueryString / exportQueryString write it.
export const ExportFiltersQuerySchema = z.partialRecord(z.enum(FILTER_PARAMS), z.string());
export const ExportQuerySchema = z.partialRecord(z.enum(EXPORT_PARAMS), z.string());
