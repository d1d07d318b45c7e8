// Serials taken beyond this device's live interviews (issue 16): forms this device sent, whose answers may have
// left it, and serials the server held at the last sync — skipped by the suggestion, refused with who and when.
import { describe, expect, it } from 'vitest';
import { heldTaken, serialInUse, suggestSerial, suggestionRange, usedSerials, type TakenSerial } from '#shared/entry/serial.ts';

const SURVEY = 'hung-yen-2026';
const SENT_ID = '00000000-0000-4000-8000-000000000001';
const sent: TakenSerial = { serial: '0101', practice: false, on: '2026-05-28', interviewId: SENT_ID };
const server = heldTaken({ '01': [{ serials: '0101-0103,0106', by: 'Điều tra viên 02', on: '2026-05-29' }] });

describe('heldTaken', () => {
  it('reads every unit’s runs with their sender and day', () => {
    expect(server.map((t) => t.serial)).toEqual(['0101', '0102', '0103', '0106']);
    expect(server[3]).toEqual({ serial: '0106', practice: false, on: '2026-05-29', by: 'Điều tra viên 02' });
    expect(heldTaken(undefined)).toEqual([]);
  });
});

describe('the suggestion after synced forms left the device', () => {
  it('skips the serials the device sent and the server holds: the next free one in the unit’s range', () => {
    const used = usedSerials(SURVEY, [], { known: [sent, ...server] });
    expect(suggestSerial('01', used, undefined, suggestionRange({}, '01'))).toBe('0104');
    expect(suggestSerial('01', used, '0104', suggestionRange({}, '01'))).toBe('0105');
  });
  it('walks the survey’s explicit range for the unit and gives null once it is full', () => {
    const range = suggestionRange({ serialRanges: { '01': { first: '0150', last: '0152' } } }, '01');
    expect(suggestSerial('01', new Set(['0150']), undefined, range)).toBe('0151');
    expect(suggestSerial('01', new Set(['0150', '0151', '0152']), undefined, range)).toBeNull();
  });
  it('keeps practice apart: the server’s serials do not block the training day’s forms', () => {
    expect([...usedSerials(SURVEY, [], { known: server, practice: true })]).toEqual([]);
  });
});

describe('refusing a taken serial', () => {
  it('says this device sent it, and when (dd/mm/yyyy)', () => {
    expect(serialInUse('0101', SURVEY, [], { known: [sent, ...server] }))
      .toEqual({ code: 'entry.serial.sent', params: { serial: '0101', date: '28/05/2026' } });
  });
  it('says who sent it from another device, and when', () => {
    expect(serialInUse('0106', SURVEY, [], { known: server }))
      .toEqual({ code: 'entry.serial.held', params: { serial: '0106', date: '29/05/2026', by: 'Điều tra viên 02' } });
  });
  it('lets a form keep its own serial: its sent entry, and the server’s entry of a returned form', () => {
    expect(serialInUse('0101', SURVEY, [], { known: [sent], exceptId: SENT_ID })).toBeNull();
    expect(serialInUse('0102', SURVEY, [], { known: server, ownSerial: '0102' })).toBeNull();
    expect(serialInUse('0104', SURVEY, [], { known: [sent, ...server] })).toBeNull();
  });
});
