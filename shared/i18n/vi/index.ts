// The Vietnamese dictionary: the default language and the reference every other language must match key for key.
import { app } from './app.ts';
import { problems } from './problems.ts';
import { survey } from './survey.ts';

export const vi = { ...app, ...problems, ...survey } as const;

export type MessageKey = keyof typeof vi;
