-- Two-step sign-in (TOTP, RFC 6238) for admins. The secret must be readable to check codes, so it is stored as
-- is (base32); recovery codes are one-time and stored only as hashes. A session opened by a password alone for an
-- account with a second factor waits for the code (second_factor_pending) and counts wrong codes.
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;
ALTER TABLE accounts ADD COLUMN totp_enabled_at TEXT;
-- The last time step accepted: a code is never accepted twice (RFC 6238 §5.2).
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;
-- A secret shown during enrolment, kept until a code made from it is confirmed.
ALTER TABLE accounts ADD COLUMN totp_pending_secret TEXT;

CREATE TABLE recovery_codes (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  code_hash  TEXT NOT NULL,
  used_at    TEXT,
  PRIMARY KEY (account_id, code_hash)
);

ALTER TABLE sessions ADD COLUMN second_factor_pending INTEGER NOT NULL DEFAULT 0 CHECK (second_factor_pending IN (0, 1));
ALTER TABLE sessions ADD COLUMN second_factor_failures INTEGER NOT NULL DEFAULT 0;
