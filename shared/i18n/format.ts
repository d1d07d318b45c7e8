// One formatter for every screen and export: dates dd/mm/yyyy and times in Asia/Ho_Chi_Minh whatever the
// machine's time zone; numbers and percentages in the reader's language ("1.000", "45,5 %" in Vietnamese).
import type { Language } from './languages.ts';

export const SURVEY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SURVEY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

type Instant = number | string | Date;

function partsOf(at: Instant): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date-time: ${String(at)}`);
  const out = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const part of dateParts.formatToParts(date)) {
    if (part.type in out) out[part.type as keyof typeof out] = part.value;
  }
  return out;
}

/** 28/05/2026 */
export function formatDate(at: Instant): string {
  const p = partsOf(at);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 28/05/2026 from a survey day (YYYY-MM-DD, already Vietnam's calendar day): no time zone applies. */
export function formatDay(day: string): string {
  return day.split('-').reverse().join('/');
}

/** 28/05/2026 07:30 */
export function formatDateTime(at: Instant): string {
  const p = partsOf(at);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 07:30 */
export function formatTime(at: Instant): string {
  const p = partsOf(at);
  return `${p.hour}:${p.minute}`;
}

/** Asia/Ho_Chi_Minh has kept UTC+7 all year, without daylight saving, since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * The calendar day in Asia/Ho_Chi_Minh as YYYY-MM-DD: the key for "by day" figures and field-window checks.
 * Plain arithmetic on the instant (no Intl): it runs for every interview of every sync batch.
 */
export function surveyDay(at: Instant): string {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${String(at)}`);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

const numberFormats: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

/** 1.000 (vi), 1,000 (en) */
export function formatNumber(value: number, language: Language = 'vi'): string {
  return numberFormats[language].format(value);
}

/** 45,5 % (vi), 45.5% (en); `ratio` is 0..1 and may exceed 1 (over quota is shown, never capped). */
export function formatPercent(ratio: number, language: Language = 'vi', fractionDigits = 1): string {
  const value = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }).format(ratio * 100);
  return language === 'vi' ? `${value}\u00a0%` : `${value}%`;
}
