// Sync: upload receipts, quarantine reasons, protocol, backups.
export const sync = {
} as const;
