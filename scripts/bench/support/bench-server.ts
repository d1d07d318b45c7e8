// A bench's server over a survey built at scale: a fresh database in a temporary folder, the survey with its units
// and the demo questionnaire, filled without a journal (building is not what is measured) then set back to the
// production settings, and the app with an admin's session. A helper, not a bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../../../shared/clock.ts';
import { hungYen2026 } from '../../../shared/demo/hung-yen-2026.ts';
import type { Survey } from '../../../shared/survey/survey.ts';
import { createApp } from '../../../server/app.ts';
import { ephemeralAuditDeps } from '../../../server/audit/ephemeral.ts';
import { createSignInThrottle } from '../../../server/auth/throttle.ts';
import { hashToken, newToken } from '../../../server/auth/tokens.ts';
import { openDatabase, type Db } from '../../../server/db/open.ts';
import { SESSION_COOKIE } from '../../../server/http/auth.ts';
import { insertAccount } from '../../../server/repo/accounts.ts';
import { insertSession } from '../../../server/repo/sessions.ts';
import { createSurvey } from '../../../server/services/surveys.ts';

export type BenchServer = {
  db: Db;
  app: ReturnType<typeof createApp>;
  /** An admin's session cookie. */
  headers: Record<string, string>;
  /** Closes the database and deletes its folder. */
  close: () => void;
};

export function openBenchServer(options: {
  name: string; survey: Survey; now: string; fill: (db: Db) => void;
  /** Runs ANALYZE after filling, as a long-lived database would have its statistics. */
  analyze?: boolean;
}): BenchServer {
  const dir = mkdtempSync(join(tmpdir(), `phieu-bench-${options.name}-`));
  const db = openDatabase(join(dir, 'phieu.sqlite'));
  const close = () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const clock = manualClock(options.now);
    createSurvey(db, options.survey, hungYen2026.versions.map((v) => ({ ...v, surveySlug: options.survey.slug })), options.now);
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    options.fill(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    if (options.analyze) db.exec('ANALYZE');
    const adminId = insertAccount(db, { username: 'admin', displayName: 'Admin', role: 'admin', passwordHash: '-', createdAt: options.now });
    const token = newToken();
    insertSession(db, hashToken(token), adminId, options.now, '2099-01-01T00:00:00Z');
    const app = createApp({
      db, clock, throttle: createSignInThrottle(clock),
      config: { trustProxy: false, sessionHours: 24, bodyLimitBytes: 65536, staticDir: null }, ...ephemeralAuditDeps(),
    });
    return { db, app, headers: { cookie: `${SESSION_COOKIE}=${token}` }, close };
  } catch (error) {
    close();
    throw error;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
