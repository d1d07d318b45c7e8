// Questionnaire templates shipped with the app: a new survey copies one as its first draft version.
// The demo questionnaire (the Hưng Yên 2026 paper form) is the first; an empty one starts a questionnaire from scratch.
import { hungYen2026Version1 } from '../demo/hung-yen-2026.ts';
import type { QuestionnaireVersion } from './questionnaire.ts';

export type QuestionnaireTemplate = { id: string; title: string; version: QuestionnaireVersion };

export const TEMPLATES: readonly QuestionnaireTemplate[] = [
  {
    id: 'chinh-quyen-hai-cap',
    title: 'Kết quả sau 01 năm thực hiện mô hình chính quyền địa phương hai cấp (16 câu)',
    version: hungYen2026Version1,
  },
  {
    // Built from scratch in the questionnaire builder: one empty section to add questions to.
    id: 'trong',
    title: 'Bảng hỏi trống (soạn từ đầu)',
    version: { surveySlug: 'trong', version: 1, status: 'draft', title: 'PHIẾU KHẢO SÁT DƯ LUẬN XÃ HỘI', sections: [{ title: 'PHẦN I', questions: [] }] },
  },
];

export function findTemplate(id: string): QuestionnaireTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
