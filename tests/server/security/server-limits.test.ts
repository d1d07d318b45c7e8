// Finding 8 of issue 17, the parts outside the HTTP app: the database files were world-readable (0644), and a slow
// request body was held for Node's default 300 s with no cap on connections.
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { startServer, type RunningServer } from '#server/serve.ts';

const dirs: string[] = [];
const servers: RunningServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phieu-limits-'));
  dirs.push(dir);
  return dir;
}
const mode = (path: string) => statSync(path).mode & 0o777;

describe('files of the data folder', () => {
  it('keeps the data folder 0700 and the database with its -wal and -shm files 0600', async () => {
    const dataDir = join(tempDir(), 'data');
    const server = await startServer({ dataDir, port: 0, staticDir: null, log: false });
    servers.push(server);
    const file = databaseFile(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(mode(path)).toBe(0o600);
  });

  it('tightens an older world-readable database when it is opened', () => {
    const file = join(tempDir(), 'old.sqlite');
    openDatabase(file).close();
    chmodSync(file, 0o644);
    openDatabase(file).close();
    expect(mode(file)).toBe(0o600);
  });
});

describe('connections', () => {
  it('holds a request only for the configured header and request timeouts, checked every second', async () => {
    const server = await startServer({ dataDir: tempDir(), port: 0, staticDir: null, log: false });
    servers.push(server);
    expect(server.http.requestTimeout).toBe(120_000);
    expect(server.http.headersTimeout).toBe(10_000);
    expect(server.http.maxConnections).toBe(512);
  });

  it('closes a connection beyond the cap at once', async () => {
    const server = await startServer({ dataDir: tempDir(), port: 0, staticDir: null, log: false, maxConnections: 2 });
    servers.push(server);
    const open = (): Promise<Socket> => new Promise((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => resolve(socket));
      socket.on('error', reject);
    });
    const held = [await open(), await open()];
    const third = await open();
    const closed = new Promise<boolean>((resolve) => { third.on('close', () => resolve(true)); });
    third.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(await closed).toBe(true);
    for (const socket of held) socket.destroy();
  });
});
