// Dates typed and shown the Vietnamese way whatever the browser's language: dd/mm/yyyy and dd/mm/yyyy hh:mm, read
// into ISO days (YYYY-MM-DD) and instants in Asia/Ho_Chi_Minh ("…T07:30:00+07:00"). Office code only.

const DAY = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;
const DAY_TIME = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:h](\d{2})\s*$/;

const pad = (n: string | number) => String(n).padStart(2, '0');

function isoDay(d: string, m: string, y: string): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** "28/5/2026" → "2026-05-28"; null when it is no real day. */
export function readDay(text: string): string | null {
  const m = DAY.exec(text);
  return m ? isoDay(m[1]!, m[2]!, m[3]!) : null;
}

/** "12/08/2022 07:30" → "2022-08-12T07:30:00+07:00"; null when it is no real day and time. */
export function readDayTime(text: string): string | null {
  const m = DAY_TIME.exec(text);
  if (!m) return null;
  const day = isoDay(m[1]!, m[2]!, m[3]!);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  return day && hour < 24 && minute < 60 ? `${day}T${pad(hour)}:${pad(minute)}:00+07:00` : null;
}

/** "2026-05-28" → "28/05/2026". */
export function showDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : '';
}

/** "2022-08-12T07:30:00+07:00" → "12/08/2022 07:30" (the instant in Asia/Ho_Chi_Minh). */
export function showDayTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + 7 * 3_600_000).toISOString();
  return `${showDay(local)} ${local.slice(11, 16)}`;
}
