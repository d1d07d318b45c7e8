// Brings a survey's compact store up to date before a tabulation (decision 0017): the interviews written since the
// last one (marked dirty by triggers) are packed again from their records, new ones placed in the last chunk and
// then in new ones, and every chunk that gained, lost or changed a member is rebuilt from its members — all in one
// transaction with the marks' removal, so the chunks then read are exactly the interviews' current answers.
// Usually a handful; after a change of questionnaire or units, the whole survey once.
import { pack, type PackLayout } from '#shared/tables/packing.ts';
import type { Db } from '../db/open.ts';
import {
  lastChunk, layoutId, listDirtyInterviews, listStaleChunks, rebuildChunk, repackIfLayoutChanged, storePacked,
} from '../repo/tabulation-rows.ts';
import { storeTexts } from '../repo/tabulation-texts.ts';
import { textVariables as listTextVariables } from './coding.ts';

/** Interviews per chunk: a million is about 250 rows to read, and a change rebuilds one chunk of about 1 MB. */
export const CHUNK_SIZE = 4096;

/** Returns the layout id the survey's chunks are packed under. */
export function refreshTabulation(db: Db, surveyId: number, layout: PackLayout, chunkSize = CHUNK_SIZE): number {
  return db.transaction(() => {
    const id = layoutId(db, surveyId, layout.signature);
    repackIfLayoutChanged(db, surveyId, id);
    const dirty = listDirtyInterviews(db, surveyId);
    const touched = new Set<number>();
    if (dirty.length > 0) {
      let { chunk, count } = lastChunk(db, surveyId);
      // The free texts (open questions and "other – specify") are kept beside the cells for the coded tables.
      const textVariables = [...listTextVariables(db, surveyId).keys()];
      const texts: { id: string; variable: string; text: string }[] = [];
      storePacked(db, surveyId, id, dirty.map((row) => {
        if (!row.counted) return { row, cells: null, chunk };
        if (count >= chunkSize) { chunk += 1; count = 0; }
        count += 1;
        touched.add(chunk);
        const answers = row.answers ? JSON.parse(row.answers) as Record<string, unknown> : {};
        for (const variable of textVariables) {
          const text = answers[variable];
          if (typeof text === 'string') texts.push({ id: row.id, variable, text });
        }
        const meta = { unitNo: row.unit_no, mode: row.mode, entry: row.entry, status: row.status, day: row.interview_day };
        return { row, cells: Buffer.from(pack(layout, answers, meta).buffer), chunk };
      }));
      storeTexts(db, texts);
    }
    // Stale chunks include those a deleted interview left (a deletion leaves nothing dirty to pack).
    for (const stale of listStaleChunks(db, surveyId)) touched.add(stale);
    for (const c of touched) rebuildChunk(db, surveyId, id, c);
    return id;
  })();
}
