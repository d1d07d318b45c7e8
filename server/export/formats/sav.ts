// The export as an SPSS system file: columns become variables (formats, labels, missing values, levels),
// multiple choices become multiple dichotomy sets, interview days become SPSS dates.
import { spssDate, type Cell } from '#shared/exporting/cells.ts';
import type { ExportColumn } from '#shared/exporting/columns.ts';
import type { SavDictionary, SavVariable } from '../sav/dictionary.ts';
import { writeSav, type SavValue } from '../sav/write-sav.ts';
import type { ExportSource } from '../open-source.ts';
import type { ExportPlan } from '../plan-export.ts';

function variableOf(column: ExportColumn): SavVariable {
  const common = { name: column.name, label: column.label, valueLabels: column.valueLabels, measure: column.measure };
  switch (column.type) {
    case 'string':
      return { ...common, width: column.width, format: { type: 'A', width: column.width, decimals: 0 },
        missing: column.missing.map(String), displayWidth: Math.min(40, column.width) };
    case 'date':
      return { ...common, width: 0, format: { type: 'EDATE', width: 10, decimals: 0 }, missing: column.missing, displayWidth: 10 };
    case 'numeric':
      return { ...common, width: 0, format: { type: 'F', width: Math.max(column.width, column.decimals + 2), decimals: column.decimals },
        missing: column.missing, displayWidth: 8 };
  }
}

export function savDictionary(plan: ExportPlan, source: ExportSource): SavDictionary {
  return {
    fileLabel: plan.survey.title,
    createdAt: plan.createdAt,
    caseCount: source.count,
    variables: source.columns.map(variableOf),
    sets: plan.layout.sets.map((set) => ({ name: set.name, label: set.label, countedValue: set.countedValue, variables: set.columns })),
  };
}

function* savRows(columns: readonly ExportColumn[], rows: Iterable<Cell[]>): Generator<SavValue[]> {
  const dates = columns.flatMap((c, i) => (c.type === 'date' ? [i] : []));
  const seconds = new Map<string, number>(); // a survey has few distinct days
  for (const cells of rows) {
    for (const i of dates) {
      const cell = cells[i];
      if (typeof cell !== 'string') continue;
      let value = seconds.get(cell);
      if (value === undefined) seconds.set(cell, value = spssDate(cell));
      cells[i] = value;
    }
    yield cells;
  }
}

export function savChunks(plan: ExportPlan, source: ExportSource): AsyncGenerator<Uint8Array> {
  return writeSav(savDictionary(plan, source), savRows(source.columns, source.rows()));
}
