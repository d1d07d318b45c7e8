-- Issue 17: a person accepts or rejects a quarantined interview (who and how is kept with the row), a device's
-- open items are counted for its limit (server/sync/quarantine.ts), and resolved items are purged after the
-- retention period by when they were resolved.
ALTER TABLE quarantine ADD COLUMN resolution TEXT CHECK (resolution IN ('accepted', 'rejected'));
ALTER TABLE quarantine ADD COLUMN resolved_by INTEGER REFERENCES accounts (id);
CREATE INDEX quarantine_open_by_device ON quarantine (device_id) WHERE resolved_at IS NULL;
CREATE INDEX quarantine_resolved ON quarantine (resolved_at) WHERE resolved_at IS NOT NULL;

-- Only accounts that sync hold device tokens from now on: a unit board's (which never synced) stop working.
UPDATE devices SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE revoked_at IS NULL AND account_id IN (SELECT id FROM accounts WHERE role = 'unit_board');
