// One interview as a row of cells in layout order. Numbers for numeric columns (null = system-missing),
// text for string columns ('' when absent), YYYY-MM-DD for date columns; declared missing codes kept as codes.
// Answers are read by variable name, so any questionnaire version fills the columns it has.
import { codeOfAnswer } from '../coding/coded.ts';
import type { ExportColumn } from './columns.ts';

export type ExportRecord = {
  id: string;
  serial: string | null;
  unitNo: string;
  unitName: string;
  mode: string;
  entry: string;
  interviewer: string;
  interviewDay: string | null;
  status: string;
  version: number;
  /** The flags still open (read only by the review's columns). */
  flags?: readonly string[];
  /** The stored answers, parsed from JSON (validated when the interview was received). */
  answers: Record<string, unknown>;
};

export type Cell = number | string | null;
type Getter = (record: ExportRecord) => Cell;

const MODE_CODES: Record<string, number> = { direct: 1, online: 2 };
const ENTRY_CODES: Record<string, number> = { interview: 1, paper: 2 };
const STATUS_CODES: Record<string, number> = { received: 1, approved: 2 };

function missingCode(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const code = (value as { missing?: unknown }).missing;
  return typeof code === 'number' ? code : null;
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function getter(column: ExportColumn): Getter {
  const source = column.source;
  switch (source.kind) {
    case 'meta':
      switch (source.field) {
        case 'id': return (r) => r.id;
        case 'serial': return (r) => r.serial ?? '';
        case 'unitNo': return (r) => r.unitNo;
        case 'unitName': return (r) => r.unitName;
        case 'mode': return (r) => MODE_CODES[r.mode] ?? null;
        case 'entry': return (r) => ENTRY_CODES[r.entry] ?? null;
        case 'interviewer': return (r) => r.interviewer;
        case 'interviewDate': return (r) => r.interviewDay;
        case 'status': return (r) => STATUS_CODES[r.status] ?? null;
        case 'version': return (r) => r.version;
        case 'flagged': return (r) => ((r.flags?.length ?? 0) > 0 ? 1 : 0);
        case 'flags': return (r) => (r.flags ?? []).join(' ');
      }
      break;
    case 'choice': {
      // An option that the interview's version did not offer was not "not chosen": it was not asked.
      const { variable, code } = source;
      const absent = new Set(column.absentIn ?? []);
      return (r) => {
        if (absent.has(r.version)) return null;
        const value = r.answers[variable];
        if (Array.isArray(value)) return value.includes(code) ? 1 : 0;
        return missingCode(value);
      };
    }
    case 'coded': {
      const { coded } = source;
      return (r) => codeOfAnswer(coded, r.answers[coded.variable]);
    }
    case 'answer': {
      const { variable } = source;
      if (column.type === 'string') {
        return (r) => {
          const value = r.answers[variable];
          if (typeof value === 'string') return value;
          if (typeof value === 'number') return String(value);
          const code = missingCode(value);
          return code === null ? '' : String(code);
        };
      }
      if (column.type === 'date') {
        return (r) => {
          const value = r.answers[variable];
          return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : missingCode(value);
        };
      }
      return (r) => {
        const value = r.answers[variable];
        return finite(value) ?? missingCode(value);
      };
    }
  }
  throw new Error(`unknown column source ${JSON.stringify(source)}`);
}

/** Compiles the layout once; the returned function fills one row per call. */
export function rowReader(columns: readonly ExportColumn[]): (record: ExportRecord) => Cell[] {
  const getters = columns.map(getter);
  return (record) => getters.map((get) => get(record));
}

/** A cell as the reader sees it with labels on: the value label where there is one, else the value itself. */
export function labelReader(column: ExportColumn): (cell: Cell) => Cell {
  if (column.valueLabels.length === 0) return (cell) => cell;
  const labels = new Map<string, string>(column.valueLabels.map((l) => [String(l.value), l.label]));
  return (cell) => (cell === null ? null : labels.get(String(cell)) ?? cell);
}

const SPSS_EPOCH_MS = Date.UTC(1582, 9, 14);

/** SPSS keeps a date as seconds since 14 October 1582 (the first day of the Gregorian calendar). */
export function spssDate(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return (Date.UTC(y!, m! - 1, d) - SPSS_EPOCH_MS) / 1000;
}
