// Words of the admin area (accounts table and the other office screens' shared words).
export const admin = {
  'admin.title': 'Quản trị',
  'admin.accounts': 'Tài khoản',
  'admin.accountsCount': '{count} tài khoản',
  'admin.col.username': 'Tên đăng nhập',
  'admin.col.displayName': 'Họ và tên',
  'admin.col.role': 'Vai trò',
  'admin.col.status': 'Trạng thái',
  'admin.col.createdAt': 'Ngày tạo',
  'admin.status.active': 'Đang dùng',
  'admin.status.disabled': 'Đã khóa',
  // Asked by the office's editors (router/leave-guard.ts) before leaving a page with changes not saved.
  'admin.leaveUnsaved': 'Có thay đổi chưa lưu. Rời trang này và bỏ các thay đổi đó?',
} as const;
