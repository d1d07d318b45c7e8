// Everything a device needs to work offline, fetched at sign-in and refreshed with every sync.
import { Hono } from 'hono';
import { isoNow } from '#shared/clock.ts';
import type { DeviceState } from '#shared/api/device.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { SYNCING_ROLES } from './devices.ts';
import { listAssignmentsOfAccount } from '../repo/assignments.ts';
import { listDeviceSurveysFor, listReturnedInterviewsFor } from '../services/surveys.ts';
import { heldInterviewsOf } from '../services/device-serials.ts';

export function deviceStateRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', requireRole(SYNCING_ROLES, { via: 'any' }), (c) => {
    const { account } = callerOf(c);
    const surveys = listDeviceSurveysFor(deps.db, account);
    const state: DeviceState = {
      account,
      assignments: listAssignmentsOfAccount(deps.db, account.id),
      surveys,
      serverTime: isoNow(deps.clock),
      returned: listReturnedInterviewsFor(deps.db, account.id),
      handoverKey: deps.handover.publicKey,
      held: heldInterviewsOf(deps.db, account.id, new Set(surveys.map((entry) => entry.survey.slug))),
    };
    return c.json(state);
  });
}
