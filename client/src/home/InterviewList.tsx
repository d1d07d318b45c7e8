// A list of the device's interviews on the home screen (drafts to go on with, finished forms to review or
// correct before they are synced), newest first, each a link to where it is worked on.
import { For, Show } from 'solid-js';
import { A } from '../router/router.tsx';
import type { Interview } from '#shared/interview/schema.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n/context.tsx';

export type InterviewListProps = {
  id: string;
  title: string;
  empty: string;
  action: string;
  interviews: Interview[];
  href: (interview: Interview) => string;
};

export function InterviewList(props: InterviewListProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Show when={props.interviews.length > 0} fallback={<p>{props.empty}</p>}>
        <ul class="draft-list">
          <For each={props.interviews}>
            {(interview) => (
              <li data-interview={interview.id}>
                <span class="draft-serial">{t('device.home.serial', { serial: interview.serial ?? '—' })}</span>
                <span class="muted">{t('device.home.updatedAt', { at: formatDateTime(interview.times.updatedAt) })}</span>
                <Show when={interview.practice}><span class="tag">{t('device.home.practice')}</span></Show>
                <Show when={interview.secondKeying}><span class="tag">{t('entry.second.setting')}</span></Show>
                <Show when={interview.voided}><span class="tag">{t('sent.state.voided')}</span></Show>
                <A class="button secondary" href={props.href(interview)}
                  aria-label={`${props.action}: ${t('device.home.serial', { serial: interview.serial ?? '—' })}`}>
                  {props.action}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
