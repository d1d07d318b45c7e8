// The second step of an admin's sign-in and its enrolment: a TOTP code (or a one-time recovery code) after the
// password; enrolling shows a secret as a QR code made here, and confirms it with a first code.
import { randomBytes } from 'node:crypto';
import { renderSVG } from 'uqr';
import type { Account } from '#shared/accounts/schema.ts';
import type { TwoFactorEnrolment } from '#shared/api/auth.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { Deps } from '../deps.ts';
import { matchTotp, newTotpSecret, otpauthUri } from '../auth/totp.ts';
import { hashToken } from '../auth/tokens.ts';
import {
  countSecondFactorFailure, enableTotp, readAccountSecurity, replaceRecoveryCodes, setPendingTotpSecret,
  setSessionSecondFactorPending, setTotpLastStep, useRecoveryCode,
} from '../repo/account-security.ts';
import { deleteSession } from '../repo/sessions.ts';

/** Wrong codes a half-open session may send before it is ended (the password must then be given again). */
export const MAX_CODE_FAILURES = 5;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Phiếu';

/** Recovery codes as people copy them: 10 characters without look-alikes, grouped `xxxxx-xxxxx` (about 50 bits). */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
const recoveryHash = (code: string) => hashToken(code.trim().toLowerCase().replace(/[\s-]/g, ''));

/** A TOTP code or a recovery code: accepts it (never twice) or counts a failure, ending the session at the limit. */
export function verifySecondFactor(deps: Deps, accountId: number, sessionTokenHash: string, code: string): void {
  const security = readAccountSecurity(deps.db, accountId);
  const now = deps.clock.now();
  const ok = deps.db.transaction(() => {
    const step = security?.totpSecret ? matchTotp(security.totpSecret, code.trim(), now, security.totpLastStep) : null;
    if (step !== null) setTotpLastStep(deps.db, accountId, step);
    else if (!useRecoveryCode(deps.db, accountId, recoveryHash(code), isoNow(deps.clock))) return false;
    setSessionSecondFactorPending(deps.db, sessionTokenHash, false);
    return true;
  })();
  if (ok) return;
  if (countSecondFactorFailure(deps.db, sessionTokenHash) >= MAX_CODE_FAILURES) {
    deleteSession(deps.db, sessionTokenHash);
    throw problem('auth.sessionExpired');
  }
  throw problem('twoFactor.badCode');
}

/** Starts (or restarts) enrolment: a new secret kept pending until confirmed, its URI and QR code. */
export function startEnrolment(deps: Deps, account: Account): TwoFactorEnrolment {
  const secret = newTotpSecret();
  setPendingTotpSecret(deps.db, account.id, secret);
  const uri = otpauthUri(ISSUER, account.username, secret);
  return { secret, uri, qrSvg: renderSVG(uri, { ecc: 'M', border: 2 }) };
}

/** Confirms enrolment with a code from the pending secret; returns the recovery codes, shown this once. `alongside`
 * runs in the same transaction (the audit record). */
export function confirmEnrolment(deps: Deps, accountId: number, code: string, alongside?: () => void): string[] {
  const pending = readAccountSecurity(deps.db, accountId)?.totpPendingSecret;
  if (!pending) throw problem('twoFactor.notEnrolling');
  const step = matchTotp(pending, code.trim(), deps.clock.now());
  if (step === null) throw problem('twoFactor.badCode');
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  deps.db.transaction(() => {
    enableTotp(deps.db, accountId, pending, isoNow(deps.clock), step);
    replaceRecoveryCodes(deps.db, accountId, codes.map(recoveryHash));
    alongside?.();
  })();
  return codes;
}
