// The report's request: the results' filters, the questions and cross-tabs chosen, the document's fields; any
// other key, a bad layout or a half cross-tab refused with the exports' coded problem.
import { describe, expect, it } from 'vitest';
import { parseReportQuery } from '#shared/report/request.ts';

describe('the report request', () => {
  it('reads questions, cross-tabs, filters and fields, with the Party layout by default', () => {
    const parsed = parseReportQuery({
      questions: 'c1, c9,c9', crosstabs: 'c9:unitKind;c10:c1', status: 'approved', signer: ' Nguyễn Văn A ',
      recipients: '- Thường trực Tỉnh ủy,\r\n\n- Lưu VP.', signerTitle: 'K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN',
    });
    expect(parsed.ok && parsed.value).toMatchObject({
      questions: ['c1', 'c9'], crosstabs: [{ row: 'c9', by: 'unitKind' }, { row: 'c10', by: 'c1' }],
      filters: { statuses: ['approved'] },
      fields: { layout: 'party', signer: 'Nguyễn Văn A', recipients: ['- Thường trực Tỉnh ủy,', '- Lưu VP.'], signerTitle: 'K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN' },
    });
    expect(parseReportQuery({}).ok && parseReportQuery({}).ok).toBe(true);
  });

  it('refuses an unknown key, a layout that is none, a half cross-tab and an overlong field', () => {
    const field = (params: Record<string, string>) => {
      const r = parseReportQuery(params);
      return r.ok || !('field' in r.problem.params) ? null : r.problem.params.field;
    };
    expect(field({ chart: 'pie' })).toBe('chart');
    expect(field({ layout: 'royal' })).toBe('layout');
    expect(field({ crosstabs: 'c9' })).toBe('crosstabs');
    expect(field({ crosstabs: 'c9:c1:c2' })).toBe('crosstabs');
    expect(field({ title: 'x'.repeat(2001) })).toBe('title');
    expect(field({ status: 'voided' })).toBe('status');
  });
});
