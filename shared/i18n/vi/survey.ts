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

  // Changes between questionnaire versions (shared/survey/compatibility.ts).

  // Units import (shared/units/parse-units.ts).

  // Sub-quotas (shared/survey/sub-quotas.ts).

  // Interview statuses, receipt outcomes and flags (shared/interview).
  'survey.status.draft': 'Đang nhập',
  'survey.status.finished': 'Đã hoàn thành',
  'survey.status.received': 'Máy chủ đã nhận',
  'survey.status.approved': 'Đã duyệt',
  'survey.status.needs_correction': 'Cần sửa',
  'survey.status.rejected': 'Bị loại',
  'survey.status.voided': 'Đã hủy',
} as const;
