// Horizontal bar charts as plain SVG text, pure so the results page and the Word report draw the same chart.
// A bar's length is its value's share of the scale's 100 %: the report's test measures it against the table.
export type Bar = { label: string; value: number; text: string };
export type Segment = { value: number; text: string };
export type StackedBar = { label: string; segments: Segment[] };
export type ChartLayout = { width: number; labelWidth: number; barHeight: number; gap: number; top: number; fontSize: number; fontFamily: string };

export const CHART_LAYOUT: ChartLayout = {
  width: 640, labelWidth: 240, barHeight: 22, gap: 12, top: 12, fontSize: 13, fontFamily: 'DejaVu Sans, Arial, sans-serif',
};
export const BAR_COLOUR = '#1f4e79';
/** A five-point scale from the darkest to the lightest, then greys for further points. */
export const SEGMENT_COLOURS = ['#1f4e79', '#2e75b6', '#9dc3e6', '#f4b183', '#c55a11', '#7f7f7f', '#bfbfbf'];
/** Room at the right of the bars for the value's text. */
const VALUE_ROOM = 70;

/** Quotes, angle brackets and ampersands escaped; newlines and other control characters become spaces. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes: XML 1.0 forbids most of them.
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Breaks a label into lines of at most `width` characters, at spaces where it can (at most three lines). */
export function wrapLabel(label: string, width: number): string[] {
  const words = label.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= width || !line) line = next;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines;
  return [...lines.slice(0, 2), `${lines[2]!.slice(0, Math.max(1, width - 1))}…`];
}

/** The length in pixels of a bar worth `value` % (0–100, clamped). */
export function barLength(value: number, layout: ChartLayout = CHART_LAYOUT): number {
  const span = layout.width - layout.labelWidth - VALUE_ROOM;
  return (Math.min(100, Math.max(0, value)) / 100) * span;
}

const labelLines = (label: string, layout: ChartLayout) => wrapLabel(label, Math.floor(layout.labelWidth / (layout.fontSize * 0.55)));

/** Where each bar stands: a row is one bar high plus the gap, or taller when its label wraps onto more lines. */
export function barRows(labels: readonly string[], layout: ChartLayout = CHART_LAYOUT): { y: number; bottom: number }[] {
  let y = layout.top;
  return labels.map((label) => {
    const text = labelLines(label, layout).length * layout.fontSize * 1.15 + 4;
    const row = Math.max(layout.barHeight + layout.gap, Math.ceil(text + layout.gap / 2));
    const top = y + (row - layout.gap - layout.barHeight) / 2;
    y += row;
    return { y: Math.round(top), bottom: y };
  });
}

function labelText(label: string, x: number, middle: number, layout: ChartLayout): string {
  const lines = labelLines(label, layout);
  const lineHeight = layout.fontSize * 1.15;
  const first = middle - ((lines.length - 1) * lineHeight) / 2 + layout.fontSize * 0.35;
  return lines.map((line, i) => `<text x="${x}" y="${(first + i * lineHeight).toFixed(1)}" text-anchor="end">${escapeXml(line)}</text>`).join('');
}

function frame(height: number, body: string, layout: ChartLayout): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${height}" viewBox="0 0 ${layout.width} ${height}" `
    + `font-family="${escapeXml(layout.fontFamily)}" font-size="${layout.fontSize}">`
    + `<rect width="${layout.width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
}

/** One bar per category; `value` in % of the table's base. */
export function barChartSvg(bars: readonly Bar[], layout: ChartLayout = CHART_LAYOUT): string {
  const rows = barRows(bars.map((b) => b.label), layout);
  const height = (rows.at(-1)?.bottom ?? layout.top + layout.barHeight + layout.gap) + layout.top;
  const x0 = layout.labelWidth + 8;
  const body = bars.map((bar, i) => {
    const { y } = rows[i]!;
    const length = barLength(bar.value, layout);
    return labelText(bar.label, layout.labelWidth, y + layout.barHeight / 2, layout)
      + `<rect x="${x0}" y="${y}" width="${length.toFixed(2)}" height="${layout.barHeight}" fill="${BAR_COLOUR}"/>`
      + `<text x="${(x0 + length + 6).toFixed(1)}" y="${(y + layout.barHeight / 2 + layout.fontSize * 0.35).toFixed(1)}">${escapeXml(bar.text)}</text>`;
  }).join('');
  return frame(height, `<line x1="${x0}" y1="${layout.top - 4}" x2="${x0}" y2="${height - layout.top + 4}" stroke="#595959"/>${body}`, layout);
}

/** One bar per row, its segments side by side (a grid's answers on the shared scale), with a legend below. */
export function stackedBarChartSvg(rows: readonly StackedBar[], legend: readonly string[], layout: ChartLayout = CHART_LAYOUT): string {
  const places = barRows(rows.map((r) => r.label), layout);
  const legendTop = (places.at(-1)?.bottom ?? layout.top + layout.barHeight + layout.gap) + 6;
  const legendStep = layout.fontSize * 1.6;
  const height = legendTop + legend.length * legendStep + layout.top;
  const x0 = layout.labelWidth + 8;
  const body = rows.map((row, i) => {
    const { y } = places[i]!;
    let x = x0;
    const parts = row.segments.map((segment, s) => {
      const length = barLength(segment.value, layout);
      const rect = `<rect x="${x.toFixed(2)}" y="${y}" width="${length.toFixed(2)}" height="${layout.barHeight}" fill="${SEGMENT_COLOURS[s % SEGMENT_COLOURS.length]}"/>`;
      x += length;
      return rect;
    }).join('');
    return labelText(row.label, layout.labelWidth, y + layout.barHeight / 2, layout) + parts;
  }).join('');
  const keys = legend.map((name, s) => {
    const y = legendTop + s * legendStep;
    return `<rect x="${x0}" y="${y}" width="${layout.fontSize}" height="${layout.fontSize}" fill="${SEGMENT_COLOURS[s % SEGMENT_COLOURS.length]}"/>`
      + `<text x="${x0 + layout.fontSize + 6}" y="${(y + layout.fontSize * 0.85).toFixed(1)}">${escapeXml(name)}</text>`;
  }).join('');
  return frame(height, body + keys, layout);
}
