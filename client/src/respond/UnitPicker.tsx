// The survey's link: the respondent finds their commune or body in a list searched as they type, accents or not.
import { createSignal, For, Show } from 'solid-js';
import { t } from './words.ts';

type Unit = { no: string; name: string };

/** Lower case without accents ("Phố Hiến" and "pho hien" match), đ as d. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}

export function UnitPicker(props: { units: Unit[]; onPick: (unitNo: string) => void }) {
  const [query, setQuery] = createSignal('');
  const shown = () => {
    const words = plain(query()).split(/\s+/).filter((w) => w !== '');
    return props.units.filter((unit) => words.every((w) => plain(unit.name).indexOf(w) >= 0));
  };
  return (
    <div>
      <p class="q" id="unit-q">{t('respond.unit.question')}</p>
      <input type="search" aria-labelledby="unit-q" placeholder={t('respond.unit.search')} value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
      <For each={shown()}>
        {(unit) => <label class="opt"><input type="radio" name="unit" onChange={() => props.onPick(unit.no)} /><span>{unit.name}</span></label>}
      </For>
      <Show when={shown().length === 0}><p class="muted">{t('respond.unit.none')}</p></Show>
    </div>
  );
}
