// The field part of the Vietnamese dictionary: every word of the screens an enumerator's phone shows (sign-in,
// home, entry, sync) and the messages those screens can receive. Loaded first; kept small for the phone's budget.
import { app } from './app.ts';
import { device } from './device.ts';
import { entry } from './entry.ts';
import { handover } from './handover.ts';
import { problems } from './problems.ts';
import { quotaCells } from './quota-cells.ts';
import { sent } from './sent.ts';
import { survey } from './survey.ts';
import { sync } from './sync.ts';

export const field = { ...app, ...problems, ...survey, ...sync, ...device, ...entry, ...quotaCells, ...handover, ...sent } as const;
