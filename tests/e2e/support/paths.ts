// Where the browser tests find the built client, relative to the repository rather than the working directory.
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));
