// Messages of the questionnaire engine and the survey model (validation issues, definition errors, unit imports).
// Keys are the codes the shared code returns; {name} marks a parameter.

export const survey = {
  // Answer issues (shared/survey/issues.ts), one per rule.
  'survey.issue.required': '{paperNumber}: chưa trả lời.',
  'survey.issue.out_of_range': '{paperNumber}: giá trị {value} nằm ngoài khoảng {min}–{max}.',
  'survey.issue.too_many_choices': '{paperNumber}: chọn tối đa {max} phương án (đang chọn {count}).',
  'survey.issue.too_few_choices': '{paperNumber}: chọn ít nhất {min} phương án (đang chọn {count}).',
  'survey.issue.exclusive_combined': '{paperNumber}: phương án {code} không được chọn cùng phương án khác.',
  'survey.issue.other_without_text': '{paperNumber}: đã chọn “Khác” (mã {code}) nhưng chưa ghi rõ.',
  'survey.issue.unknown_code': '{paperNumber}: không có mã {value}.',
  'survey.issue.off_path': '{paperNumber}: mã -1 (bỏ qua theo bước nhảy) chỉ dùng cho câu không phải trả lời.',
  'survey.issue.not_integer': '{paperNumber}: phải là số nguyên (đang là {value}).',
  'survey.issue.text_too_long': '{paperNumber}: dài quá {max} ký tự (đang có {length}).',
  'survey.issue.invalid_date': '{paperNumber}: ngày “{value}” không hợp lệ.',
  'survey.issue.unit_mismatch': '{paperNumber}: đơn vị {value} khác đơn vị của phiếu ({expected}).',
  'survey.issue.wrong_type': '{paperNumber}: câu trả lời không đúng dạng.',
  'survey.notice.dropped_off_path': '{paperNumber}: câu trả lời đã bị bỏ vì câu này không còn phải trả lời.',

  // Declared missing codes, as shown and exported.
  'survey.missing.skipped': 'Bỏ qua theo bước nhảy (-1)',
  'survey.missing.blank': 'Để trống trên phiếu (-2)',
  'survey.missing.illegible': 'Không đọc được / đánh nhiều ô (-3)',

  // Questionnaire definition errors (shared/survey/check-definition.ts).
  'survey.definition.invalid_variable': 'Tên biến “{variable}” không hợp lệ (chữ cái đầu, chỉ a–z, 0–9, _; tối đa 64 ký tự).',
  'survey.definition.reserved_variable': 'Tên biến “{variable}” là từ khóa của SPSS.',
  'survey.definition.duplicate_variable': 'Tên biến “{variable}” bị trùng.',
  'survey.definition.duplicate_paper_number': 'Số câu “{paperNumber}” bị trùng.',
  'survey.definition.no_options': 'Câu hỏi chưa có phương án trả lời.',
  'survey.definition.duplicate_code': 'Mã {code} bị trùng.',
  'survey.definition.reserved_code': 'Mã {code} dành cho giá trị khuyết, không dùng làm phương án.',
  'survey.definition.exclusive_not_multiple': 'Phương án loại trừ (mã {code}) chỉ dùng cho câu nhiều lựa chọn.',
  'survey.definition.specify_in_grid': 'Câu dạng bảng không có phương án “Khác (ghi rõ)” (mã {code}).',
  'survey.definition.grid_without_rows': 'Câu dạng bảng chưa có dòng nào.',
  'survey.definition.min_greater_than_max': 'Giá trị nhỏ nhất ({min}) lớn hơn giá trị lớn nhất ({max}).',
  'survey.definition.max_above_options': 'Số lựa chọn tối đa ({max}) nhiều hơn số phương án ({options}).',
  'survey.definition.bound_not_integer': 'Giới hạn {value} của câu nhận số nguyên phải là số nguyên.',
  'survey.definition.unknown_variable': 'Điều kiện nhắc đến biến “{variable}” không có trong phiếu.',
  'survey.definition.self_reference': 'Điều kiện của câu không được dựa vào chính câu đó.',
  'survey.definition.no_answer_variable': 'Điều kiện nhắc đến “{variable}”, nhưng mục đó không có câu trả lời.',
  'survey.definition.selected_not_choice': 'Điều kiện “đã chọn” chỉ dùng cho câu có phương án (“{variable}”).',
  'survey.definition.unknown_code_in_expression': 'Điều kiện nhắc đến mã {code} không có ở “{variable}”.',
  'survey.definition.empty_section': 'Phần {section} chưa có câu hỏi.',
  'survey.definition.no_questions': 'Phiếu chưa có câu hỏi nào.',
  'survey.definition.invalid_field': 'Trường không hợp lệ ({issue}).',

  // Changes between questionnaire versions (shared/survey/compatibility.ts).
  'survey.compat.variable_removed': 'Biến “{variable}” không còn trong phiên bản mới.',
  'survey.compat.kind_changed': 'Biến “{variable}” đổi dạng từ {before} sang {after}.',
  'survey.compat.code_removed': 'Biến “{variable}”: mã {code} (“{label}”) đã bị bỏ.',
  'survey.compat.label_changed': 'Biến “{variable}”: mã {code} đổi nghĩa từ “{before}” thành “{after}”.',

  // Units import (shared/units/parse-units.ts).
  'survey.units.empty': 'Tệp không có dữ liệu.',
  'survey.units.missing_column': 'Dòng {line}: thiếu cột “{column}”.',
  'survey.units.missing_value': 'Dòng {line}: cột “{column}” để trống.',
  'survey.units.invalid_no': 'Dòng {line}: số thứ tự “{value}” phải gồm 2–3 chữ số.',
  'survey.units.duplicate_no': 'Dòng {line}: số thứ tự {value} trùng với dòng {firstLine}.',
  'survey.units.duplicate_code': 'Dòng {line}: mã đơn vị {value} trùng với dòng {firstLine}.',
  'survey.units.unknown_kind': 'Dòng {line}: loại đơn vị “{value}” không rõ (ward/phường, commune/xã, province/tỉnh).',
  'survey.units.quota_not_number': 'Dòng {line}: chỉ tiêu “{value}” không phải là số.',
  'survey.units.quota_negative': 'Dòng {line}: chỉ tiêu {value} không được âm.',
  'survey.units.quota_not_integer': 'Dòng {line}: chỉ tiêu {value} phải là số nguyên.',
  'survey.units.unreadable_xlsx': 'Không đọc được tệp Excel (.xlsx). Hãy lưu lại tệp trong Excel rồi thử lại.',
  'survey.units.no_units': 'Tệp chỉ có dòng tiêu đề, chưa có đơn vị nào.',

  // Sub-quotas (shared/survey/sub-quotas.ts).
  'survey.subquota.not_single_choice': 'Chỉ tiêu con phải chia theo một câu một lựa chọn (“{variable}”).',
  'survey.subquota.unknown_code': 'Đơn vị {unitNo}: “{variable}” không có mã {code}.',
  'survey.subquota.above_quota': 'Đơn vị {unitNo}: tổng chỉ tiêu con ({sum}) vượt chỉ tiêu của đơn vị ({quota}).',

  // Interview statuses, receipt outcomes and flags (shared/interview).
  'survey.status.draft': 'Đang nhập',
  'survey.status.finished': 'Đã hoàn thành',
  'survey.status.received': 'Máy chủ đã nhận',
  'survey.status.approved': 'Đã duyệt',
  'survey.status.needs_correction': 'Cần sửa',
  'survey.status.rejected': 'Bị loại',
  'survey.status.voided': 'Đã hủy',
  'survey.outcome.accepted': 'Đã nhận',
  'survey.outcome.duplicate': 'Đã có (gửi lại)',
  'survey.outcome.updated': 'Đã cập nhật',
  'survey.outcome.conflict': 'Xung đột, chờ xử lý',
  'survey.outcome.rejected': 'Bị từ chối',
  'survey.flag.serial_duplicate': 'Trùng số phiếu',
  'survey.flag.over_quota': 'Vượt chỉ tiêu',
  'survey.flag.outside_window': 'Ngoài thời gian khảo sát',
  'survey.flag.too_short': 'Thời gian phỏng vấn quá ngắn',
} as const;
