// The sent list (issue 16): a stored receipt leaves a sent row that outlives housekeeping, remembers the serial
// for the next suggestion, and takes the flags the server raises later from the device state.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serialInUse, suggestSerial, usedSerials } from '#shared/entry/serial.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { listSent } from '#client/db/sent.ts';
import { deviceInterviews, knownSerials } from '#client/entry/device-interviews.ts';
import { housekeep } from '#client/sync/housekeep.ts';
import { runSync } from '#client/sync/run-sync.ts';
import { ACCOUNT, deviceWithKit, fakeServer, finishedInterview } from './support.ts';

let db: PhieuDb;
afterEach(() => { db?.close(); vi.unstubAllGlobals(); });

const SURVEY = 'hung-yen-2026';
const SYNCED_AT = Date.parse('2026-05-30T03:00:00.000Z');
const AFTER_WINDOW = Date.parse('2026-06-03T00:00:00+07:00');

describe('sent list', () => {
  it('keeps each sent form after housekeeping, and the next suggestion skips its serial', async () => {
    db = await deviceWithKit();
    const first = await finishedInterview(db, '01', '0101');
    await finishedInterview(db, '01', '0102');
    fakeServer();
    expect((await runSync({ db, now: () => SYNCED_AT }, ACCOUNT)).kind).toBe('done');
    expect(await housekeep(db, ACCOUNT, AFTER_WINDOW)).toBe(2);
    expect(await db.interviews.count()).toBe(0);

    const sent = await listSent(db, ACCOUNT);
    expect(sent.map((row) => row.serial).sort()).toEqual(['0101', '0102']);
    expect(sent.find((row) => row.interviewId === first)).toMatchObject({ unitNo: '01', status: 'received', flags: [], sentAt: new Date(SYNCED_AT).toISOString() });
    const known = await knownSerials(db, ACCOUNT, SURVEY);
    expect(suggestSerial('01', usedSerials(SURVEY, await deviceInterviews(db, SURVEY), { known }))).toBe('0103');
    expect(serialInUse('0101', SURVEY, [], { known })).toEqual({ code: 'entry.serial.sent', params: { serial: '0101', date: '30/05/2026' } });
  });

  it('takes a flag the server raised after the receipt, and the serials other devices used, from the next device state', async () => {
    db = await deviceWithKit();
    const id = await finishedInterview(db, '01', '0101');
    const server = fakeServer();
    await runSync({ db, now: () => SYNCED_AT }, ACCOUNT);
    expect((await listSent(db, ACCOUNT))[0]!.flags).toEqual([]);

    server.state = {
      ...server.state,
      surveys: server.state.surveys.map((s) => ({ ...s, heldSerials: { '01': [{ serials: '0101-0104', by: 'Điều tra viên 02', on: '2026-05-30' }] } })),
      held: [{ id, surveySlug: SURVEY, unitNo: '01', serial: '0101', status: 'received', flags: ['serial_duplicate'], receivedAt: '2026-05-30T03:00:00.000Z' }],
    };
    await runSync({ db, now: () => SYNCED_AT + 60_000 }, ACCOUNT);
    expect((await listSent(db, ACCOUNT))[0]!.flags).toEqual(['serial_duplicate']);
    const known = await knownSerials(db, ACCOUNT, SURVEY);
    expect(suggestSerial('01', usedSerials(SURVEY, await deviceInterviews(db, SURVEY), { known }))).toBe('0105');
    expect(serialInUse('0103', SURVEY, [], { known })).toMatchObject({ code: 'entry.serial.held', params: { by: 'Điều tra viên 02' } });

    // The duplicate resolved on the server: the form is no longer listed, so it is received without flags.
    server.state = { ...server.state, held: [] };
    await runSync({ db, now: () => SYNCED_AT + 120_000 }, ACCOUNT);
    expect((await listSent(db, ACCOUNT))[0]).toMatchObject({ status: 'received', flags: [] });
  });
});
