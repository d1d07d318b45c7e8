// Surveys made the way the office makes them (the setup services), for server tests: the 2026 shape (direct,
// whole days, 22 units of 45/50) and seed 000's (online 07:30–16:30 and direct whole days, min age 18).
import { hungYen2026Units } from '#shared/demo/hung-yen-2026-units.ts';
import { wholeDaysWindow, type SurveySettings } from '#shared/survey/settings.ts';
import type { Unit } from '#shared/survey/survey.ts';
import type { Db } from '#server/db/open.ts';
import { copyVersionAsDraft, openSurvey, publishDraft } from '#server/services/survey-lifecycle.ts';
import { createDraftSurvey, replaceUnits } from '#server/services/survey-setup.ts';

export const NOW = '2026-05-20T08:00:00.000Z';

export function settings2026(slug = 'hung-yen-2026-b'): SurveySettings {
  return {
    title: 'Khảo sát chính quyền hai cấp', slug, modes: ['direct'],
    windows: { direct: wholeDaysWindow('2026-05-28', '2026-06-02') },
  };
}

export function settings2022(slug = 'neu-guong-2022'): SurveySettings {
  return {
    title: 'Trách nhiệm nêu gương của người đứng đầu', slug, modes: ['direct', 'online'],
    windows: {
      direct: wholeDaysWindow('2022-08-12', '2022-08-17'),
      online: { start: '2022-08-12T07:30:00+07:00', end: '2022-08-17T16:30:00+07:00' },
    },
    minAge: { years: 18, variable: 'c2' },
  };
}

/** A draft with units and the demo questionnaire published; `open` opens it too. */
export function makeSurvey(db: Db, settings: SurveySettings, options: { units?: Unit[]; open?: boolean } = {}): void {
  createDraftSurvey(db, settings, NOW);
  replaceUnits(db, settings.slug, options.units ?? hungYen2026Units);
  const draft = copyVersionAsDraft(db, settings.slug, { template: 'chinh-quyen-hai-cap' });
  publishDraft(db, settings.slug, draft.version, NOW);
  if (options.open) openSurvey(db, settings.slug, NOW);
}
