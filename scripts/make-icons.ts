// Renders the app icon (an SVG drawn here: a paper form with ticked boxes on the brand blue) to the PNGs the
// web app manifest names, with Debian's Chromium. Run after changing the drawing: `npx tsx scripts/make-icons.ts`;
// the PNGs are committed in client/public/, so a build never needs a browser.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT = fileURLToPath(new URL('../client/public/', import.meta.url));
const BRAND = '#0b3d91';

/** `safe`: the share of the square the drawing may use (maskable icons keep to the central 80 % circle). */
function svg(size: number, options: { rounded: boolean; safe: number }): string {
  const s = size;
  const inset = (s * (1 - options.safe)) / 2;
  const inner = s - 2 * inset;
  const u = inner / 100; // drawing units: the form fits a 100 × 100 box inside the safe area
  const at = (x: number) => inset + x * u;
  const radius = options.rounded ? s * 0.18 : 0;
  const row = (y: number, ticked: boolean) => `
    <rect x="${at(30)}" y="${at(y)}" width="${10 * u}" height="${10 * u}" fill="none" stroke="${BRAND}" stroke-width="${2.6 * u}"/>
    ${ticked ? `<path d="M${at(31.5)} ${at(y + 5)} l${3.5 * u} ${3.5 * u} l${6 * u} ${-8 * u}" fill="none" stroke="${BRAND}" stroke-width="${3 * u}" stroke-linecap="round" stroke-linejoin="round"/>` : ''}
    <rect x="${at(45)}" y="${at(y + 3)}" width="${25 * u}" height="${4 * u}" rx="${2 * u}" fill="${BRAND}" opacity=".55"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
    <rect width="${s}" height="${s}" rx="${radius}" fill="${BRAND}"/>
    <rect x="${at(20)}" y="${at(10)}" width="${60 * u}" height="${80 * u}" rx="${5 * u}" fill="#fff"/>
    <rect x="${at(30)}" y="${at(19)}" width="${40 * u}" height="${6 * u}" rx="${3 * u}" fill="${BRAND}"/>
    ${row(34, true)}${row(50, false)}${row(66, true)}
  </svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, rounded: true, safe: 0.92 },
  { file: 'icon-512.png', size: 512, rounded: true, safe: 0.92 },
  { file: 'icon-512-maskable.png', size: 512, rounded: false, safe: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, safe: 0.85 },
];

const browser = await chromium.launch({ executablePath: process.env.PHIEU_CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<html><body style="margin:0">${svg(icon.size, icon)}</body></html>`);
    writeFileSync(`${OUT}${icon.file}`, await page.locator('svg').screenshot({ omitBackground: true }));
  }
  writeFileSync(`${OUT}icon.svg`, svg(512, { rounded: true, safe: 0.92 }));
} finally {
  await browser.close();
}
