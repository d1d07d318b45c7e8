// Turns a message code and its parameters into words of one dictionary.
import type { MessageKey } from './vi/index.ts';
import type { MessageParams } from './message.ts';

export type { MessageKey };
export type Dictionary = Readonly<Record<MessageKey, string>>;
/** A whole dictionary or a part of one (the browser loads field and office words separately). */
export type PartialDictionary = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * `{name}` is the parameter as given; `{name|prefix}` is the words of `prefix.<value>` (a status or action code
 * a problem carries, such as `{from|review.status}`), and `{name|}` the words of the value itself, a message code
 * (with the same parameters). A code with no words is shown as itself.
 */
const PLACEHOLDER = /\{(\w+)(?:\|([\w.]*))?\}/g;

/** An unknown code is shown as itself rather than throwing: a newer server may send a code an older app lacks. */
export function translate(dictionary: PartialDictionary, code: string, params: MessageParams = {}): string {
  const words = dictionary as Readonly<Record<string, string>>;
  const template = words[code];
  if (template === undefined) return params && Object.keys(params).length ? `${code} ${JSON.stringify(params)}` : code;
  return template.replace(PLACEHOLDER, (whole, name: string, prefix?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const key = prefix === undefined ? undefined : prefix ? `${prefix}.${value}` : String(value);
    return key !== undefined && key !== code && words[key] !== undefined ? translate(dictionary, key, params) : String(value);
  });
}
