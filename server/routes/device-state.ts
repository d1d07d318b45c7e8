// Everything a device needs to work offline, fetched at sign-in and refreshed with every sync.
import { Hono } from 'hono';
import { isoNow } from '#shared/clock.ts';
import type { DeviceState } from '#shared/api/device.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { SYNCING_ROLES } from './devices.ts';
import { listAssignmentsOfAccount } from '../repo/assignments.ts';
import { listDeviceSurveysFor, listReturnedInterviewsFor } from '../services/surveys.ts';

export function deviceStateRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', requireRole(SYNCING_ROLES, { via: 'any' }), (c) => {
    const { account } = callerOf(c);
    const state: DeviceState = {
      account,
      assignments: listAssignmentsOfAccount(deps.db, account.id),
      surveys: listDeviceSurveysFor(deps.db, account),
      serverTime: isoNow(deps.clock),
      returned: listReturnedInterviewsFor(deps.db, account.id),
      handoverKey: deps.handover.publicKey,
    };
    return c.json(state);
  });
}
