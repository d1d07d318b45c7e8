// Loads dictionaries in the browser's chunks: only the active language, and only the part the screen needs
// (field words first; office words when an office screen opens). The command line loads a language whole.
import type { Language } from './languages.ts';
import type { Dictionary, PartialDictionary } from './translate.ts';

export type DictionaryPart = 'field' | 'office';

export async function loadDictionaryPart(language: Language, part: DictionaryPart): Promise<PartialDictionary> {
  switch (`${language}/${part}` as const) {
    case 'vi/field': return (await import('./vi/field.ts')).field;
    case 'vi/office': return (await import('./vi/office.ts')).office;
    case 'en/field': return (await import('./en/field.ts')).field;
    case 'en/office': return (await import('./en/office.ts')).office;
  }
}

export async function loadDictionary(language: Language): Promise<Dictionary> {
  switch (language) {
    case 'vi': return (await import('./vi/index.ts')).vi;
    case 'en': return (await import('./en/index.ts')).en;
  }
}
