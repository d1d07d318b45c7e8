// The audit, backup and hand-over key parts of Deps for an app that lives only in this process (tests, benches): a random key
// held in memory, no anchor, backups in a fresh folder under the system's temp folder (made only when one is taken).
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../deps.ts';
import { ephemeralHandoverKey } from '../handover/key.ts';
import { KEY_BYTES } from './key-file.ts';

export function ephemeralAuditDeps(): Pick<Deps, 'audit' | 'backups' | 'handover'> {
  return {
    audit: { key: randomBytes(KEY_BYTES), appended: () => { /* no anchor: nothing outlives the process */ } },
    backups: { dir: join(tmpdir(), `phieu-backups-${randomUUID()}`), key: null, keep: 5 },
    handover: ephemeralHandoverKey(),
  };
}
