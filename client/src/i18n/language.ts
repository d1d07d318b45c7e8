// The user's language choice, kept in localStorage so it survives reloads and offline restarts.
import { DEFAULT_LANGUAGE, LanguageSchema, type Language } from '#shared/i18n/message.ts';

const STORAGE_KEY = 'phieu.language';

export function readSavedLanguage(): Language {
  try {
    const parsed = LanguageSchema.safeParse(localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage blocked (private mode, policy): fall back to Vietnamese
  }
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not saved: the choice still holds for this page's life.
  }
}
