// Words of the phone's hand-over by file (decision 0016): part of the field dictionary, so kept few and short.
export const handover = {
  'handover.title': 'Gửi phiếu bằng tệp',
  'handover.intro': 'Không có mạng? Ghi phiếu đã hoàn thành ra tệp mã hóa, gửi văn phòng qua Zalo, Bluetooth hoặc USB.',
  'handover.export': 'Xuất phiếu ra tệp',
  'handover.none': 'Không có phiếu hoàn thành nào chờ gửi.',
  'handover.noKey': 'Cần đăng nhập có mạng một lần trước.',
  'handover.done': 'Đã ghi {count} phiếu vào tệp {file}; phiếu vẫn giữ trên máy đến khi máy chủ xác nhận.',
  'handover.pending': '{count} phiếu đã xuất ra tệp, chờ máy chủ xác nhận.',
  'handover.failed': 'Không ghi được tệp; phiếu vẫn trên máy.',
} as const;
