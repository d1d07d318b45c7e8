// Words of the phone's hand-over by file (decision 0016): part of the field dictionary, so kept few and short.
export const handover = {
  'handover.title': 'Gửi phiếu bằng tệp',
  'handover.intro': 'Không có mạng? Ghi các phiếu đã hoàn thành chưa gửi ra một tệp đã mã hóa, rồi gửi cho văn phòng qua Zalo, Bluetooth hoặc USB.',
  'handover.export': 'Xuất phiếu ra tệp',
  'handover.working': 'Đang ghi tệp…',
  'handover.none': 'Không có phiếu hoàn thành nào chờ gửi.',
  'handover.noKey': 'Máy chưa có khóa của máy chủ: cần đăng nhập có mạng một lần.',
  'handover.done': 'Đã ghi {count} phiếu vào tệp {file}. Phiếu vẫn giữ trên máy cho đến khi máy chủ xác nhận.',
  'handover.pending': '{count} phiếu đã xuất ra tệp, chờ máy chủ xác nhận.',
  'handover.failed': 'Không ghi được tệp. Phiếu vẫn giữ nguyên trên máy.',
} as const;
