// The enumerator's interviews counted by state: draft, finished, synced, needs correction, rejected.
import { For } from 'solid-js';
import { HOME_STATES, type Home } from '../db/home.ts';
import { useI18n } from '../i18n/context.tsx';

export function StateCounts(props: { home: Home }) {
  const { t, n } = useI18n();
  return (
    <section aria-labelledby="by-state">
      <h2 id="by-state">{t('device.home.byState')}</h2>
      <ul class="state-counts">
        <For each={HOME_STATES}>
          {(state) => (
            <li data-state={state}>
              <span class="count">{n(props.home.byState[state].length)}</span>
              <span>{t(`device.state.${state}`)}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
