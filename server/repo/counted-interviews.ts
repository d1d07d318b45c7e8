// The interviews an export holds and a table counts, under the export's filters (shared/exporting/filters.ts):
// never practice, voided or second keyings (double keying: the first keying, once reconciled, holds the values);
// the other filters optional. One condition for both, so a table always counts what the matching export holds.
// It reads the interview as `i` and its unit as `u`.
import type { ExportFilters } from '#shared/exporting/filters.ts';

export type CountedParams = {
  survey: number; statuses: string; units: string | null; modes: string | null; entries: string | null;
  from: string | null; to: string | null;
};

export const COUNTED_WHERE = `i.survey_id = @survey AND i.practice = 0 AND i.voided = 0 AND i.second_keying = 0
    AND i.status IN (SELECT value FROM json_each(@statuses))
    AND (@units IS NULL OR u.no IN (SELECT value FROM json_each(@units)))
    AND (@modes IS NULL OR i.mode IN (SELECT value FROM json_each(@modes)))
    AND (@entries IS NULL OR i.entry IN (SELECT value FROM json_each(@entries)))
    AND (@from IS NULL OR i.interview_day >= @from)
    AND (@to IS NULL OR i.interview_day <= @to)`;

export function countedParams(surveyId: number, f: ExportFilters): CountedParams {
  const json = (list: readonly string[] | null) => (list === null ? null : JSON.stringify(list));
  return {
    survey: surveyId, statuses: JSON.stringify(f.statuses), units: json(f.units), modes: json(f.modes),
    entries: json(f.entries), from: f.from, to: f.to,
  };
}
