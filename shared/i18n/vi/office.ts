// The office part of the Vietnamese dictionary: admin area, dashboards, share pages, exports. Loaded only by
// those screens, so an enumerator's phone never downloads it.
import { accounts } from './accounts.ts';
import { admin } from './admin.ts';
import { audit } from './audit.ts';
import { devices } from './devices.ts';
import { handoverOffice } from './handover-office.ts';
import { exporting } from './exporting.ts';
import { quota } from './quota.ts';
import { results } from './results.ts';
import { officeProblems } from './office-problems.ts';
import { review } from './review.ts';
import { reviewTools } from './review-tools.ts';
import { surveySetup } from './survey-setup.ts';
import { questionnaires } from './questionnaires.ts';
import { builder } from './builder.ts';
import { report } from './report.ts';
import { respond } from './respond.ts';
import { onlineLinks } from './online-links.ts';

export const office = { ...admin, ...accounts, ...audit, ...devices, ...quota, ...exporting, ...results, ...surveySetup, ...questionnaires, ...builder, ...review, ...reviewTools, ...officeProblems, ...handoverOffice, ...report, ...respond, ...onlineLinks } as const;
