// `npm test`: typecheck, lint, then every vitest project (quick, tools, browser), then one plain closing line
// "N passed, N failed" that CI reads. Under CI=true a skipped test counts as a failure: nothing may skip there.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

type VitestJson = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };

const bin = (name: string) => `node_modules/.bin/${name}`;
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

console.log('▶ typecheck (tsc --noEmit)');
const typecheckFailed = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0;

console.log('▶ lint (eslint with type information)');
const lintFailed = run(bin('eslint'), ['.']) !== 0;

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
console.log('▶ vitest (quick, tools, browser)');
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

let result: VitestJson;
try {
  result = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
} catch {
  result = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, success: false };
}
const skipped = result.numPendingTests + result.numTodoTests;
const skipsFail = process.env.CI === 'true' && skipped > 0;
const failedChecks = [typecheckFailed, lintFailed];
const passed = result.numPassedTests + failedChecks.filter((failedCheck) => !failedCheck).length;
const failed = result.numFailedTests + failedChecks.filter(Boolean).length + (skipsFail ? skipped : 0) + (vitestStatus !== 0 && result.numFailedTests === 0 ? 1 : 0);

if (typecheckFailed) console.log('✗ typecheck failed');
if (lintFailed) console.log('✗ lint failed');
if (skipsFail) console.log(`✗ ${skipped} test(s) skipped under CI=true`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
