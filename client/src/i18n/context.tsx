// The active dictionary for every screen: only the chosen language is loaded (its own chunk), and the
// document's `lang` follows it so screen readers and hyphenation use the right language.
import { createContext, createEffect, createResource, createSignal, Show, useContext, type ParentProps } from 'solid-js';
import { loadDictionary } from '#shared/i18n/load.ts';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import type { Language, MessageParams } from '#shared/i18n/message.ts';
import { formatNumber } from '#shared/i18n/format.ts';
import { readSavedLanguage, saveLanguage } from './language.ts';

export type I18n = {
  language: () => Language;
  setLanguage: (language: Language) => void;
  /** The words of a message code in the active language; unknown codes are shown as themselves. */
  t: (code: string, params?: MessageParams) => string;
  /** A number in the active language's style: 1.000 (vi), 1,000 (en). */
  n: (value: number) => string;
};

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps) {
  const [language, setLanguageSignal] = createSignal<Language>(readSavedLanguage());
  const [dictionary] = createResource(language, loadDictionary);

  createEffect(() => {
    document.documentElement.lang = language();
  });

  const i18n: I18n = {
    language,
    setLanguage: (next) => {
      saveLanguage(next);
      setLanguageSignal(next);
    },
    // `latest` keeps the previous language on screen while the next dictionary loads (no blank flash).
    t: (code, params) => {
      const words: Dictionary | undefined = dictionary.latest;
      return words ? translate(words, code, params) : '';
    },
    n: (value) => formatNumber(value, language()),
  };

  return (
    <Show when={dictionary.latest} fallback={<p class="loading">…</p>}>
      <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>
    </Show>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n: no I18nProvider above this component');
  return i18n;
}
