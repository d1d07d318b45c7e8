// Brings a survey's compact store up to date before a tabulation (decision 0017): the interviews written since the
// last one (marked dirty by triggers) are packed again from their records, in one transaction with the marks'
// removal, so the rows then read are exactly the interviews' current answers. Usually a handful; after a change
// of questionnaire or units, the whole survey once.
import { pack, type PackLayout } from '#shared/tables/packing.ts';
import type { Db } from '../db/open.ts';
import { layoutId, listDirtyInterviews, repackIfLayoutChanged, storePacked } from '../repo/tabulation-rows.ts';

/** Returns the layout id the survey's rows are packed under. */
export function refreshTabulation(db: Db, surveyId: number, layout: PackLayout): number {
  return db.transaction(() => {
    const id = layoutId(db, surveyId, layout.signature);
    repackIfLayoutChanged(db, surveyId, id);
    const dirty = listDirtyInterviews(db, surveyId);
    storePacked(db, surveyId, id, dirty.map((row) => {
      if (!row.counted) return { row, cells: null };
      const answers = row.answers ? JSON.parse(row.answers) as Record<string, unknown> : {};
      return { row, cells: Buffer.from(pack(layout, answers, { unitNo: row.unit_no, mode: row.mode, entry: row.entry }).buffer) };
    }));
    return id;
  })();
}
