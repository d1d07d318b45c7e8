// Messages of the coded problems only office screens meet (accounts, questionnaire setup, share links, exports):
// the office part of the dictionary, so a phone never downloads them (decision 0009).
export const officeProblems = {
  // The kind of a refused field (zod's issue code), in words: office forms send queries the server may refuse.
  'problem.issue.invalid_type': 'sai kiểu dữ liệu',
  'problem.issue.invalid_format': 'sai dạng',
  'problem.issue.invalid_value': 'không phải một giá trị được nhận',
  'problem.issue.too_big': 'quá lớn hoặc quá dài',
  'problem.issue.too_small': 'quá nhỏ, quá ngắn hoặc để trống',
  'problem.issue.unrecognized_keys': 'có trường không được nhận',
  'problem.issue.invalid_union': 'không khớp dạng nào được nhận',
  'problem.issue.custom': 'không hợp lệ',
  'problem.account.usernameTaken': 'Tên đăng nhập “{username}” đã có.',
  'problem.account.notFound': 'Không tìm thấy tài khoản.',
  'problem.survey.invalidDefinition': 'Bảng hỏi không hợp lệ ở câu {question}, mục “{field}” ({code}).',
  'problem.share.notFound': 'Liên kết này không tồn tại hoặc đã bị gõ sai.',
  'problem.share.revoked': 'Liên kết này đã bị thu hồi.',
  'problem.export.unknownFormat': 'Không có định dạng xuất “{value}” (chỉ có: sav, sps, xlsx, csv).',
  'problem.export.invalidFilter': 'Bộ lọc “{field}” không nhận giá trị “{value}”.',
  'problem.export.unknownUnit': 'Cuộc khảo sát không có đơn vị “{unit}”.',
} as const;
