// The office part of the English dictionary (see vi/office.ts).
import { admin } from './admin.ts';
import { exporting } from './exporting.ts';
import { quota } from './quota.ts';
import { officeProblems } from './office-problems.ts';
import { surveySetup } from './survey-setup.ts';

export const office = { ...admin, ...quota, ...exporting, ...surveySetup, ...officeProblems };
