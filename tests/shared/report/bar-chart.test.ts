// The shared chart is plain SVG: bars as long as their share of 100 %, labels escaped whatever they hold, long
// labels wrapped; the same text the results page can draw and the report renders to PNG.
import { describe, expect, it } from 'vitest';
import { barChartSvg, barLength, CHART_LAYOUT, escapeXml, stackedBarChartSvg, wrapLabel } from '#shared/report/bar-chart.ts';

describe('the bar chart', () => {
  it('draws each bar as long as its percentage of the span, clamped to 0–100', () => {
    const svg = barChartSvg([{ label: 'Có', value: 40, text: '40 %' }, { label: 'Không', value: 60, text: '60 %' }, { label: 'Hơn', value: 130, text: '130 %' }]);
    const widths = [...svg.matchAll(/<rect x="\d+" y="\d+" width="([\d.]+)" height="22"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([barLength(40), barLength(60), barLength(100)].map((w) => Number(w.toFixed(2))));
    expect(barLength(60) / barLength(40)).toBeCloseTo(1.5, 5);
    expect(barLength(-5)).toBe(0);
  });

  it('escapes quotes, angle brackets and ampersands, and turns line breaks into spaces', () => {
    expect(escapeXml('a "b" \'c\' <d> & e\nf\tg')).toBe('a &quot;b&quot; &apos;c&apos; &lt;d&gt; &amp; e f g');
    const svg = barChartSvg([{ label: 'Ý kiến “kép” <b>\n中文 🙂', value: 50, text: '50 %' }]);
    expect(svg).toContain('Ý kiến “kép” &lt;b&gt; 中文 🙂');
    expect(svg).not.toContain('<b>');
  });

  it('wraps a long label at spaces, at most three lines', () => {
    expect(wrapLabel('Cán bộ, công chức, viên chức', 14)).toEqual(['Cán bộ, công', 'chức, viên', 'chức']);
    const lines = wrapLabel('một hai ba bốn năm sáu bảy tám chín mười mười một', 8);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('stacks a grid row\'s answers side by side with a legend', () => {
    const svg = stackedBarChartSvg([{ label: 'Hàng 1', segments: [{ value: 30, text: '' }, { value: 70, text: '' }] }], ['Tốt', 'Chưa tốt']);
    const xs = [...svg.matchAll(/<rect x="([\d.]+)" y="12" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(xs).toEqual([[CHART_LAYOUT.labelWidth + 8, Number(barLength(30).toFixed(2))], [Number((CHART_LAYOUT.labelWidth + 8 + barLength(30)).toFixed(2)), Number(barLength(70).toFixed(2))]]);
    expect(svg).toContain('>Chưa tốt</text>');
  });
});
