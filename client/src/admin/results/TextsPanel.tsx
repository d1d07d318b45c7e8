// One variable's free texts, grouped as the coding groups them and searchable (folded, so "tieu thuong" finds
// "Tiểu thương"); the admin ticks groups and gives them an existing code or a new one. The texts stay as written:
// the code is kept beside them and counted in the coded variable's table and exports.
import { createResource, createSignal, For, Show } from 'solid-js';
import { useI18n } from '../../i18n/context.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { fieldText } from '../../components/field-text.ts';
import { codeTexts, fetchTexts, type ResultsQuery } from './results-api.ts';

type Props = {
  slug: string; query: ResultsQuery; variables: readonly { variable: string; title: string }[];
  variable: string; onVariable: (variable: string) => void; onCoded: () => void;
};

export function TextsPanel(props: Props) {
  const { t, n } = useI18n();
  const [search, setSearch] = createSignal('');
  const [version, setVersion] = createSignal(0);
  const [texts] = createResource(
    () => (props.variable ? { slug: props.slug, variable: props.variable, q: search(), query: props.query, v: version() } : undefined),
    (s) => fetchTexts(s.slug, { ...s.query, variable: s.variable, q: s.q }),
  );
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [error, setError] = createSignal<unknown>();
  const codeLabel = (code: number | null) => texts()?.codes.find((c) => c.code === code)?.label ?? t('results.coded.uncoded');
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen());
    if (on) next.add(key); else next.delete(key);
    setChosen(next);
  };
  const assign = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const form = new FormData(element);
    const code = Number(fieldText(form, 'code'));
    const newLabel = fieldText(form, 'newLabel').trim();
    const groups = texts()?.groups.filter((g) => chosen().has(g.key)) ?? [];
    setError(undefined);
    try {
      await codeTexts(props.slug, {
        variable: props.variable, texts: groups.flatMap((g) => g.variants.map((v) => v.text)),
        ...(newLabel ? { newLabel } : { code }),
      });
      element.reset();
      setChosen(new Set<string>());
      setVersion(version() + 1);
      props.onCoded();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section class="results-texts" aria-labelledby="texts-title">
      <h2 id="texts-title">{t('results.texts.title')}</h2>
      <form class="dash-tools" onSubmit={(e) => { e.preventDefault(); setSearch(fieldText(new FormData(e.currentTarget), 'q')); }}>
        <div class="dash-field">
          <label for="texts-variable">{t('results.texts.variable')}</label>
          <select id="texts-variable" value={props.variable} onChange={(e) => { setChosen(new Set<string>()); props.onVariable(e.currentTarget.value); }}>
            <option value="">—</option>
            <For each={props.variables}>{(v) => <option value={v.variable}>{v.title}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="texts-search">{t('results.texts.search')}</label>
          <input id="texts-search" name="q" type="search" />
        </div>
        <button type="submit">{t('results.texts.find')}</button>
      </form>
      <ErrorNotice error={(texts.error as unknown) ?? error()} />
      <Show when={!texts.error && texts()}>
        {(list) => (
          <>
            <p>{t('results.texts.answered', { count: n(list().answered), groups: n(list().groups.length) })}</p>
            <ul class="results-groups">
              <For each={list().groups}>
                {(group) => (
                  <li data-group={group.key}>
                    <label class="choice">
                      <input type="checkbox" checked={chosen().has(group.key)} onChange={(e) => toggle(group.key, e.currentTarget.checked)} />
                      {` ${group.label} (${n(group.count)})`}
                    </label>
                    <span class="results-group-code"> — {codeLabel(group.code)}</span>
                    <Show when={group.variants.length > 1}>
                      <span class="results-variants"> · {group.variants.map((v) => `${v.text} (${n(v.count)})`).join('; ')}</span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <form class="dash-tools" onSubmit={(e) => void assign(e)}>
              <div class="dash-field">
                <label for="coding-code">{t('results.coding.code')}</label>
                <select id="coding-code" name="code">
                  <For each={list().codes}>{(c) => <option value={c.code}>{`${c.code}. ${c.label}`}</option>}</For>
                </select>
              </div>
              <div class="dash-field">
                <label for="coding-new">{t('results.coding.newLabel')}</label>
                <input id="coding-new" name="newLabel" maxLength={120} />
              </div>
              <button type="submit" disabled={chosen().size === 0}>{t('results.coding.assign', { count: n(chosen().size) })}</button>
            </form>
          </>
        )}
      </Show>
    </section>
  );
}
