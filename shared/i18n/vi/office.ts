// The office part of the Vietnamese dictionary: admin area, dashboards, share pages, exports. Loaded only by
// those screens, so an enumerator's phone never downloads it.
import { admin } from './admin.ts';
import { exporting } from './exporting.ts';
import { quota } from './quota.ts';
import { officeProblems } from './office-problems.ts';
import { surveySetup } from './survey-setup.ts';

export const office = { ...admin, ...quota, ...exporting, ...surveySetup, ...officeProblems } as const;
