// SQL for each device's clock offset (server − device), measured at every sync batch.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

const upsertStmt = prepared<[string, number, string]>(
  `INSERT INTO device_clocks (device_id, clock_offset_ms, measured_at) VALUES (?, ?, ?)
   ON CONFLICT (device_id) DO UPDATE SET clock_offset_ms = excluded.clock_offset_ms, measured_at = excluded.measured_at`,
);
export function recordDeviceClock(db: Db, deviceId: string, clockOffsetMs: number, at: string): void {
  upsertStmt(db).run(deviceId, clockOffsetMs, at);
}

const byIdStmt = prepared<[string], { clockOffsetMs: number; measuredAt: string }>(
  'SELECT clock_offset_ms AS clockOffsetMs, measured_at AS measuredAt FROM device_clocks WHERE device_id = ?',
);
export function findDeviceClock(db: Db, deviceId: string): { clockOffsetMs: number; measuredAt: string } | undefined {
  return byIdStmt(db).get(deviceId);
}
