// Word markup of the report's parts: numbered headings, sentences, each table with its title above and its source
// line below, its chart (a PNG of the shared SVG chart), and an empty "Nhận xét" paragraph for the analyst.
import {
  AlignmentType, ImageRun, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild,
} from 'docx';
import { barChartSvg, stackedBarChartSvg } from '#shared/report/bar-chart.ts';
import { crosstabFigure, figureOf, type Figure } from '#shared/report/figures.ts';
import type { Say } from '#shared/report/sentences.ts';
import { crosstabCells, n, p1, tableCells, type Cells } from '#shared/report/table-cells.ts';
import { formatNumber } from '#shared/i18n/format.ts';
import type { OutlineHeading } from '#shared/report/schema.ts';
import { chartPng } from './chart-png.ts';
import { body, centred, mm, run, runs, SIZE, TEXT_WIDTH } from './docx-style.ts';
import type { ReportData } from './load-report.ts';
import type { Part } from './parts.ts';

/** The chart's width on the page: the text's width less a little, in pixels at 96 dpi (what ImageRun measures in). */
const CHART_WIDTH_PX = Math.round(((TEXT_WIDTH / 1440) * 96) * 0.95);
/** Longest list of "other" texts printed per question; the rest are counted in one line. */
export const OTHER_LISTED = 60;

export type RenderContext = { say: Say; data: ReportData; font: string; tableNo: number; chartNo: number };

function heading(h: OutlineHeading): Paragraph {
  const options = h.level === 3 ? { bold: true, italics: true } : { bold: true };
  return new Paragraph({
    spacing: { before: h.level === 1 ? 240 : 160, after: 80 }, indent: { firstLine: mm(10) }, keepNext: true,
    children: runs(`${h.number} ${h.level === 1 ? h.text.toUpperCase() : h.text}`, options),
  });
}

function grid(cells: Cells): Table {
  const columns = cells.header.length;
  // A wide cross-tab (two figures per group) gets smaller type and a narrower first column, so "100,0" fits a cell.
  const wide = columns > 5;
  const first = columns === 2 ? 0.6 : wide ? 0.24 : Math.max(0.3, 1 - 0.19 * (columns - 1));
  const size = wide ? SIZE.small : SIZE.table;
  const firstWidth = Math.round(TEXT_WIDTH * first);
  const rest = Math.floor((TEXT_WIDTH - firstWidth) / Math.max(1, columns - 1));
  const widths = [firstWidth, ...Array<number>(columns - 1).fill(rest)];
  const line = (texts: string[], bold: boolean) => new TableRow({
    cantSplit: true,
    children: texts.map((text, i) => new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      children: [new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: runs(text, { size, bold }) })],
    })),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED,
    margins: { left: 57, right: 57 },
    rows: [line(cells.header, true), ...cells.body.map((texts, i) => line(texts, cells.bold.includes(i)))],
  });
}

function chart(figure: Figure | null, title: string, ctx: RenderContext): FileChild[] {
  if (!figure) return [];
  const svg = figure.kind === 'bars' ? barChartSvg(figure.bars) : stackedBarChartSvg(figure.rows, figure.legend);
  const { png, width, height } = chartPng(svg, ctx.font);
  const scale = CHART_WIDTH_PX / width;
  ctx.chartNo += 1;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { before: 120 }, keepNext: true,
      children: [new ImageRun({ type: 'png', data: png, transformation: { width: CHART_WIDTH_PX, height: Math.round(height * scale) }, altText: { name: `chart-${ctx.chartNo}`, title, description: title } })],
    }),
    centred(ctx.say('report.chart', { n: ctx.chartNo, title }), { italics: true, size: SIZE.note }, { after: 120 }),
  ];
}

function captioned(title: string, cells: Cells, base: number, figure: Figure | null, ctx: RenderContext): FileChild[] {
  ctx.tableNo += 1;
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, keepNext: true, children: runs(ctx.say('report.table', { n: ctx.tableNo, title }), { bold: true, size: SIZE.table }) }),
    grid(cells),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 60 }, children: [run(ctx.say('report.source', { survey: ctx.data.survey.title, n: formatNumber(base) }), { italics: true, size: SIZE.note })] }),
    ...chart(figure, title, ctx),
    new Paragraph({ spacing: { before: 60 }, indent: { firstLine: mm(10) }, children: [run(ctx.say('report.comment'), { bold: true, italics: true })] }),
    new Paragraph({ children: [] }),
  ];
}

function unitsCells(ctx: RenderContext): Cells {
  const { survey, achieved } = ctx.data;
  const body = survey.units.map((u) => {
    const got = achieved[u.no] ?? 0;
    return [`${u.no}. ${u.name}`, n(u.quota), n(got), p1(u.quota ? (got / u.quota) * 100 : 0)];
  });
  const quota = survey.units.reduce((a, u) => a + u.quota, 0);
  const got = Object.values(achieved).reduce((a, b) => a + b, 0);
  const say = ctx.say;
  return {
    header: [say('report.column.unit'), say('report.column.quota'), say('report.column.achieved'), say('report.column.reached')],
    body: [...body, [say('results.column.total'), n(quota), n(got), p1(quota ? (got / quota) * 100 : 0)]], bold: [body.length],
  };
}

export function renderPart(part: Part, ctx: RenderContext): FileChild[] {
  switch (part.kind) {
    case 'heading': return [heading(part.heading)];
    case 'text': return [body(part.text)];
    case 'units': return captioned(ctx.say('report.plan.units'), unitsCells(ctx), ctx.data.total, null, ctx);
    case 'table': return captioned(part.table.title, tableCells(part.table, ctx.say), part.table.total, figureOf(part.table), ctx);
    case 'crosstab': {
      const title = ctx.say('report.crosstabHeading', { row: part.crosstab.row.title, by: part.crosstab.column.title });
      return captioned(title, crosstabCells(part.crosstab, ctx.say), part.crosstab.total, crosstabFigure(part.crosstab), ctx);
    }
    case 'other': {
      const { texts } = part.other;
      if (texts.length === 0) return [body(ctx.say('report.other.none'))];
      const listed = texts.slice(0, OTHER_LISTED).map((t) => [t.text, n(t.count)]);
      const more = texts.slice(OTHER_LISTED).reduce((a, t) => a + t.count, 0);
      const cells: Cells = {
        header: [ctx.say('report.column.text'), ctx.say('report.column.times')],
        body: more ? [...listed, [`… (${n(texts.length - OTHER_LISTED)})`, n(more)]] : listed, bold: [],
      };
      return captioned(`${part.other.question} – ${part.other.option}`, cells, texts.reduce((a, t) => a + t.count, 0), null, ctx);
    }
  }
}
