// The live preview beside the editor, in either entry mode: the draft as compiled now, answered or keyed with the
// screens the field uses. A change to the draft restarts the paper form (its slots may have moved).
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { compileQuestionnaire, type CompiledQuestionnaire } from '#shared/survey/compile.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { PaperKeyer } from '../../entry/PaperKeyer.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { previewKeyingSession } from './preview-keying.ts';
import { PreviewInterview } from './PreviewInterview.tsx';
import { PREVIEW_UNIT_NO } from './preview-unit.ts';

type Mode = 'interview' | 'paper';

export function Preview(props: { draft: QuestionnaireVersion; year: number }) {
  const { t } = useI18n();
  const [mode, setMode] = createSignal<Mode>('interview');
  const compiled = createMemo(() => compileQuestionnaire(props.draft));
  return (
    <section class="builder-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('builder.preview.title')}</h2>
      <div class="segmented" role="group" aria-label={t('builder.preview.mode')}>
        <button type="button" aria-pressed={mode() === 'interview'} onClick={() => setMode('interview')}>{t('builder.preview.interview')}</button>
        <button type="button" aria-pressed={mode() === 'paper'} onClick={() => setMode('paper')}>{t('builder.preview.paper')}</button>
      </div>
      <Switch>
        <Match when={mode() === 'interview'}><PreviewInterview compiled={compiled()} /></Match>
        <Match when={mode() === 'paper'}>
          <Show when={compiled()} keyed>{(c) => <PreviewPaper compiled={c} year={props.year} />}</Show>
        </Match>
      </Switch>
    </section>
  );
}

function PreviewPaper(props: { compiled: CompiledQuestionnaire; year: number }) {
  const { t } = useI18n();
  const session = previewKeyingSession(props.compiled, { unitNo: PREVIEW_UNIT_NO, year: props.year });
  let pane: HTMLDivElement | undefined;
  return (
    <div class="preview-paper" ref={pane} data-preview="paper">
      <p class="muted" data-figure="keyed">{t('builder.preview.paperHelp', { count: session.finished().length })}</p>
      <Show when={session.review()}>
        {(review) => (
          <ul class="issues" role="alert">
            <For each={review().problems}>{(p) => <li>{p.paperNumber}: {t(p.code, p.params)}</li>}</For>
          </ul>
        )}
      </Show>
      <PaperKeyer session={session} compiled={props.compiled} unitNo={PREVIEW_UNIT_NO} unitName={t('builder.preview.unitName')}
        year={props.year} within={() => pane} />
    </div>
  );
}
