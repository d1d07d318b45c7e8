// What every part of the builder reaches: the session (draft, edits, problems) and the words new parts start with.
import { createContext, useContext } from 'solid-js';
import type { NewWords } from '#shared/authoring/draft-edits.ts';
import type { BuilderSession } from './builder-session.ts';

export type Builder = { session: BuilderSession; words: NewWords };

export const BuilderContext = createContext<Builder>();

export function useBuilder(): Builder {
  const builder = useContext(BuilderContext);
  if (!builder) throw new Error('useBuilder: outside the questionnaire builder');
  return builder;
}
