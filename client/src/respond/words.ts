// The respondent page's words: Vietnamese only (the people answering read it), from the one dictionary module
// of this page, so none of the enumerator's or office words come along.
import { respond } from '#shared/i18n/vi/respond.ts';

/** A key of this page's words, or one built at run time (`problem.<code>`, `respond.issue.<rule>`). */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const text: string = (respond as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
