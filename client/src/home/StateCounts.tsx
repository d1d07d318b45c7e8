// The enumerator's forms counted by state: draft, finished (waiting), sent, needs correction, rejected, voided —
// the counts of db/work-counts.ts, the same the sync card's "waiting" reads.
import { For } from 'solid-js';
import type { Home } from '../db/home.ts';
import { TILES } from '../db/work-counts.ts';
import { useI18n } from '../i18n/context.tsx';

export function StateCounts(props: { home: Home }) {
  const { t, n } = useI18n();
  return (
    <section aria-labelledby="by-state">
      <h2 id="by-state">{t('device.home.byState')}</h2>
      <ul class="state-counts">
        <For each={TILES}>
          {(state) => (
            <li data-state={state}>
              <span class="count">{n(props.home.counts[state])}</span>
              <span>{t(state === 'voided' ? 'sent.state.voided' : `device.state.${state}`)}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
