-- A password set by someone else (an admin's reset, a generated one) is temporary: the account must choose its own
-- at the next sign-in before it can do anything else (server/auth/sign-in-steps.ts).
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
