// Interviews the office's read-only samples (results, report) count: twelve generated ones in the board's own unit,
// stored once per contract context and seed, so each resource's samples keep their own numbers.
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import type { Ctx } from './calls.ts';

const stored = new WeakMap<Ctx, Set<number>>();

export function withInterviews(ctx: Ctx, seed: number): void {
  const seeds = stored.get(ctx) ?? new Set<number>();
  stored.set(ctx, seeds);
  if (seeds.has(seed)) return;
  seeds.add(seed);
  const unitNo = hungYen2026.survey.units[0]!.no;
  storeInterviews(ctx.t.db, generateInterviews({ version: hungYen2026.versions[0]!, count: 12, seed, unitNos: [unitNo] }));
}
