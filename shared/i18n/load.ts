// Loads only the active language: each dictionary is its own chunk in the browser.
import type { Language } from './message.ts';
import type { Dictionary } from './translate.ts';

export async function loadDictionary(language: Language): Promise<Dictionary> {
  switch (language) {
    case 'vi': return (await import('./vi/index.ts')).vi;
    case 'en': return (await import('./en/index.ts')).en;
  }
}
