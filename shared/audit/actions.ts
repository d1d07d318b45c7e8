// Every action the audit log records, by name. The server may write no other (AuditEntry.action is this type), and
// the audit page has words for each (tests/shared/audit/actions.test.ts holds the dictionaries to the list).
export const AUDIT_ACTIONS = [
  'account.create', 'account.update', 'account.assign', 'account.disable', 'account.enable', 'account.import',
  'account.resetPassword', 'account.changePassword', 'account.twoFactorEnable', 'account.twoFactorDisable',
  'device.revoke', 'quarantine.accept', 'quarantine.reject', 'handover.import',
  'survey.create', 'survey.settings', 'survey.units', 'survey.subQuotas', 'survey.versionDraft', 'survey.draftSave', 'survey.xlsformImport', 'survey.publish',
  'survey.open', 'survey.close', 'survey.archive', 'survey.managers',
  'share-link.create', 'share-link.revoke', 'online-link.create', 'online-link.state', 'export.download', 'report.download', 'audit.export',
  'backup.create', 'backup.download', 'backup.restore',
  'review.approve', 'review.return', 'review.reject', 'review.void', 'review.flag', 'review.correct', 'review.bulkApprove', 'review.sameAnswers', 'review.reconcile',
  'results.code', 'results.unitBoards',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
