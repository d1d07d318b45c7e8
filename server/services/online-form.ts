// What the respondent's page receives when it opens a link: in one answer, the intro, the window's state by the
// server's clock, the unit (or the survey's units to choose from), the questionnaire while the window is open,
// the minimum age, and a signed ticket of when it opened (decision 0021).
import { isoAt } from '#shared/clock.ts';
import type { RespondentForm } from '#shared/online/schema.ts';
import { admit, windowState } from '#shared/online/window.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import type { Db } from '../db/open.ts';
import { makeTicket, readTicket } from '../online/keys.ts';
import { findLinkSurvey, lifecycleState, refuseClosedLink } from '../online/link-survey.ts';

/**
 * `ticket`: the one the page kept from its first opening. A form started inside the window is still open to it
 * during the grace period after closing, and keeps its first ticket; any other ticket is ignored.
 */
export function respondentForm(db: Db, key: Buffer, token: string, nowMs: number, ticket?: string): RespondentForm {
  const found = findLinkSurvey(db, token);
  refuseClosedLink(found);
  const { link, survey, window } = found;
  const startedMs = ticket === undefined ? undefined : readTicket(key, link.id, ticket);
  const overruled = lifecycleState(found);
  const resumed = !overruled && startedMs !== undefined && startedMs <= nowMs && admit(window, startedMs, nowMs, found.graceMinutes).ok;
  const state = overruled ?? (resumed ? 'open' : windowState(window, nowMs));
  const form: RespondentForm = {
    survey: { slug: survey.slug, title: survey.title, purpose: survey.purpose ?? '', office: survey.officeName ?? '' },
    window: { start: window.start, end: window.end },
    serverTime: isoAt(nowMs),
    state,
    unit: link.unitNo === null ? null : { no: link.unitNo, name: link.unitName ?? '' },
    units: link.unitNo === null ? found.units.map((unit) => ({ no: unit.no, name: unit.name })) : [],
    minAge: survey.minAge ?? null,
    ticket: resumed && ticket !== undefined ? ticket : makeTicket(key, link.id, nowMs),
  };
  // The stored definition was checked when it was published: sent as stored, not parsed again.
  if (state === 'open' && found.version) form.version = JSON.parse(found.version.definition) as QuestionnaireVersion;
  return form;
}
