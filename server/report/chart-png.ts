// The report's charts turned from SVG (shared/report/bar-chart.ts) into PNG with resvg, a maintained renderer whose
// binary comes from npm. It draws text with one font file, chosen here so every machine draws the same letters: a
// system font with Vietnamese letters (DejaVu Sans), or PHIEU_CHART_FONT; a missing font is a clear failure.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { problem } from '#shared/problems.ts';

export const DEFAULT_CHART_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
];
/** Pixels per SVG unit: twice the drawing's size, so the picture stays sharp when printed at 16 cm. */
export const CHART_SCALE = 2;

export function chartFont(env: Partial<Record<string, string>> = process.env): string {
  const chosen = env.PHIEU_CHART_FONT;
  if (chosen) {
    if (!existsSync(chosen)) throw problem('report.fontMissing', { file: chosen });
    return chosen;
  }
  const found = DEFAULT_CHART_FONTS.find((file) => existsSync(file));
  if (!found) throw problem('report.fontMissing', { file: DEFAULT_CHART_FONTS[0]! });
  return found;
}

export type ChartPng = { png: Buffer; width: number; height: number };

/** `width`/`height` are the SVG's own (the picture's size in the document); the PNG has CHART_SCALE times the pixels. */
export function chartPng(svg: string, font: string): ChartPng {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_SCALE },
    font: { loadSystemFonts: false, fontFiles: [font], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  }).render();
  return { png: rendered.asPng(), width: rendered.width / CHART_SCALE, height: rendered.height / CHART_SCALE };
}
