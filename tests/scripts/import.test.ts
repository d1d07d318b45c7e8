// `npm run import -- FILE` on a real data folder, as an office would run it: the file's interviews stored once as the
// device's account and logged in the audit log; a second run answers "already on the server"; an edited file is
// refused with its reason in Vietnamese, exit code 2, nothing stored.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { openAuditKey } from '#server/audit/open-audit.ts';
import { databaseFile, defaultKeysDir } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { openHandoverKey } from '#server/handover/key.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { iterateAuditRows } from '#server/repo/audit-log.ts';
import { upsertDevice } from '#server/repo/devices.ts';
import { handoverFileOf } from '../helpers/handover-file.ts';
import { runScript } from '../helpers/run-script.ts';

describe('npm run import -- FILE', { timeout: 60_000 }, () => {
  it('imports once, answers duplicate the second time, and refuses an edited file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phieu-import-'));
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    const db = openDatabase(databaseFile(dataDir));
    await seedDemo(db, '2026-05-28T01:00:00.000Z');
    openAuditKey(db, join(defaultKeysDir(dataDir), 'audit.key'));
    const key = openHandoverKey(join(defaultKeysDir(dataDir), 'handover.key'));
    const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
    const deviceId = crypto.randomUUID();
    const accountId = findAccountByUsername(db, 'dtv01')!.id;
    upsertDevice(db, { id: deviceId, accountId, label: 'phone', publicKey: JSON.stringify(jwk), tokenHash: 'x'.repeat(64), at: '2026-05-28T01:00:00.000Z' });
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, unitNos: ['01'], accountId, deviceId, count: 2, seed: 5 });
    const file = await handoverFileOf({ deviceId, privateKey: keyPair.privateKey }, interviews, key.publicKey);
    const good = join(root, 'good.phieu');
    const edited = join(root, 'edited.phieu');
    writeFileSync(good, JSON.stringify(file));
    writeFileSync(edited, JSON.stringify({ ...file, count: 3 }));
    const held = () => db.prepare('SELECT count(*) FROM interviews').pluck().get();

    const first = await runScript('scripts/import.ts', [good], dataDir);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`good.phieu: tệp của dtv01 (thiết bị ${deviceId.slice(0, 8)}), 2 phiếu.`);
    expect(first.out.match(/: Đã nhận/g)).toHaveLength(2);
    expect(held()).toBe(2);
    expect([...iterateAuditRows(db)].map((row) => [row.action, row.target])).toEqual([['handover.import', `device:${deviceId}`]]);

    const second = await runScript('scripts/import.ts', [good], dataDir);
    expect(second.code).toBe(0);
    expect(second.out.match(/: Đã có trên máy chủ/g)).toHaveLength(2);
    expect(held()).toBe(2);

    const refused = await runScript('scripts/import.ts', [edited], dataDir);
    expect(refused).toEqual({ code: 2, out: expect.stringContaining('edited.phieu: Mã kiểm tra của tệp không khớp') as string });
    expect(held()).toBe(2);
    db.close();
  });
});
