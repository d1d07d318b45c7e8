// The unit question (Câu 6): filled in from the interview's unit when the draft was made, shown, not typed.
import { useI18n } from '../../i18n/context.tsx';
import type { QuestionProps } from './types.ts';
import { inputId } from './types.ts';
import { Hint, Issues, QuestionText } from './Parts.tsx';

export default function UnitQuestion(props: QuestionProps) {
  const { t } = useI18n();
  const q = () => props.question;
  return (
    <div class="question">
      <label class="question-title" for={inputId(q().id)}><QuestionText question={q()} /></label>
      <Hint question={q()} />
      <output id={inputId(q().id)} class="prefilled">
        {t('device.form.unitPrefilled', { unit: `${props.unitNo} – ${props.unitName}` })}
      </output>
      <Issues variable={q().id} issues={props.issues} />
    </div>
  );
}
