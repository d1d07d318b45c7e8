// A coded variable as the tables and the exports read it: its codes with their labels, and the code of each
// folded text. An interview's code is looked up from its own text folded, so the original is never rewritten.
import { foldText } from './group-texts.ts';

export type CodedVariable = {
  /** The text variable coded ("c3_other"); its coded variable is named after it ("c3_other_code"). */
  variable: string;
  codes: { code: number; label: string }[];
  byFold: ReadonlyMap<string, number>;
};

export const codedName = (variable: string): string => `${variable}_code`;

/** The code of one stored answer: null when it holds no text or a text nobody has coded yet. */
export function codeOfAnswer(coded: CodedVariable, answer: unknown): number | null {
  if (typeof answer !== 'string') return null;
  return coded.byFold.get(foldText(answer)) ?? null;
}
