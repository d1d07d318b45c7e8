// Down, with every sync: the account's offline kit (assignments, surveys, every published questionnaire version,
// quota counts, the serials each unit holds), the interviews returned for correction, the server's flags of the
// account's sent forms, the server's clock — then housekeeping.
import { fetchDeviceState } from '../api/device.ts';
import type { PhieuDb } from '../db/db.ts';
import { storeDeviceState } from '../db/device-state.ts';
import { applyHeld } from '../db/sent.ts';
import type { DeviceRow } from '../db/rows.ts';
import { applyReturned } from './apply-returned.ts';
import { housekeep } from './housekeep.ts';

export type Pulled = { clockOffsetMs: number | null; returned: number; removed: number };

export async function pullState(db: PhieuDb, device: DeviceRow & { token: string }, now: () => number): Promise<Pulled> {
  const askedAt = now();
  const state = await fetchDeviceState(device.token);
  const answeredAt = now();
  const iso = new Date(answeredAt).toISOString();
  await storeDeviceState(db, state, iso);
  const returned = await applyReturned(db, device.accountId, state.returned ?? [], iso);
  // A server from before `held` says nothing of flags after the receipt: the rows keep what the receipts said.
  if (state.held) await applyHeld(db, device.accountId, state.held, new Set(state.surveys.map((s) => s.survey.slug)));
  const removed = await housekeep(db, device.accountId, answeredAt);
  return { clockOffsetMs: clockOffset(state.serverTime, askedAt, answeredAt), returned, removed };
}

/** Server clock − device clock, against the middle of the round trip (the server read its clock somewhere in it). */
export function clockOffset(serverTime: string, askedAt: number, answeredAt: number): number | null {
  const server = Date.parse(serverTime);
  return Number.isNaN(server) ? null : Math.round(server - (askedAt + answeredAt) / 2);
}
