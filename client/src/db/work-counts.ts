// One place that sorts the enumerator's forms into groups and counts them (issue 16): the home's tiles, its
// lists and the sync card's "waiting" all read these, so they can never disagree. Each form is in one group.
import type { Interview } from '#shared/interview/schema.ts';
import type { PhieuDb } from './db.ts';
import { listInterviews } from './interviews.ts';
import type { SentRow } from './rows.ts';

export const TILES = ['draft', 'finished', 'synced', 'needs_correction', 'rejected', 'voided'] as const;
export type Tile = (typeof TILES)[number];

/**
 * Finished (voided or not) is what the next sync sends: "waiting". A voided draft is never sent, so it waits for
 * nothing: it is voided. A synced form still here counts once (as its sent row when it has one).
 */
export function groupOf(interview: Interview): Tile {
  if (interview.status === 'finished') return 'finished';
  if (interview.voided) return 'voided';
  return interview.status === 'received' || interview.status === 'approved' ? 'synced' : interview.status;
}

export function countTiles(interviews: readonly Interview[], sent: readonly SentRow[]): Record<Tile, number> {
  const counts: Record<Tile, number> = { draft: 0, finished: 0, synced: 0, needs_correction: 0, rejected: 0, voided: 0 };
  const onServer = new Set(sent.map((row) => row.interviewId));
  for (const interview of interviews) {
    const group = groupOf(interview);
    // The server's word on a sent form (its sent row) wins over the copy here, which may be older.
    if ((group === 'synced' || group === 'rejected') && onServer.has(interview.id)) continue;
    counts[group]++;
  }
  for (const row of sent) {
    if (row.status === 'received' || row.status === 'approved') counts.synced++;
    else if (row.status === 'rejected') counts.rejected++;
  }
  return counts;
}

export type UnsyncedWork = { drafts: number; waiting: number };

/** What is not on the server yet: drafts in progress, and the forms the next sync sends (the sign-out question). */
export async function countUnsynced(db: PhieuDb, accountId: number): Promise<UnsyncedWork> {
  const groups = (await listInterviews(db, accountId)).map(groupOf);
  return { drafts: groups.filter((group) => group === 'draft').length, waiting: groups.filter((group) => group === 'finished').length };
}

/** Forms the next sync sends: the sync card's "waiting", the home's "finished" tile. */
export async function countWaiting(db: PhieuDb, accountId: number): Promise<number> {
  return (await countUnsynced(db, accountId)).waiting;
}
