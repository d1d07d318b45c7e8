// The contract samples of the hand-over import (decision 0016), beside samples.ts: a file sealed by a keyed device
// of the enumerator for this server, and the files it refuses.
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { ephemeralHandoverKey } from '#server/handover/key.ts';
import { handoverFileOf, registerKeyedDevice } from '../../helpers/handover-file.ts';
import type { Ctx, Sample } from './calls.ts';

const admin = { session: 'admin' } as const;

/** A file of one new interview of unit 01, from a fresh keyed device of the enumerator (dtv01). */
async function fileText(ctx: Ctx, server = ctx.t.handover.publicKey): Promise<string> {
  const device = await registerKeyedDevice(ctx.t, ctx.as.enumerator.cookie);
  const interviews = generateInterviews({
    version: hungYen2026.versions[0]!, unitNos: ['01'], accountId: ctx.as.enumerator.accountId, deviceId: device.deviceId, count: 1,
  }).map((interview) => ({ ...interview, id: crypto.randomUUID() }));
  return JSON.stringify(await handoverFileOf(device, interviews, server));
}

export const HANDOVER_SAMPLES = {
  'POST /api/admin/handover': {
    ok: async (ctx) => ({ as: admin, body: { name: 'phieu.phieu', content: await fileText(ctx) } }),
    refusals: async (ctx) => {
      const text = await fileText(ctx);
      const damaged = text.replace(/"checksum":"[0-9a-f]{64}"/, `"checksum":"${'0'.repeat(64)}"`);
      return [
        { why: 'a file cut short', as: admin, body: { content: text.slice(0, 200) }, status: 400, code: 'handover.unreadable' },
        { why: 'a file whose checksum does not match', as: admin, body: { content: damaged }, status: 400, code: 'handover.checksum' },
        {
          why: 'a file for another server', as: admin, body: { content: await fileText(ctx, ephemeralHandoverKey().publicKey) },
          status: 400, code: 'handover.otherServer',
        },
        { why: 'no file', as: admin, body: { name: 'x' }, status: 400, code: 'request.invalid' },
      ];
    },
  },
} satisfies Record<'POST /api/admin/handover', Sample>;
