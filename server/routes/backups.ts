// The admin's backups: the list of the data folder's backups, a backup taken now (encrypted when the server has a
// backup key), and one downloaded by its name (names only, never a path). Taking and downloading are audit-logged.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import type { BackupListResponse, CreatedBackupResponse } from '#shared/api/audit.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireRole } from '../http/auth.ts';
import { recordAudit } from '../audit/record.ts';
import { backupDatabase, isBackupName, listBackups } from '../backup/backup.ts';
import { backupSummary, summarizeBackups } from '../backup/list.ts';

export function backupRoutes(deps: Deps) {
  const { dir, key, keep } = deps.backups;
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => c.json({ backups: summarizeBackups(dir), encrypting: key !== null } satisfies BackupListResponse))
    .post('/', async (c) => {
      const result = await backupDatabase(deps.db, dir, { keep, now: deps.clock.now(), encryptKey: key });
      const backup = backupSummary(result.file);
      recordAudit(deps, c, {
        action: 'backup.create', target: `backup:${backup.name}`,
        after: { encrypted: backup.encrypted, bytes: backup.bytes, auditCount: result.manifest.audit?.count ?? 0 },
      });
      return c.json({ backup } satisfies CreatedBackupResponse, 201);
    })
    .get('/:name', (c) => {
      const name = c.req.param('name');
      // Only a name the folder lists: no "..", no slashes, nothing outside the backups folder.
      const file = isBackupName(name) ? listBackups(dir).find((f) => f === join(dir, name)) : undefined;
      if (!file) throw problem('route.notFound');
      const backup = backupSummary(file);
      recordAudit(deps, c, { action: 'backup.download', target: `backup:${name}`, after: { encrypted: backup.encrypted, bytes: backup.bytes } });
      return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, {
        status: 200,
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(backup.bytes),
          'Content-Disposition': `attachment; filename="${name}"`,
        },
      });
    });
}
