// What an XLSForm's columns and types mean to the importer: the types the engine represents, the ones it ignores
// (metadata KoboToolbox and ODK add) and the ones it refuses; columns read, ignored or refused; which label column
// is the form's language (Vietnamese when there is one, others being a second language the engine does not keep).

export type RowType =
  | { t: 'question'; base: 'select_one' | 'select_multiple' | 'integer' | 'decimal' | 'text' | 'date' | 'note'; list?: string; orOther: boolean }
  | { t: 'begin_group' } | { t: 'end_group' } | { t: 'ignored' }
  | { t: 'refused'; code: 'unknown_type' | 'unsupported_type' | 'unsupported_repeat' | 'external_choices' };

/** Metadata KoboToolbox and ODK add to every form: nothing an interview asks, so nothing the engine needs. */
const METADATA = new Set(['start', 'end', 'today', 'deviceid', 'username', 'simserial', 'subscriberid', 'phonenumber', 'audit', 'email']);
/** Real XLSForm types the engine has no question for. */
const UNSUPPORTED = new Set([
  'calculate', 'hidden', 'geopoint', 'geotrace', 'geoshape', 'image', 'audio', 'video', 'file', 'barcode', 'time', 'datetime',
  'range', 'rank', 'acknowledge', 'background-audio', 'start-geopoint', 'xml-external', 'csv-external', 'select_one_from_file',
  'select_multiple_from_file', 'begin_repeat', 'end_repeat', 'begin repeat', 'end repeat', 'trigger', 'score', 'begin_score',
  'end_score', 'begin_kobomatrix', 'end_kobomatrix', 'select_one_external',
]);
const BASES = new Set(['integer', 'decimal', 'text', 'date', 'note']);

export function parseType(text: string): RowType {
  const words = text.trim().replace(/\s+/g, ' ').split(' ');
  const head = words[0]!.toLowerCase();
  const joined = words.join(' ').toLowerCase();
  if (joined === 'begin_group' || joined === 'begin group') return { t: 'begin_group' };
  if (joined === 'end_group' || joined === 'end group') return { t: 'end_group' };
  if (/^(begin|end)[_ ]repeat$/.test(joined)) return { t: 'refused', code: 'unsupported_repeat' };
  if (head.endsWith('_from_file') || head === 'select_one_external') return { t: 'refused', code: 'external_choices' };
  if (METADATA.has(head)) return { t: 'ignored' };
  if (head === 'select_one' || head === 'select_multiple') {
    const [list, extra] = words.slice(1);
    if (!list || (extra !== undefined && extra !== 'or_other') || words.length > 3) return { t: 'refused', code: 'unknown_type' };
    return { t: 'question', base: head, list, orOther: extra === 'or_other' };
  }
  if (words.length === 1 && BASES.has(head)) return { t: 'question', base: head as 'text', orOther: false };
  if (head === 'int') return { t: 'question', base: 'integer', orOther: false };
  return UNSUPPORTED.has(head) || UNSUPPORTED.has(joined) ? { t: 'refused', code: 'unsupported_type' } : { t: 'refused', code: 'unknown_type' };
}

/** Columns whose content the engine cannot honour: a row filling one is refused. */
const REFUSED_COLUMNS = /^(calculation|choice_filter|repeat_count|default|trigger|read_only|image|audio|video|big-image|media::.*|image::.*|audio::.*|video::.*|big-image::.*|parameters)$/;

export function isRefusedColumn(header: string): boolean {
  return REFUSED_COLUMNS.test(header);
}

/**
 * The label column to read: `label::<default_language>` when the settings name one that exists, else a Vietnamese
 * one (`label::Vietnamese (vi)`, `label::vi`, `label::Tiếng Việt`), else plain `label`, else the first `label::…`.
 */
export function chooseLanguage(columns: ReadonlyMap<string, string>, defaultLanguage: string | undefined): string {
  const labels = [...columns.keys()].filter((h) => h === 'label' || h.startsWith('label::'));
  const wanted = defaultLanguage && `label::${defaultLanguage.toLowerCase()}`;
  if (wanted && labels.includes(wanted)) return wanted.slice('label'.length);
  const vietnamese = labels.find((h) => /\(vi\)$|^label::vi$|vietnam|tiếng việt/.test(h));
  if (vietnamese) return vietnamese.slice('label'.length);
  if (labels.includes('label')) return '';
  return labels[0]?.slice('label'.length) ?? '';
}

export function isYes(text: string | undefined): boolean | null {
  if (text === undefined) return false;
  const t = text.trim().toLowerCase();
  if (['yes', 'true', 'true()', '1', 'có'].includes(t)) return true;
  if (['no', 'false', 'false()', '0', 'không', ''].includes(t)) return false;
  return null;
}
