// One printed copy of the paper form: its pre-printed serial and unit, the privacy note, then every question with
// its paper number, option codes and boxes as the keying screen takes them, skip instructions in words, and the
// footer the clerk keys last (interviewer, interview date).
import { For, Match, Show, Switch } from 'solid-js';
import type { SkipInstruction } from '#shared/survey/paper-form.ts';
import type { Option, Question, QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';

export type CopyProps = {
  surveyTitle: string; version: QuestionnaireVersion; serial: string; unit: { no: string; name: string };
  skips: ReadonlyMap<string, SkipInstruction[]>;
};

export function PaperCopy(props: CopyProps) {
  const { t } = useI18n();
  return (
    <article class="paper-copy" data-serial={props.serial}>
      <header class="paper-head">
        <div class="paper-issuer">{props.version.issuer}</div>
        <div class="paper-serial">{t('print.serial', { serial: props.serial })}</div>
      </header>
      <h1 class="paper-title">{props.version.title ?? props.surveyTitle}</h1>
      <p class="paper-survey">{props.surveyTitle}</p>
      <p class="paper-unit">{t('print.unitLine', { no: props.unit.no, name: props.unit.name })}</p>
      <Show when={props.version.intro}><p class="paper-intro">{props.version.intro}</p></Show>
      <p class="paper-privacy">{t('print.privacy')}</p>
      <For each={props.version.sections}>
        {(section) => (
          <section class="paper-section">
            <h2>{section.title}</h2>
            <For each={section.questions}>{(q) => <PaperQuestion question={q} unitNo={props.unit.no} skips={props.skips.get(q.variable) ?? []} />}</For>
          </section>
        )}
      </For>
      <Show when={props.version.closing}><p class="paper-closing">{props.version.closing}</p></Show>
      {/* The footer the keying screen asks for after the questions (shared/entry: interviewer, interview date). */}
      <p class="paper-footer">{t('entry.slot.interviewer')}: ____________________ · {t('entry.slot.interview_date')}: __/__/____</p>
    </article>
  );
}

function PaperQuestion(props: { question: Question; unitNo: string; skips: SkipInstruction[] }) {
  const { t } = useI18n();
  const q = () => props.question;
  return (
    <div class="paper-question">
      <p class="paper-text"><b>{q().paperNumber}.</b> {q().text}
        <Show when={q().kind === 'multiple'}>{' '}<i>{(q() as { max?: number }).max ? t('print.selectAtMost', { max: (q() as { max: number }).max }) : t('print.selectMany')}</i></Show>
      </p>
      <Switch>
        <Match when={q().kind === 'single' || q().kind === 'multiple'}>
          <ul class="paper-options">
            <For each={(q() as { options: Option[] }).options}>
              {(o) => (
                <li>
                  <span class="paper-code">{o.code}</span> <span class="paper-box" aria-hidden="true" /> {o.label}
                  <Show when={o.specify}><span class="paper-line" /></Show>
                  <For each={props.skips.filter((s) => s.code === o.code)}>
                    {(s) => <span class="paper-skip"> → {s.target ? t('print.skipTo', { code: s.code, target: s.target }) : t('print.skipToEnd', { code: s.code })}</span>}
                  </For>
                </li>
              )}
            </For>
          </ul>
        </Match>
        <Match when={q().kind === 'grid' && (q() as Extract<Question, { kind: 'grid' }>)}>
          {(grid) => (
            <table class="paper-grid">
              <thead><tr><th />
                <For each={grid().options}>{(o) => <th scope="col"><span class="paper-code">{o.code}</span> {o.label}</th>}</For>
              </tr></thead>
              <tbody>
                <For each={grid().rows}>
                  {(row) => (
                    <tr><th scope="row">{row.paperNumber} {row.text}</th>
                      <For each={grid().options}>{(o) => <td><span class="paper-code">{o.code}</span> <span class="paper-box" aria-hidden="true" /></td>}</For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </Match>
        <Match when={q().kind === 'number' && (q() as Extract<Question, { kind: 'number' }>)}>
          {(n) => <p class="paper-answer"><For each={digitBoxes(n().max)}>{() => <span class="paper-box" aria-hidden="true" />}</For> {n().unitLabel}</p>}
        </Match>
        <Match when={q().kind === 'unit'}><p class="paper-answer paper-prefilled">{props.unitNo}</p></Match>
        <Match when={q().kind === 'date'}><p class="paper-answer">__ /__ / ____</p></Match>
        <Match when={q().kind === 'text'}><p class="paper-answer paper-lines" /></Match>
      </Switch>
    </div>
  );
}

/** As many digit boxes as the largest answer has digits (three when the question sets no maximum). */
function digitBoxes(max: number | undefined): number[] {
  return Array.from({ length: max === undefined ? 3 : String(Math.trunc(Math.abs(max))).length }, (_, i) => i);
}
