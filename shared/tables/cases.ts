// What the tables read of one interview (already decoded from storage), and how one stored value counts:
// a valid value, a declared missing code (-1/-2/-3), or "system" missing (nothing stored, as SPSS calls it).
import type { UnitKind } from '../survey/survey.ts';

export type TableCase = {
  unitNo: string;
  mode: string;
  entry: string;
  /** The stored answers by variable, parsed from JSON (validated when the interview was received). */
  answers: Record<string, unknown>;
  /** How many identical interviews this case stands for (1 when absent): the compact store counts alike ones once. */
  weight?: number;
};

export type Words = (code: string) => string;

export const SYSTEM = 'system';
export const MISSING_KEYS = ['-1', '-2', '-3', SYSTEM] as const;
export type MissingKey = (typeof MISSING_KEYS)[number];

const MISSING_WORDS: Record<MissingKey, string> = {
  '-1': 'survey.missing.skipped', '-2': 'survey.missing.blank', '-3': 'survey.missing.illegible', system: 'results.missing.system',
};
export const missingLabel = (key: MissingKey, words: Words): string => words(MISSING_WORDS[key]);

/** The declared missing code of a stored value, or null. */
export function missingKeyOf(value: unknown): MissingKey | null {
  if (value === undefined || value === null) return SYSTEM;
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const code = (value as { missing?: unknown }).missing;
  return code === -1 ? '-1' : code === -2 ? '-2' : code === -3 ? '-3' : SYSTEM;
}

/** A tally of missing keys; rows only for keys that occur, in code order, "system" last (as SPSS lists them). */
export function missingTally(): { add: (key: MissingKey, weight?: number) => void; rows: (total: number, words: Words) => { key: string; label: string; count: number; percent: number }[] } {
  const counts = new Map<MissingKey, number>();
  return {
    add: (key, weight = 1) => { counts.set(key, (counts.get(key) ?? 0) + weight); },
    rows: (total, words) => MISSING_KEYS.filter((k) => counts.has(k)).map((key) => {
      const count = counts.get(key)!;
      return { key, label: missingLabel(key, words), count, percent: percent(count, total) };
    }),
  };
}

/** n of d as a percentage; 0 of nothing. */
export const percent = (n: number, d: number): number => (d === 0 ? 0 : (100 * n) / d);

export type UnitLookup = ReadonlyMap<string, { name: string; kind: UnitKind }>;
