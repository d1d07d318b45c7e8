// The app's version as released (package.json), reported by /api/health and stamped on exports.
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const APP_VERSION: string = packageJson.version;
