// A worker thread with its own SQLite connection, writing interviews one transaction at a time into the file
// the test and the other workers share: stores each one, then reviews, flags or voids some of what it stored.
import { parentPort, workerData } from 'node:worker_threads';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { openDatabase } from '#server/db/open.ts';
import { storeInterviews } from '../support/store-interviews.ts';

type Job = { file: string; seed: number; count: number; accountId: number; unitNos: string[] };
const job = workerData as Job;
const db = openDatabase(job.file);
const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: job.count, unitNos: job.unitNos, seed: job.seed, accountId: job.accountId });
const review = db.prepare('UPDATE interviews SET status = ?, flags = ?, voided = ? WHERE id = ?');
// IMMEDIATE: a deferred transaction that reads first cannot upgrade to a write once another connection
// committed (SQLITE_BUSY without waiting); the server itself writes through one connection.
const store = db.transaction((interview: (typeof interviews)[number], flagged: boolean) => {
  storeInterviews(db, [interview], { flags: () => (flagged ? ['over_quota'] : []) });
});
interviews.forEach((interview, k) => {
  store.immediate(interview, k % 4 === 0);
  const earlier = interviews[Math.floor(k / 2)]!;
  if (k % 3 === 0) review.run(k % 2 ? 'approved' : 'rejected', k % 5 === 0 ? '["too_short"]' : '[]', k % 7 === 0 ? 1 : 0, earlier.id);
});
db.close();
parentPort!.postMessage('done');
