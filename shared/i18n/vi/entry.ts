// Entering interviews: interview mode, paper keying mode, review, finish, void.
// Keys are the codes shared/entry returns; {name} marks a parameter.
export const entry = {
  // Paper keying: what a typed buffer means for one slot (shared/entry/read-*.ts).
  'entry.keys.unknown_code': '{paperNumber}: không có mã {code}.',
  'entry.keys.required': '{paperNumber}: chưa nhập. Ô để trống trên phiếu thì bấm {blankKey}, không đọc được thì bấm {illegibleKey}.',
  'entry.keys.specify_required': '{paperNumber}: đã chọn mã {code} “Khác”, hãy ghi rõ.',
  'entry.keys.too_many': '{paperNumber}: chọn tối đa {max} phương án.',
  'entry.keys.exclusive': '{paperNumber}: phương án {code} không được chọn cùng phương án khác.',
  'entry.keys.duplicate_code': '{paperNumber}: mã {code} đã nhập rồi.',
  'entry.keys.digits_only': '{paperNumber}: chỉ nhập chữ số.',
  'entry.keys.out_of_range': '{paperNumber}: {value} nằm ngoài khoảng {min}–{max}.',
  'entry.keys.too_long': '{paperNumber}: dài quá {max} ký tự.',
  'entry.keys.invalid_date': '{paperNumber}: ngày không hợp lệ. Nhập ngàytháng (ddmm), ddmmyy hoặc ddmmyyyy.',
  'entry.keys.date_out_of_range': '{paperNumber}: ngày {value} nằm ngoài khoảng {min}–{max}.',
  'entry.keys.missing_not_allowed': 'Ô này không dùng phím để trống / không đọc được.',
  'entry.keys.serial_digits': 'Số phiếu chỉ gồm chữ số.',
  'entry.keys.serial_length': 'Số phiếu phải có {length} chữ số.',
  'entry.keys.serial_other_unit': 'Số phiếu {serial} không thuộc đơn vị {unitNo} (phải từ {first} đến {last}).',
  'entry.keys.interviewer_required': 'Chưa nhập tên người điều tra.',
  'entry.keys.interviewer_too_long': 'Tên người điều tra dài quá {max} ký tự.',
  'entry.keys.interview_date_invalid': 'Ngày điều tra không hợp lệ. Nhập ngàytháng (ddmm), ddmmyy hoặc ddmmyyyy.',

  // The slots of the paper form that are not questions, and the keys for declared missing codes.
  'entry.slot.serial': 'Số phiếu',
  'entry.slot.interviewer': 'Người điều tra',
  'entry.slot.interview_date': 'Ngày điều tra',
  'entry.slot.specify': '{paperNumber} – Khác (ghi rõ)',
  'entry.key.legend': 'Phím {blankKey}: để trống trên phiếu (-2) · Phím {illegibleKey}: không đọc được / đánh nhiều ô (-3)',

  // Review before finishing (shared/entry/review.ts).
  'entry.review.not_answered': 'Chưa trả lời',
  'entry.review.left_blank': 'Không ghi',
  'entry.review.serial_required': 'Chưa có số phiếu.',
  'entry.review.interviewer_required': 'Chưa có tên người điều tra.',
  'entry.review.interview_date_required': 'Chưa có ngày điều tra.',
  'entry.review.problems': 'Còn {count} lỗi cần sửa trước khi hoàn thành.',

  // Serials on this device (shared/entry/serial.ts).
  'entry.serial.in_use': 'Số phiếu {serial} đã dùng cho một phiếu khác trên máy này.',

  // Void and practice (shared/entry/void.ts).
  'entry.void.reason_required': 'Hãy ghi lý do hủy phiếu.',
  'entry.void.already_voided': 'Phiếu này đã bị hủy.',
  'entry.practice.badge': 'Phiếu tập huấn – không tính vào chỉ tiêu',

  // Paper keying screen, review page, new-interview choices (client/src/entry, pages).
  'entry.keyer.title': 'Nhập phiếu giấy',
  'entry.keyer.keysHelp': 'Enter: sang ô sau · ↑/↓: ô trước / ô sau · Backspace: xóa',
  'entry.keyer.finishedTitle': 'Phiếu đã nhập xong',
  'entry.keyer.finishedLine': 'Phiếu số {serial} đã hoàn thành · ngày điều tra {date} · lúc {at}',
  'entry.review.title': 'Xem lại phiếu',
  'entry.review.no_problems': 'Không có lỗi. Có thể hoàn thành phiếu.',
  'entry.review.open': 'Xem lại / sửa',
  'entry.review.continue': 'Tiếp tục nhập',
  'entry.review.finish': 'Hoàn thành phiếu',
  'entry.review.cannot_finish': 'Chưa hoàn thành được: hãy sửa các lỗi bên dưới.',
  'entry.review.reopen': 'Mở lại để sửa',
  'entry.review.finished_at': 'Đã hoàn thành lúc {at}.',
  'entry.void.title': 'Hủy phiếu',
  'entry.void.reason': 'Lý do hủy phiếu',
  'entry.void.submit': 'Hủy phiếu',
  'entry.void.voided': 'Phiếu đã hủy lúc {at}. Lý do: {reason}',
  'entry.new.mode': 'Cách nhập',
  'entry.new.mode_interview': 'Phỏng vấn trực tiếp (từng câu, trên điện thoại)',
  'entry.new.mode_paper': 'Nhập từ phiếu giấy (cả phiếu, chỉ dùng bàn phím)',
  'entry.new.practice': 'Phiếu tập huấn (không tính vào chỉ tiêu, không xuất dữ liệu)',
  'entry.new.paper_serial': 'Số phiếu được nhập ở ô đầu tiên của phiếu; số tiếp theo được gợi ý sẵn.',
  'entry.form.review': 'Xem lại và hoàn thành',
  // Keeping stored answers, verify, progress, serial warnings (paper keying, issue 15).
  'entry.keys.kept': 'Ô này đã có trả lời, gõ không ghi đè: Enter để giữ, Backspace để xóa rồi nhập lại.',
  'entry.keyer.cleared': 'Đã xóa trả lời cũ: {value}',
  'entry.keyer.kept': 'Enter: giữ · Backspace: xóa để sửa',
  'entry.keyer.progress': 'Câu {question}/{questions} · phiếu {form} hôm nay',
  'entry.keyer.finishedCount': 'Đã nhập xong {count} phiếu',
  'entry.keyer.showAll': 'Xem tất cả',
  'entry.serial.past_quota': 'Số phiếu {serial} vượt chỉ tiêu {quota} phiếu của đơn vị {unitNo}. Enter lần nữa để vẫn nhập, Backspace để sửa.',
  'entry.serial.out_of_range': 'Số phiếu {serial} nằm ngoài dãy số của đơn vị {unitNo}. Enter lần nữa để vẫn nhập, Backspace để sửa.',
  'entry.verify.title': 'Đối chiếu với phiếu giấy',
  'entry.verify.help': 'Enter: đúng, lưu phiếu · số câu rồi Enter: quay lại câu đó',
  'entry.verify.unknown_question': 'Không có câu {number} để quay lại.',
  'entry.verify.setting': 'Đối chiếu cả phiếu trước khi lưu',
} as const;
