// Export variable names: valid SPSS names (letter first, [a-z0-9_], at most 64 bytes, not a keyword) and
// unique ignoring case. Questionnaire variables keep their names; derived and interview columns give way.

const RESERVED = new Set(['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with']);
export const MAX_NAME_BYTES = 64;

/** Lower-cases and replaces what SPSS refuses; never returns an empty or reserved name. */
export function spssName(raw: string): string {
  let name = raw.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')
    .replace(/[^a-z0-9_]/g, '_');
  if (!/^[a-z]/.test(name)) name = `v${name}`;
  name = name.slice(0, MAX_NAME_BYTES).replace(/_+$/, '') || 'v';
  return RESERVED.has(name) ? `${name}_` : name;
}

/** Claims names one at a time: a taken name gets _2, _3 … (shortened to stay within 64 bytes). */
export function nameClaimer(): (raw: string) => string {
  const taken = new Set<string>();
  return (raw) => {
    const base = spssName(raw);
    let name = base;
    for (let n = 2; taken.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_NAME_BYTES - suffix.length) + suffix;
    }
    taken.add(name);
    return name;
  };
}

/** A multiple-response set's name: "$" and a name, 64 bytes in all. */
export function setName(variable: string): string {
  return `$${variable.slice(0, MAX_NAME_BYTES - 1)}`;
}
