// The page's plain screens: the intro (office, purpose, privacy), the window's "not yet" and "closed", the polite
// end under the minimum age, the thank-you page, and a refusal in words.
import { onMount, Show } from 'solid-js';
import type { RespondentForm } from '#shared/online/schema.ts';
import { vietnamDateTime } from '#shared/online/window.ts';
import { t } from './words.ts';

export function Intro(props: { form: RespondentForm; onStart: () => void }) {
  // The first usable screen: the bench times the page up to this mark (scripts/bench/respondent-first-screen.ts).
  onMount(() => performance.mark('phieu:respond-ready'));
  return (
    <div class="card">
      <Show when={props.form.survey.office}><p class="muted">{t('respond.office', { office: props.form.survey.office })}</p></Show>
      <Show when={props.form.survey.purpose}>
        <h2>{t('respond.purpose')}</h2>
        <p>{props.form.survey.purpose}</p>
      </Show>
      <p class="muted">{t('respond.privacy')}</p>
      <div class="bar"><button class="go" type="button" onClick={() => props.onStart()}>{t('respond.start')}</button></div>
    </div>
  );
}

export function Notice(props: { text: string; good?: boolean; retry?: () => void }) {
  return (
    <div class="card">
      <p classList={{ ok: props.good === true }}>{props.text}</p>
      <Show when={props.retry}>
        <div class="bar"><button class="go" type="button" onClick={() => props.retry?.()}>{t('respond.retry')}</button></div>
      </Show>
    </div>
  );
}

export function windowText(form: RespondentForm): string {
  return form.state === 'before' ? t('respond.before', { at: vietnamDateTime(form.window.start) }) : t('respond.closed');
}

export function Thanks() {
  return (
    <div class="card">
      <h2 class="ok">{t('respond.thanks')}</h2>
      <p>{t('respond.thanksNote')}</p>
    </div>
  );
}
