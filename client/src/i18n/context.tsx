// The active dictionary for every screen: only the chosen language is loaded, and only the part the screen
// needs — field words always, office words once an office screen asks (`OfficeWords`) — each its own chunk.
// The document's `lang` follows the language so screen readers and hyphenation use the right one. Only the
// Vietnamese field words are precached; another language's come from the network the first time a device uses
// them (the service worker keeps them after that), so switching offline to a language never used here is refused.
import {
  createContext, createEffect, createMemo, createResource, createSignal, Show, useContext, type JSX, type ParentProps,
} from 'solid-js';
import { loadDictionaryPart } from '#shared/i18n/load.ts';
import { DEFAULT_LANGUAGE } from '#shared/i18n/languages.ts';
import { translate, type PartialDictionary } from '#shared/i18n/translate.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { formatNumber } from '#shared/i18n/format.ts';
import { readSavedLanguage, saveLanguage } from './language.ts';

export type I18n = {
  language: () => Language;
  /** Switches once the language's field words are here; otherwise stays and names it in `unavailable`. */
  setLanguage: (language: Language) => void;
  /** The language last asked for whose words could not be fetched (offline, never used on this device). */
  unavailable: () => Language | undefined;
  /** The words of a message code in the active language; unknown codes are shown as themselves. */
  t: (code: string, params?: MessageParams) => string;
  /** A number in the active language's style: 1.000 (vi), 1,000 (en). */
  n: (value: number) => string;
  /** Asks for the office words (admin, dashboards, exports); true once they are loaded. */
  officeWords: () => boolean;
};

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps) {
  const [language, setLanguageSignal] = createSignal<Language>(readSavedLanguage());
  const [officeWanted, setOfficeWanted] = createSignal(false);
  const [unavailable, setUnavailable] = createSignal<Language>();
  // A language saved on an earlier visit may not be here offline: the app opens in Vietnamese for this visit.
  const fieldWords = (lang: Language) => loadDictionaryPart(lang, 'field').catch((error: unknown) => {
    if (lang === DEFAULT_LANGUAGE) throw error;
    setUnavailable(lang);
    setLanguageSignal(DEFAULT_LANGUAGE);
    return loadDictionaryPart(DEFAULT_LANGUAGE, 'field');
  });
  const [field] = createResource(language, fieldWords);
  const [office] = createResource(() => (officeWanted() ? language() : false), (lang) => loadDictionaryPart(lang, 'office'));
  // `latest` keeps the previous language on screen while the next one loads (no blank flash).
  const words = createMemo<PartialDictionary>(() => ({ ...field.latest, ...office.latest }));

  createEffect(() => {
    document.documentElement.lang = language();
  });

  const i18n: I18n = {
    language,
    setLanguage: (next) => {
      loadDictionaryPart(next, 'field').then(() => {
        saveLanguage(next);
        setUnavailable(undefined);
        setLanguageSignal(next);
      }, () => setUnavailable(next));
    },
    unavailable,
    t: (code, params) => translate(words(), code, params),
    n: (value) => formatNumber(value, language()),
    officeWords: () => {
      setOfficeWanted(true);
      return office.latest !== undefined;
    },
  };

  return (
    <Show when={field.latest} fallback={<p class="loading">…</p>}>
      <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>
    </Show>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n: no I18nProvider above this component');
  return i18n;
}

/** Renders its children once the office words are loaded: wrap every office screen in it. */
export function OfficeWords(props: ParentProps): JSX.Element {
  const i18n = useI18n();
  return <Show when={i18n.officeWords()} fallback={<p class="loading">…</p>}>{props.children}</Show>;
}
