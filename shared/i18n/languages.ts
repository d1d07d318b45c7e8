// The languages of the dictionaries; Vietnamese is the default. Plain code without zod: the phone picks its
// language with it (message.ts holds the schema that checks a language given in a request).
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
