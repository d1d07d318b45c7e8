// A horizontal bar chart drawn as SVG beside a table, which stays the reading for screen readers and print: the
// chart is one image (role="img") whose label says what it shows. Percentages 0–100; bars scale to the largest.
// (The Word report draws its own pure SVG in shared/; the two could be folded into one later.)
import { For } from 'solid-js';

export type Bar = { label: string; percent: number; text: string };

const ROW = 22;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 260;

export function BarChart(props: { label: string; bars: readonly Bar[] }) {
  const top = () => Math.max(1, ...props.bars.map((b) => b.percent));
  const height = () => props.bars.length * ROW + 4;
  const short = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);
  return (
    <svg class="results-chart" role="img" aria-label={props.label} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 70} ${height()}`}
      width="100%" style={{ 'max-width': '560px' }}>
      <For each={props.bars}>
        {(bar, i) => (
          <g transform={`translate(0 ${i() * ROW + 2})`}>
            <title>{`${bar.label}: ${bar.text}`}</title>
            <text x={LABEL_WIDTH - 6} y={ROW / 2 + 4} text-anchor="end" font-size="12">{short(bar.label)}</text>
            <rect x={LABEL_WIDTH} y={3} height={ROW - 6} width={(bar.percent / top()) * BAR_WIDTH} fill="#2f6f9f" />
            <text x={LABEL_WIDTH + (bar.percent / top()) * BAR_WIDTH + 4} y={ROW / 2 + 4} font-size="12">{bar.text}</text>
          </g>
        )}
      </For>
    </svg>
  );
}
