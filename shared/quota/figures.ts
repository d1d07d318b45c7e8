// Turns the counts a dashboard receives into the figures it shows: one Progress per unit, per mode, per
// sub-quota cell, and the totals row. The screens, the CSV and the .xlsx all call these, so they never disagree.
import type { ProvinceDashboard, SubQuotaQuestion, UnitFigures } from '../api/quota.ts';
import type { QuestionnaireVersion } from '../survey/questionnaire.ts';
import { questionsOf } from '../survey/questions.ts';
import type { SurveyMode } from '../survey/survey.ts';
import { addCounts, cellProgress, NO_COUNTS, progress, sumProgress, type CellProgress, type Progress } from './progress.ts';
import type { Counts } from './counts.ts';

export type UnitProgress = {
  no: string; name: string; kind: string;
  progress: Progress;
  /** Received per mode, only for the modes the survey runs in. */
  byMode: Partial<Record<SurveyMode, number>>;
  cells: CellProgress[];
};

export type ProvinceFigures = {
  rows: UnitProgress[];
  total: Progress;
  totalByMode: Partial<Record<SurveyMode, number>>;
  /** Summed over the rows, per cell code. */
  totalCells: CellProgress[];
  /** The modes worth a column of their own: all of them when the survey runs in more than one. */
  modeColumns: SurveyMode[];
};

export function unitProgress(unit: UnitFigures, modes: readonly SurveyMode[]): UnitProgress {
  const byMode: Partial<Record<SurveyMode, number>> = {};
  for (const mode of modes) byMode[mode] = unit.byMode[mode]?.received ?? 0;
  return {
    no: unit.no, name: unit.name, kind: unit.kind,
    progress: progress(unit.target, unit.counts, unit.waiting),
    byMode,
    cells: cellProgress(unit.cellTargets, unit.cells),
  };
}

/** Cells summed across units: targets and counts added per code, then the same arithmetic as one unit. */
export function sumCells(units: readonly Pick<UnitFigures, 'cellTargets' | 'cells'>[]): CellProgress[] {
  const targets: Record<string, number> = {};
  const counts: Record<string, Counts> = {};
  for (const unit of units) {
    for (const [code, n] of Object.entries(unit.cellTargets)) targets[code] = (targets[code] ?? 0) + n;
    for (const [code, c] of Object.entries(unit.cells)) counts[code] = addCounts(counts[code] ?? NO_COUNTS, c);
  }
  return cellProgress(targets, counts);
}

/** The rows of the given units (already filtered) and their totals. */
export function provinceFigures(dashboard: Pick<ProvinceDashboard, 'survey'>, units: readonly UnitFigures[]): ProvinceFigures {
  const modes = dashboard.survey.modes;
  const rows = units.map((unit) => unitProgress(unit, modes));
  const totalByMode: Partial<Record<SurveyMode, number>> = {};
  for (const mode of modes) totalByMode[mode] = rows.reduce((sum, row) => sum + (row.byMode[mode] ?? 0), 0);
  return {
    rows,
    total: sumProgress(rows.map((row) => row.progress)),
    totalByMode,
    totalCells: sumCells(units),
    modeColumns: modes.length > 1 ? [...modes] : [],
  };
}

/** The printed label of a cell's option code, or the code itself when the questionnaire has no such option. */
export function cellLabel(question: SubQuotaQuestion | null, code: string): string {
  return question?.options.find((option) => option.code === code)?.label ?? code;
}

/** Each day's received count with the running total, oldest first (the unknown day, '', stays last). */
export function cumulativeDays(byDay: readonly { day: string; counts: { received: number } }[]): { day: string; received: number; cumulative: number }[] {
  let running = 0;
  return byDay.map(({ day, counts }) => {
    running += counts.received;
    return { day, received: counts.received, cumulative: running };
  });
}

/** A part of a whole as a ratio (an enumerator's share of the unit); 0 when the whole is 0. */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/**
 * The sub-quota question as the dashboards show it, from the newest version (of those given) that asks it;
 * a variable no version asks is shown by its name, with no option labels.
 */
export function subQuotaQuestion(variable: string, versions: readonly QuestionnaireVersion[]): SubQuotaQuestion {
  for (const version of [...versions].reverse()) {
    const question = questionsOf(version).find((q) => q.variable === variable);
    if (question) {
      const options = 'options' in question ? question.options.map((o) => ({ code: String(o.code), label: o.label })) : [];
      return { variable, paperNumber: question.paperNumber, text: question.text, options };
    }
  }
  return { variable, paperNumber: variable, text: '', options: [] };
}
