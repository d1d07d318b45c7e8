// The JavaScript budgets, checked on the description of a build (build.ts): pure, so a test can hand it a
// build that breaks a rule. Sizes are gzipped at level 9. What the phone gets is what the service worker
// precaches: the entry chunk and every precached lazy chunk (decision 0010).

export type BuiltChunk = {
  file: string;
  /** The chunk holding client/src/main.tsx: the enumerator's app. */
  isEntry: boolean;
  /** Module ids (absolute paths) bundled into it. */
  modules: string[];
  imports: string[];
  dynamicImports: string[];
  gzipBytes: number;
};
export type ClientBuild = {
  chunks: BuiltChunk[];
  /** URLs (relative to the output folder) in the built service worker's precache manifest. */
  precached: string[];
  /** Module ids of office code: what the route tables load lazily, the admin folder, the office words. */
  officeModules: string[];
};
export type Budget = {
  name: string;
  limitKb: number;
  /** The chunk files it counts, or null when that part of the app is not built (yet). */
  files: (build: ClientBuild) => string[] | null;
};
export type Figure = { name: string; limitKb: number; kb: number | null };

/** The online respondent page's entry module. The online-mode issue creates it (with its HTML among Vite's
 * inputs); from then on its budget is measured and checked, and zod or Dexie in it fails the check. */
export const RESPONDENT_ENTRY = '/client/src/respond/main.tsx';
const ZOD = '/node_modules/zod/';
const DEXIE = '/node_modules/dexie/';

export const BUDGETS: readonly Budget[] = [
  { name: 'phone: all JS the service worker precaches', limitKb: 90, files: precachedChunks },
  { name: 'phone: entry chunk', limitKb: 80, files: (build) => build.chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.file) },
  { name: 'respondent page (online mode)', limitKb: 35, files: respondentFiles },
];

/** Every budget's figure in KB (one decimal), null for a part not built. */
export function measure(build: ClientBuild): Figure[] {
  return BUDGETS.map((budget) => {
    const files = budget.files(build);
    return { name: budget.name, limitKb: budget.limitKb, kb: files === null ? null : kilobytes(sizeOf(build, files)) };
  });
}

/** Every rule the build breaks, in words; empty when it keeps them all. */
export function checkBudgets(build: ClientBuild): string[] {
  const violations: string[] = [];
  for (const figure of measure(build)) {
    if (figure.kb !== null && figure.kb > figure.limitKb) violations.push(`${figure.name}: ${figure.kb} KB, over its ${figure.limitKb} KB`);
  }
  const entry = build.chunks.filter((chunk) => chunk.isEntry);
  if (entry.length === 0) violations.push('no entry chunk (holding client/src/main.tsx)');
  for (const chunk of entry) if (!build.precached.includes(chunk.file)) violations.push(`the entry chunk ${chunk.file} is not precached: the app would not open offline`);
  const known = new Set(build.chunks.map((chunk) => chunk.file));
  for (const url of build.precached) if (url.endsWith('.js') && !known.has(url)) violations.push(`the service worker precaches ${url}, which is no chunk of the app`);
  const office = new Set(build.officeModules);
  for (const chunk of build.chunks.filter((c) => build.precached.includes(c.file))) {
    const zod = chunk.modules.find((id) => id.includes(ZOD));
    if (zod) violations.push(`zod is precached for the phone: ${chunk.file} holds ${zod}`);
    const officeModule = chunk.modules.find((id) => office.has(id));
    if (officeModule) violations.push(`the service worker precaches office code: ${chunk.file} holds ${officeModule}`);
  }
  for (const file of respondentFiles(build) ?? []) {
    const heavy = build.chunks.find((chunk) => chunk.file === file)?.modules.find((id) => id.includes(ZOD) || id.includes(DEXIE));
    if (heavy) violations.push(`the respondent page carries ${heavy} (${file})`);
  }
  return violations;
}

/** One line per budget, with the room left, for the bench's output. */
export function describeFigures(figures: readonly Figure[]): string[] {
  return figures.map((figure) => (figure.kb === null
    ? `${figure.name}: not built yet (budget ${figure.limitKb} KB)`
    : `${figure.name}: ${figure.kb} KB of ${figure.limitKb} KB, ${kilobytes((figure.limitKb - figure.kb) * 1024)} KB left`));
}

function precachedChunks(build: ClientBuild): string[] {
  return build.chunks.filter((chunk) => build.precached.includes(chunk.file)).map((chunk) => chunk.file);
}

/** The chunk holding the respondent page's entry and every chunk it imports statically. */
function respondentFiles(build: ClientBuild): string[] | null {
  const holder = build.chunks.find((chunk) => chunk.modules.some((id) => id.endsWith(RESPONDENT_ENTRY)));
  if (!holder) return null;
  const byFile = new Map(build.chunks.map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
  };
  visit(holder.file);
  return [...seen];
}

function sizeOf(build: ClientBuild, files: readonly string[]): number {
  return build.chunks.filter((chunk) => files.includes(chunk.file)).reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}

function kilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
