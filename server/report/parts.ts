// The report's content in reading order, before any Word markup: numbered headings (I., 1., a)), sentences,
// and the tables they introduce. The page's outline and the .docx are both read from this one list.
import { formatDate, formatNumber, formatPercent } from '#shared/i18n/format.ts';
import type { OutlineHeading } from '#shared/report/schema.ts';
import type { ReportRequest } from '#shared/report/request.ts';
import { crosstabSentence, questionSentence, type Say } from '#shared/report/sentences.ts';
import type { Crosstab, ResultTable } from '#shared/tables/schema.ts';
import { totalQuota } from '#shared/survey/survey.ts';
import type { ReportData } from './load-report.ts';
import type { OtherTexts } from './other-texts.ts';

export type Part =
  | { kind: 'heading'; heading: OutlineHeading }
  | { kind: 'text'; text: string }
  | { kind: 'units' }
  | { kind: 'table'; table: ResultTable }
  | { kind: 'crosstab'; crosstab: Crosstab }
  | { kind: 'other'; other: OtherTexts };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
/** The Vietnamese alphabet's letters, as a document numbers its points: a), b), c), d), đ), e), g)… */
const LETTERS = [...'abcdđeghiklmnopqrstuvxy'];

function planParts(data: ReportData, request: ReportRequest, say: Say): Part[] {
  const h2 = (i: number, text: string): Part => ({ kind: 'heading', heading: { level: 2, number: `${i}.`, text } });
  const quota = totalQuota(data.survey);
  const achieved = Object.values(data.achieved).reduce((a, b) => a + b, 0);
  const approvedOnly = request.filters.statuses.length === 1 && request.filters.statuses[0] === 'approved';
  return [
    h2(1, say('report.plan.purpose')),
    { kind: 'text', text: data.survey.purpose?.trim() || say('report.plan.noPurpose') },
    h2(2, say('report.plan.units')),
    { kind: 'text', text: say('report.plan.unitsSentence', {
      units: formatNumber(data.survey.units.length), quota: formatNumber(quota), achieved: formatNumber(achieved),
      percent: formatPercent(quota ? achieved / quota : 0),
    }) },
    { kind: 'units' },
    h2(3, say('report.plan.fieldwork')),
    { kind: 'text', text: say('report.plan.dates', { start: formatDate(data.survey.fieldWindow.start), end: formatDate(data.survey.fieldWindow.end) }) },
    { kind: 'text', text: say('report.plan.modes', { modes: data.survey.modes.map((m) => say(`export.mode.${m}`)).join(', ') }) },
    { kind: 'text', text: say('report.plan.count', {
      count: formatNumber(data.total), statuses: say(approvedOnly ? 'report.plan.approvedOnly' : 'report.plan.allAccepted'),
    }) },
    ...(data.total === 0 ? [{ kind: 'text', text: say('report.plan.noInterviews') } satisfies Part] : []),
  ];
}

function questionParts(data: ReportData, say: Say): Part[] {
  const byVariable = new Map(data.tables.map((t) => [t.variable, t]));
  const placed = new Set(data.sections.flatMap((s) => s.variables));
  const groups = [
    ...data.sections.filter((s) => s.variables.length > 0),
    { title: say('report.section.more'), variables: data.tables.map((t) => t.variable).filter((v) => !placed.has(v)) },
  ].filter((g) => g.variables.length > 0);
  return groups.flatMap((group, i): Part[] => [
    { kind: 'heading', heading: { level: 2, number: `${i + 1}.`, text: group.title } },
    ...group.variables.flatMap((variable, j): Part[] => {
      const table = byVariable.get(variable)!;
      return [
        { kind: 'heading', heading: { level: 3, number: `${LETTERS[j % LETTERS.length]})`, text: table.title } },
        { kind: 'text', text: questionSentence(table, say) },
        { kind: 'table', table },
      ];
    }),
  ]);
}

function crosstabParts(data: ReportData, say: Say): Part[] {
  const made = data.crosstabs.flatMap((x, i): Part[] => {
    const sentence = crosstabSentence(x, say);
    return [
      { kind: 'heading', heading: { level: 2, number: `${i + 1}.`, text: say('report.crosstabHeading', { row: x.row.title, by: x.column.title }) } },
      ...(sentence ? [{ kind: 'text', text: sentence } satisfies Part] : []),
      { kind: 'crosstab', crosstab: x },
    ];
  });
  const refused = data.refused.map((r): Part => ({
    kind: 'text', text: say('report.refused', { row: r.row, by: r.by, reason: say(`problem.${r.code}`, r.params) }),
  }));
  return [...made, ...refused];
}

function otherParts(data: ReportData): Part[] {
  return data.other.flatMap((other, i): Part[] => [
    { kind: 'heading', heading: { level: 2, number: `${i + 1}.`, text: `${other.question} – ${other.option}` } },
    { kind: 'other', other },
  ]);
}

export function reportParts(data: ReportData, request: ReportRequest, say: Say): Part[] {
  const sections: [string, Part[]][] = [
    [say('report.section.plan'), planParts(data, request, say)],
    [say('report.section.results'), questionParts(data, say)],
    [say('report.section.crosstabs'), crosstabParts(data, say)],
    [say('report.section.other'), otherParts(data)],
  ];
  return sections.filter(([, parts]) => parts.length > 0).flatMap(([title, parts], i): Part[] => [
    { kind: 'heading', heading: { level: 1, number: `${ROMAN[i]}.`, text: title } }, ...parts,
  ]);
}

export function outlineOf(parts: readonly Part[]): OutlineHeading[] {
  return parts.flatMap((p) => (p.kind === 'heading' ? [p.heading] : []));
}
