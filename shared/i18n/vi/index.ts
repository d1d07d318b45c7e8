// The Vietnamese dictionary: the default language and the reference every other language must match key for key.
import { app } from './app.ts';
import { problems } from './problems.ts';
import { survey } from './survey.ts';
import { sync } from './sync.ts';
import { device } from './device.ts';
import { quota } from './quota.ts';
import { exporting } from './exporting.ts';
import { entry } from './entry.ts';

export const vi = { ...app, ...problems, ...survey, ...sync, ...device, ...quota, ...exporting, ...entry } as const;

export type MessageKey = keyof typeof vi;
