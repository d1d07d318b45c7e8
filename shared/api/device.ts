// What a device keeps to work offline for a field week: its account, and for each survey it works on the
// survey (with the units it may see), every published questionnaire version, and the quota counts of its units.
import * as z from 'zod/mini';
import { AccountSchema, AssignmentSchema } from '../accounts/schema.ts';
import { QuestionnaireVersionSchema } from '../survey/questionnaire.ts';
import { SurveySchema } from '../survey/survey.ts';
import { UnitCountsSchema } from '../quota/progress.ts';

export const DeviceSurveySchema = z.object({
  survey: SurveySchema,
  /** Published versions, oldest first: a draft finishes on the version it started on; new interviews use the newest. */
  versions: z.array(QuestionnaireVersionSchema),
  /** Counts of the units in `survey.units` as the server knew them at `serverTime`. */
  counts: z.array(UnitCountsSchema),
});
export type DeviceSurvey = z.infer<typeof DeviceSurveySchema>;

export const DeviceStateSchema = z.object({
  account: AccountSchema,
  assignments: z.array(AssignmentSchema),
  surveys: z.array(DeviceSurveySchema),
  serverTime: z.string(),
});
export type DeviceState = z.infer<typeof DeviceStateSchema>;
