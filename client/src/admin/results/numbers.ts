// Numbers of the results as people read them: percentages "45,5 %" (vi) and statistics to two decimals.
import { formatPercent } from '#shared/i18n/format.ts';
import type { Language } from '#shared/i18n/languages.ts';

/** `percent` is 0–100, as the tables carry it. */
export const percentText = (percent: number, language: Language): string => formatPercent(percent / 100, language);

export function decimalText(value: number | null, language: Language, digits = 2): string {
  if (value === null) return '';
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}
