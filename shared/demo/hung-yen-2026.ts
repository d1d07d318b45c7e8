// The demo survey, encoded from the paper form "Kết quả sau 01 năm thực hiện mô hình chính quyền địa phương
// hai cấp" (Hưng Yên, 2026): question numbers, variables c1…c16 and c11_1…c11_5, codes and labels as printed.
import { ne } from '../survey/expression.ts';
import type { Option, QuestionnaireVersion } from '../survey/questionnaire.ts';
import type { Survey } from '../survey/survey.ts';
import { hungYen2026Units } from './hung-yen-2026-units.ts';

/** Options coded 1, 2, 3 … in the order printed. */
function options(...labels: string[]): Option[] {
  return labels.map((label, i) => ({ code: i + 1, label }));
}

/** "Khác (ghi rõ)": the option that opens a text box, kept in `<variable>_other`. */
function other(code: number, variable: string): Option {
  return { code, label: 'Khác (ghi rõ)', specify: { variable: `${variable}_other` } };
}

const SATISFACTION = options('Rất hài lòng', 'Hài lòng', 'Bình thường', 'Chưa hài lòng', 'Không hài lòng');

export const hungYen2026Version1: QuestionnaireVersion = {
  surveySlug: 'hung-yen-2026',
  version: 1,
  status: 'published',
  issuer: 'BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HƯNG YÊN',
  title: 'PHIẾU KHẢO SÁT DƯ LUẬN XÃ HỘI',
  intro: 'Để có cơ sở đánh giá kết quả thực hiện mô hình chính quyền địa phương hai cấp, xin Ông/Bà vui lòng cho biết ý kiến '
    + 'bằng cách đánh dấu (X) vào ô phù hợp hoặc ghi ý kiến vào chỗ trống. Phiếu không ghi tên người trả lời; '
    + 'thông tin chỉ phục vụ tổng hợp, nghiên cứu.',
  closing: 'Xin trân trọng cảm ơn Ông/Bà!',
  sections: [
    {
      title: 'PHẦN I. THÔNG TIN CHUNG',
      questions: [
        { kind: 'single', variable: 'c1', paperNumber: 'Câu 1', text: 'Giới tính:', options: options('Nam', 'Nữ') },
        { kind: 'number', variable: 'c2', paperNumber: 'Câu 2', text: 'Tuổi của Ông/Bà:', min: 18, max: 100, unitLabel: 'tuổi' },
        {
          kind: 'single', variable: 'c3', paperNumber: 'Câu 3', text: 'Ông/Bà thuộc đối tượng nào?',
          options: [
            ...options('Cán bộ, công chức, viên chức', 'Lực lượng vũ trang', 'Người lao động trong doanh nghiệp',
              'Nông dân', 'Học sinh, sinh viên', 'Người hưu trí'),
            other(7, 'c3'),
          ],
        },
        { kind: 'single', variable: 'c4', paperNumber: 'Câu 4', text: 'Ông/Bà có phải là đảng viên không?', options: options('Có', 'Không') },
        {
          kind: 'single', variable: 'c5', paperNumber: 'Câu 5', text: 'Trình độ học vấn cao nhất:',
          options: options('Trung học cơ sở trở xuống', 'Trung học phổ thông', 'Trung cấp, cao đẳng', 'Đại học', 'Sau đại học'),
        },
        { kind: 'unit', variable: 'c6', paperNumber: 'Câu 6', text: 'Nơi Ông/Bà đang sinh sống / công tác (xã, phường; cơ quan):' },
      ],
    },
    {
      title: 'PHẦN II. NỘI DUNG KHẢO SÁT',
      questions: [
        {
          kind: 'single', variable: 'c7', paperNumber: 'Câu 7',
          text: 'Ông/Bà có biết việc tổ chức chính quyền địa phương hai cấp (cấp tỉnh và cấp xã, không tổ chức cấp huyện) từ ngày 01/7/2025 không?',
          options: options('Biết rõ', 'Có biết nhưng không rõ', 'Không biết'),
        },
        {
          kind: 'multiple', variable: 'c8', paperNumber: 'Câu 8', text: 'Ông/Bà biết thông tin qua những kênh nào?',
          relevant: ne('c7', 3), // Câu 7 = 3 → Câu 10
          options: [
            ...options('Báo chí, phát thanh, truyền hình', 'Mạng xã hội (Zalo, Facebook, …)', 'Hội nghị, cuộc họp',
              'Cán bộ thôn, tổ dân phố', 'Người thân, bạn bè'),
            other(6, 'c8'),
          ],
        },
        {
          kind: 'single', variable: 'c9', paperNumber: 'Câu 9',
          text: 'Mức độ đồng tình của Ông/Bà với chủ trương tổ chức chính quyền địa phương hai cấp:',
          relevant: ne('c7', 3),
          options: options('Rất đồng tình', 'Đồng tình', 'Phân vân', 'Không đồng tình', 'Hoàn toàn không đồng tình'),
        },
        {
          kind: 'single', variable: 'c10', paperNumber: 'Câu 10',
          text: 'So với trước khi sắp xếp, việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công cấp xã hiện nay:',
          options: options('Tốt hơn', 'Như cũ', 'Kém hơn', 'Chưa giao dịch / không có ý kiến'),
        },
        {
          kind: 'grid', variable: 'c11', paperNumber: 'Câu 11',
          text: 'Ông/Bà đánh giá thế nào về các mặt sau của chính quyền cấp xã?',
          options: SATISFACTION,
          rows: [
            { variable: 'c11_1', paperNumber: '11.1', text: 'Thái độ phục vụ của cán bộ, công chức' },
            { variable: 'c11_2', paperNumber: '11.2', text: 'Thời gian giải quyết hồ sơ' },
            { variable: 'c11_3', paperNumber: '11.3', text: 'Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến' },
            { variable: 'c11_4', paperNumber: '11.4', text: 'Sự gần dân, sát dân, nắm bắt tình hình cơ sở' },
            { variable: 'c11_5', paperNumber: '11.5', text: 'Công khai, minh bạch thông tin' },
          ],
        },
        {
          kind: 'multiple', variable: 'c12', paperNumber: 'Câu 12', max: 3,
          text: 'Theo Ông/Bà, khó khăn, hạn chế lớn nhất hiện nay là gì?',
          options: [
            ...options('Khoảng cách đến trụ sở xã xa hơn', 'Cơ sở vật chất, trang thiết bị chưa đáp ứng',
              'Năng lực một bộ phận cán bộ chưa đáp ứng', 'Thủ tục còn rườm rà', 'Dịch vụ công trực tuyến còn lỗi, khó dùng'),
            { code: 6, label: 'Không có khó khăn gì', exclusive: true },
            other(7, 'c12'),
          ],
        },
        {
          kind: 'single', variable: 'c13', paperNumber: 'Câu 13',
          text: 'Ông/Bà có tin tưởng chính quyền cấp xã hiện nay đáp ứng được yêu cầu phục vụ Nhân dân không?',
          options: options('Rất tin tưởng', 'Tin tưởng', 'Phân vân', 'Không tin tưởng'),
        },
        {
          kind: 'single', variable: 'c14', paperNumber: 'Câu 14',
          text: 'Thời gian qua, Ông/Bà có nghe, đọc thấy thông tin xấu độc, xuyên tạc về mô hình chính quyền địa phương hai cấp không?',
          options: options('Thường xuyên', 'Thỉnh thoảng', 'Chưa bao giờ'),
        },
        {
          kind: 'multiple', variable: 'c15', paperNumber: 'Câu 15', text: 'Khi gặp những thông tin đó, Ông/Bà thường làm gì?',
          relevant: ne('c14', 3), // Câu 14 = 3 → Câu 16
          options: [
            ...options('Không tin, không chia sẻ', 'Báo với cơ quan chức năng, cán bộ cơ sở', 'Bình luận phản bác',
              'Chia sẻ cho người khác'),
            other(5, 'c15'),
          ],
        },
        {
          kind: 'text', variable: 'c16', paperNumber: 'Câu 16', optional: true,
          text: 'Ông/Bà có kiến nghị, đề xuất gì để chính quyền địa phương hai cấp hoạt động hiệu quả hơn?',
        },
      ],
    },
  ],
};

export const hungYen2026Survey: Survey = {
  slug: 'hung-yen-2026',
  title: 'Kết quả sau 01 năm thực hiện mô hình chính quyền địa phương hai cấp trên địa bàn tỉnh Hưng Yên',
  purpose: 'Khảo sát dư luận xã hội để có cơ sở đánh giá kết quả thực hiện mô hình chính quyền địa phương hai cấp.',
  fieldWindow: { start: '2026-05-28T00:00:00+07:00', end: '2026-06-02T23:59:59+07:00' },
  modes: ['direct'],
  units: hungYen2026Units,
};

export const hungYen2026: { survey: Survey; versions: QuestionnaireVersion[] } = {
  survey: hungYen2026Survey,
  versions: [hungYen2026Version1],
};
