// The English dictionary. Each part is checked key for key against its Vietnamese twin.
import type { Dictionary } from '../translate.ts';
import { app } from './app.ts';
import { problems } from './problems.ts';
import { survey } from './survey.ts';

export const en: Dictionary = { ...app, ...problems, ...survey };
