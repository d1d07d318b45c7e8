import type { admin as vi } from '../vi/admin.ts';

export const admin: Record<keyof typeof vi, string> = {
  'admin.title': 'Administration',
  'admin.accounts': 'Accounts',
  'admin.accountsCount': '{count} accounts',
  'admin.col.username': 'Username',
  'admin.col.displayName': 'Name',
  'admin.col.role': 'Role',
  'admin.col.status': 'Status',
  'admin.col.createdAt': 'Created',
  'admin.status.active': 'Active',
  'admin.status.disabled': 'Disabled',
  'admin.leaveUnsaved': 'There are unsaved changes. Leave this page and discard them?',
};
