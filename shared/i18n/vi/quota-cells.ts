// Quota words the enumerator's home screen shows too (progress bars, sub-quota cells): field words.
export const quotaCells = {
  'quota.over': 'vượt {count}',
  'quota.bar': '{received}/{target} phiếu',
  'quota.cells.title': 'Chỉ tiêu phụ theo {question}',
  'quota.cells.cell': '{code}. {label}',
  'quota.cells.needed': 'cần thêm {count}',
  'quota.cells.done': 'đủ',
  'quota.cells.over': 'vượt {count}',
  'quota.cells.waiting': '{count} chờ gửi',
} as const;
