// The verify screen after a form's last slot (a clerk's setting, off by default): every answer in paper order as
// codes, to hold against the paper. Enter accepts; a question number then Enter goes back to that question.
// Without the setting the same keys still work on the finished form (Enter stores it), just with no screen.
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { BACKSPACE, ENTER } from './keys.ts';
import { entryMessage, type EntryMessage } from './message.ts';

export type VerifyStep = { slot: string } | { jump: string; done: boolean; error: EntryMessage | undefined };

const numberOf = (paperNumber: string) => paperNumber.replace(/\D+/g, '');

/** The first answer variable of the question printed with this number ("12" → c12, "11" → c11_1). */
export function questionByNumber(compiled: CompiledQuestionnaire, number: string): string | undefined {
  const q = compiled.questions.find((x) => x.answerVariables.length > 0 && numberOf(x.paperNumber) === String(Number(number)));
  return q?.answerVariables[0];
}

export function pressVerifyKey(compiled: CompiledQuestionnaire, jump: string, key: string, verify: boolean): VerifyStep {
  const stay = { jump, done: false, error: undefined };
  if (key === BACKSPACE) return { ...stay, jump: jump.slice(0, -1) };
  if (/^\d$/.test(key) && verify) return jump.length < 3 ? { ...stay, jump: jump + key } : stay;
  if (key !== ENTER) return stay;
  if (jump === '') return { ...stay, done: true };
  const slot = questionByNumber(compiled, jump);
  return slot ? { slot } : { jump: '', done: false, error: entryMessage('entry.verify.unknown_question', { number: jump }) };
}
