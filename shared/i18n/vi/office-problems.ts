// Messages of the coded problems only office screens meet (accounts, questionnaire setup, share links, exports):
// the office part of the dictionary, so a phone never downloads them (decision 0009).
export const officeProblems = {
  'problem.account.usernameTaken': 'Tên đăng nhập “{username}” đã có.',
  'problem.account.notFound': 'Không tìm thấy tài khoản.',
  'problem.survey.invalidDefinition': 'Bảng hỏi không hợp lệ ở câu {question}, mục “{field}” ({code}).',
  'problem.share.notFound': 'Liên kết này không tồn tại hoặc đã bị gõ sai.',
  'problem.share.revoked': 'Liên kết này đã bị thu hồi.',
  'problem.export.unknownFormat': 'Không có định dạng xuất “{value}” (chỉ có: sav, sps, xlsx, csv).',
  'problem.export.invalidFilter': 'Bộ lọc “{field}” không nhận giá trị “{value}”.',
  'problem.export.unknownUnit': 'Cuộc khảo sát không có đơn vị “{unit}”.',
} as const;
