// The shapes of the rows the device keeps in IndexedDB. Interviews are stored exactly as the shared schema
// says (`Interview`), so what sync uploads is what was saved; the other rows are the device's own bookkeeping.
import type { Account, Assignment } from '#shared/accounts/schema.ts';
import type { InterviewStatus } from '#shared/interview/schema.ts';
import type { ReceiptFlag, ReceiptOutcome } from '#shared/interview/receipt.ts';
import type { Message } from '#shared/i18n/message.ts';
import type { Issue } from '#shared/survey/issues.ts';
import type { UnitCounts } from '#shared/quota/counts.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import type { Survey } from '#shared/survey/survey.ts';
import type { ServerHandoverKey } from '#shared/handover/format.ts';
import type { HeldSerials } from '#shared/api/device.ts';

/**
 * One row per interview with unsynced changes, written in the same transaction as the interview itself.
 * The sync issue reads it: it uploads what is finished, and after a receipt deletes the row only if `change`
 * is still the one it read (a later edit bumps it, so nothing written meanwhile is marked synced).
 */
export type OutboxRow = {
  interviewId: string;
  accountId: number;
  surveySlug: string;
  unitNo: string;
  /** The interview's status at the last write: sync sends `finished` rows and leaves drafts alone. */
  status: InterviewStatus;
  /** Bumped on every write. */
  change: number;
  /** The first write since the last sync: the age of the oldest unsynced work is measured from it. */
  queuedAt: string;
  changedAt: string;
  /**
   * Written to a hand-over file (client/src/handover/) at this change: kept here, and still sent by sync, until a
   * receipt confirms it. Not indexed (no schema version); an edit writes a new row without it.
   */
  handedOver?: { at: string; change: number };
};

/** The account as the device last saw it, with its assignments, so the app opens offline without the server. */
export type AccountRow = {
  id: number;
  account: Account;
  assignments: Assignment[];
  /** Server time of the last device state download. */
  serverTime: string;
  storedAt: string;
  /** The key hand-over files are encrypted to, from the last device state (absent: an older server). */
  handoverKey?: ServerHandoverKey;
};

/**
 * This browser profile's registration for one account (a shared laptop has one per clerk). The private key
 * is a non-extractable CryptoKey: IndexedDB can hold it, but no script can read its bytes.
 */
export type DeviceRow = {
  accountId: number;
  deviceId: string;
  keyPair: CryptoKeyPair;
  publicKeyJwk: string;
  /** Bearer token for sync; null until registered, or after the server said it was revoked. */
  token: string | null;
  registeredAt: string;
};

export type SurveyRow = {
  accountId: number;
  slug: string;
  survey: Survey;
  /** Published versions, oldest first. */
  versions: QuestionnaireVersion[];
  /** Days a synced interview stays after its sync (sync issue); absent: until the field window closes. */
  retentionDays?: number;
  /** The survey's lifecycle state (decision 0012); absent from older servers: open. */
  state?: 'open' | 'closed' | 'archived' | 'draft';
  /** Per unit, the serials the server held at the last device state, with who sent them and when (issue 16). */
  heldSerials?: Record<string, HeldSerials[]>;
};

/** The server's counts of one unit, as last known, and when the server counted them. */
export type QuotaRow = UnitCounts & { accountId: number; surveySlug: string; serverTime: string };

export type SettingRow = { key: string; value: unknown };

/**
 * What the server last said about one interview (version 2, the sync issue): the revision it holds, when the
 * device's revision was receipted as stored, and for a refusal, a conflict or a return the reason to show.
 */
export type SyncRecord = {
  interviewId: string;
  accountId: number;
  /** The revision the server holds; null while it holds none. */
  serverRevision: number | null;
  /** When a receipt marked the device's revision stored; null while it is not. */
  syncedAt: string | null;
  /** The last receipt's outcome, or 'returned' when the admin sent it back for correction. */
  outcome: ReceiptOutcome | 'returned';
  flags: ReceiptFlag[];
  /** Why the server refused it or set it aside (a dictionary code with parameters). */
  reason?: Message;
  issues?: Issue[];
  /** The admin's comment on an interview returned for correction. */
  comment?: string;
  /** The outbox change the receipt answered: a refused change is not resent until the enumerator edits it. */
  change: number;
  at: string;
};

/**
 * One interview this device sent and the server stored (version 3, issue 16): kept after housekeeping removes
 * the answers, so the device remembers the serial it used and lists the form as sent, with what the server says
 * of it now (its status and flags, refreshed by every device state).
 */
export type SentRow = {
  interviewId: string;
  accountId: number;
  surveySlug: string;
  unitNo: string;
  serial?: string;
  practice: boolean;
  voided: boolean;
  /** A second keying of a paper form (decision 0019): listed, never counted for the unit. */
  secondKeying?: true;
  /** When the receipt said stored (the device's clock). */
  sentAt: string;
  /** The server's status: received, approved, needs_correction (returned) or rejected. */
  status: Exclude<InterviewStatus, 'draft' | 'finished'>;
  flags: ReceiptFlag[];
};
