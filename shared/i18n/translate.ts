// Turns a message code and its parameters into words of one dictionary.
import type { MessageKey } from './vi/index.ts';
import type { MessageParams } from './message.ts';

export type { MessageKey };
export type Dictionary = Readonly<Record<MessageKey, string>>;
/** A whole dictionary or a part of one (the browser loads field and office words separately). */
export type PartialDictionary = Readonly<Partial<Record<MessageKey, string>>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** An unknown code is shown as itself rather than throwing: a newer server may send a code an older app lacks. */
export function translate(dictionary: PartialDictionary, code: string, params: MessageParams = {}): string {
  const template = (dictionary as Readonly<Record<string, string>>)[code];
  if (template === undefined) return params && Object.keys(params).length ? `${code} ${JSON.stringify(params)}` : code;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
