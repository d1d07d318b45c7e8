// The English dictionary. Each part is checked key for key against its Vietnamese twin.
import type { Dictionary } from '../translate.ts';
import { app } from './app.ts';
import { problems } from './problems.ts';
import { survey } from './survey.ts';
import { sync } from './sync.ts';
import { device } from './device.ts';
import { quota } from './quota.ts';
import { exporting } from './exporting.ts';
import { entry } from './entry.ts';

export const en: Dictionary = { ...app, ...problems, ...survey, ...sync, ...device, ...quota, ...exporting, ...entry };
