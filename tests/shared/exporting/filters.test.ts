// The one parser of export requests (HTTP query and command line): what it accepts, what it refuses and how.
import { describe, expect, it } from 'vitest';
import { exportQueryString, parseExportFilters, parseExportParams } from '#shared/exporting/filters.ts';

describe('parseExportParams', () => {
  it('reads a full request, with defaults for what is left out', () => {
    expect(parseExportParams({ format: 'sav' })).toEqual({ ok: true, value: {
      format: 'sav', labels: false, language: 'vi',
      filters: { units: null, modes: null, entries: null, statuses: ['received', 'approved'], from: null, to: null },
    } });
    const full = parseExportParams({
      format: 'xlsx', labels: '1', lang: 'en', units: '01, 02;07', mode: 'direct', entry: 'paper,interview',
      status: 'approved', from: '2026-05-28', to: '2026-06-02',
    });
    expect(full).toEqual({ ok: true, value: {
      format: 'xlsx', labels: true, language: 'en',
      filters: { units: ['01', '02', '07'], modes: ['direct'], entries: ['paper', 'interview'], statuses: ['approved'], from: '2026-05-28', to: '2026-06-02' },
    } });
    if (full.ok) expect(parseExportParams(Object.fromEntries(new URLSearchParams(exportQueryString(full.value))))).toEqual(full);
  });

  it('names the field and the value it refuses', () => {
    const refused = (params: Record<string, string>) => {
      const result = parseExportParams(params);
      return result.ok ? null : result.problem;
    };
    expect(refused({ format: 'docx' })).toEqual({ code: 'export.unknownFormat', params: { value: 'docx' } });
    expect(refused({})).toEqual({ code: 'export.unknownFormat', params: { value: '' } });
    expect(refused({ format: 'csv', status: 'received,needs_correction' })).toEqual({ code: 'export.invalidFilter', params: { field: 'status', value: 'needs_correction' } });
    expect(refused({ format: 'csv', to: '2026-13-01' })).toEqual({ code: 'export.invalidFilter', params: { field: 'to', value: '2026-13-01' } });
    expect(refused({ format: 'csv', from: '2026-06-02', to: '2026-06-01' })).toEqual({ code: 'export.invalidFilter', params: { field: 'to', value: '2026-06-01' } });
    expect(refused({ format: 'sps', labels: 'labels' })).toEqual({ code: 'export.invalidFilter', params: { field: 'labels', value: 'labels' } });
    expect(refused({ format: 'csv', labels: 'yes' })).toEqual({ code: 'export.invalidFilter', params: { field: 'labels', value: 'yes' } });
    expect(refused({ format: 'csv', units: '01,abc' })).toEqual({ code: 'export.invalidFilter', params: { field: 'units', value: 'abc' } });
    expect(refused({ format: 'csv', practice: '1' })).toEqual({ code: 'export.invalidFilter', params: { field: 'practice', value: '1' } });
  });

  it('reads filters alone for the count, refusing the download-only keys', () => {
    expect(parseExportFilters({ mode: 'online' })).toMatchObject({ ok: true, value: { modes: ['online'] } });
    expect(parseExportFilters({ format: 'csv' })).toEqual({ ok: false, problem: { code: 'export.invalidFilter', params: { field: 'format', value: 'csv' } } });
  });
});
