// Runs one of the project's command-line scripts as an office runs it (`npm run X` is tsx on the file), on a data
// folder and in a language: its exit code and all it printed. The audit key and anchor are found beside the data
// folder (`<dataDir>-keys`), never taken from a variable of the shell running the tests.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

export type ScriptResult = { code: number; out: string };

export async function runScript(file: string, args: readonly string[], dataDir: string, lang = 'vi'): Promise<ScriptResult> {
  const { PHIEU_AUDIT_KEY_FILE: _key, PHIEU_AUDIT_ANCHOR_FILE: _anchor, ...env } = process.env;
  try {
    const { stdout, stderr } = await run(tsx, [file, ...args], { env: { ...env, PHIEU_DATA_DIR: dataDir, PHIEU_LANG: lang } });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
