// Reading a Word report back for its tests: the .docx's XML parts and pictures, a picture's pixels (decoded by
// resvg from an SVG that holds it), the bars measured in them, and LibreOffice's PDF of it as text (pdftotext).
// A missing soffice or pdftotext fails the test with what to install (CI installs both), never skips it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import { strFromU8, unzipSync } from 'fflate';
import { BAR_COLOUR, barRows, CHART_LAYOUT, SEGMENT_COLOURS } from '#shared/report/bar-chart.ts';
import type { Figure } from '#shared/report/figures.ts';
import { CHART_SCALE } from '#server/report/chart-png.ts';

const run = promisify(execFile);

export type Docx = { xml: (part: string) => string; file: (part: string) => Uint8Array; parts: string[] };

export function readDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  const file = (part: string) => {
    const found = files[part];
    if (!found) throw new Error(`no ${part} in the .docx (has ${Object.keys(files).join(', ')})`);
    return found;
  };
  return { file, xml: (part) => strFromU8(file(part)), parts: Object.keys(files) };
}

/** Each picture of the document in order: its alt title (the table's title) and its PNG bytes. */
export function pictures(docx: Docx): { title: string; png: Uint8Array }[] {
  const rels = docx.xml('word/_rels/document.xml.rels');
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const found: { title: string; png: Uint8Array }[] = [];
  for (const m of docx.xml('word/document.xml').matchAll(/<wp:docPr [^>]*title="([^"]*)"[^>]*\/>[\s\S]*?r:embed="([^"]+)"/g)) {
    const t = target(m[2]!);
    found.push({ title: unescapeXml(m[1]!), png: docx.file(`word/${t![1] ?? t![2]}`) });
  }
  return found;
}

export function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export type Pixels = { width: number; height: number; at: (x: number, y: number) => [number, number, number, number] };

/** A PNG's RGBA pixels, decoded by drawing it into an SVG of its own size. */
export function pngPixels(png: Uint8Array): Pixels {
  const view = Buffer.from(png);
  const width = view.readUInt32BE(16);
  const height = view.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}">`
    + `<image width="${width}" height="${height}" xlink:href="data:image/png;base64,${view.toString('base64')}"/></svg>`;
  const data = new Resvg(svg).render().pixels;
  return { width, height, at: (x, y) => { const i = (y * width + x) * 4; return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!]; } };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (p: readonly number[], c: readonly number[]) => c.every((v, i) => Math.abs(v - p[i]!) <= 12);

/** How many distinct colours the picture has (a blank one has one). */
export function colourCount(p: Pixels): number {
  const seen = new Set<number>();
  for (let y = 0; y < p.height; y += 2) for (let x = 0; x < p.width; x += 2) { const [r, g, b] = p.at(x, y); seen.add((r << 16) | (g << 8) | b); }
  return seen.size;
}

/** Each bar's coloured runs (in SVG units), read along the bar's middle line from the axis rightwards. */
export function measureBars(p: Pixels, figure: Figure): number[][] {
  const { barHeight, labelWidth } = CHART_LAYOUT;
  const bars = figure.kind === 'bars' ? figure.bars.map((b) => [b.value]) : figure.rows.map((r) => r.segments.map((s) => s.value));
  const rows = barRows(figure.kind === 'bars' ? figure.bars.map((b) => b.label) : figure.rows.map((r) => r.label));
  return bars.map((values, i) => {
    const y = Math.round((rows[i]!.y + barHeight / 2) * CHART_SCALE);
    let x = Math.round((labelWidth + 8) * CHART_SCALE) + 1;
    return values.map((value, s) => {
      const colour = rgb(figure.kind === 'bars' ? BAR_COLOUR : SEGMENT_COLOURS[s % SEGMENT_COLOURS.length]!);
      if (value <= 0) return 0;
      // A segment's edge is smoothed into a blend of two colours: step over at most two such pixels, counting them.
      let length = 0;
      while (length < 2 && x < p.width && !near(p.at(x, y), colour)) { length += 1; x += 1; }
      while (x < p.width && near(p.at(x, y), colour)) { length += 1; x += 1; }
      return length / CHART_SCALE;
    });
  });
}

async function need(program: string, pkg: string): Promise<void> {
  try {
    await run('sh', ['-c', `command -v ${program}`]);
  } catch {
    throw new Error(`${program} is missing: install ${pkg} (apt-get install -y --no-install-recommends ${pkg}); .ci/run does`);
  }
}

/** The .docx converted by LibreOffice (its own profile folder, so runs never share a lock) and read by pdftotext. */
export async function docxToPdfText(docx: Uint8Array): Promise<{ text: string; layout: string; pdf: string; info: string }> {
  await need('soffice', 'libreoffice-writer-nogui');
  await need('pdftotext', 'poppler-utils');
  const dir = mkdtempSync(join(tmpdir(), 'phieu-report-'));
  writeFileSync(join(dir, 'report.docx'), docx);
  await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { timeout: 120_000 });
  const pdf = join(dir, 'report.pdf');
  await run('pdftotext', ['-enc', 'UTF-8', pdf, join(dir, 'report.txt')]);
  await run('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, join(dir, 'layout.txt')]);
  const info = (await run('pdfinfo', [pdf])).stdout;
  return { text: readFileSync(join(dir, 'report.txt'), 'utf8'), layout: readFileSync(join(dir, 'layout.txt'), 'utf8'), pdf, info };
}

/** Without spaces of any kind: line ends of wrapped titles, no-break spaces of "45,5 %", and the spaces pdftotext
 * puts inside a word whose letters come from a fallback font ("T ỷ lệ") all vanish alike. */
export const squash = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, '');
