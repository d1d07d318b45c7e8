import type { quotaCells as vi } from '../vi/quota-cells.ts';

export const quotaCells: Record<keyof typeof vi, string> = {
  'quota.over': '{count} over',
  'quota.bar': '{received}/{target} forms',
  'quota.cells.title': 'Sub-quotas by {question}',
  'quota.cells.cell': '{code}. {label}',
  'quota.cells.needed': '{count} more needed',
  'quota.cells.done': 'complete',
  'quota.cells.over': '{count} over',
  'quota.cells.waiting': '{count} waiting to send',
};
