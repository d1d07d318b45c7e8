// Where Next and Back lead: along the engine's path only, so a skipped question is never shown. A position
// that went off the path (an answer changed the skip) resolves to the next question on the path after it.
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';

/** The end of the path: the screen after the last question. */
export const END = 'end';

export function resolvePosition(compiled: CompiledQuestionnaire, path: readonly string[], wanted: string | undefined): string {
  if (wanted === END) return END;
  if (wanted === undefined) return path[0] ?? END;
  if (path.includes(wanted)) return wanted;
  const index = compiled.questionIndexOf.get(wanted);
  if (index === undefined) return path[0] ?? END;
  return path.find((id) => (compiled.questionIndexOf.get(id) ?? -1) > index) ?? END;
}

export function nextPosition(path: readonly string[], current: string): string {
  if (current === END) return END;
  return path[path.indexOf(current) + 1] ?? END;
}

/** null on the first question. */
export function previousPosition(path: readonly string[], current: string): string | null {
  if (current === END) return path[path.length - 1] ?? null;
  const index = path.indexOf(current);
  return index > 0 ? path[index - 1]! : null;
}
