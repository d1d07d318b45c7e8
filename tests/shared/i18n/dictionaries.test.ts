// Every message exists in both languages with the same placeholders; translation fills them and survives an
// unknown code (a newer server may send one an older app lacks).
import { describe, expect, it } from 'vitest';
import { en } from '#shared/i18n/en/index.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { field as viField } from '#shared/i18n/vi/field.ts';
import { office as viOffice } from '#shared/i18n/vi/office.ts';
import { cli as viCli } from '#shared/i18n/vi/cli.ts';
import { translate } from '#shared/i18n/translate.ts';
import { PROBLEM_STATUS, problemMessageKey } from '#shared/problems.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys and placeholders in Vietnamese and English, and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key as keyof typeof vi]), key).toEqual(placeholders(text));
    }
  });

  it('split into field, office and command-line parts that do not overlap', () => {
    const parts = [Object.keys(viField), Object.keys(viOffice), Object.keys(viCli)];
    expect(parts.flat().sort()).toEqual(Object.keys(vi).sort());
    expect(new Set(parts.flat()).size).toBe(parts.flat().length);
  });

  it('word every coded problem', () => {
    const missing = Object.keys(PROBLEM_STATUS).map(problemMessageKey).filter((key) => !(key in vi));
    expect(missing).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate(vi, 'surveys.forms', { count: '1.000' })).toBe('1.000 phiếu');
    expect(translate(en, 'surveys.forms', { count: '1,000' })).toBe('1,000 forms');
    expect(translate(vi, 'surveys.forms')).toBe('{count} phiếu');
  });

  it('puts the words of a code a problem carries in its message: a status, an action, a flag, a whole reason', () => {
    const words = { ...vi, ...viOffice };
    expect(translate(words, 'problem.review.transitionRefused', { action: 'approve', from: 'needs_correction' }))
      .toBe('Không thể “Duyệt” một phiếu đang ở trạng thái “Trả lại để sửa”.');
    expect(translate(words, 'problem.review.flagResolved', { flag: 'too_short' }))
      .toBe('Cờ “Thời gian phỏng vấn ngắn bất thường” đã được người khác xử lý.');
    expect(translate(words, 'problem.quarantine.cannotAccept', { reason: 'sync.reason.unitNotAssigned', unit: '05' }))
      .toBe('Chưa nhận được phiếu này, phiếu vẫn chờ xử lý. Lý do: Đơn vị 05 không được giao cho tài khoản này. Xin liên hệ quản trị viên.');
    expect(translate(words, 'problem.request.invalid', { path: 'device', issue: 'invalid_format' })).toBe('Dữ liệu không hợp lệ ở “device”: sai dạng');
    // A code with no words (a newer server's) is shown as itself.
    expect(translate(words, 'problem.review.transitionRefused', { action: 'archive', from: 'received' }))
      .toBe('Không thể “archive” một phiếu đang ở trạng thái “Đã nhận”.');
  });

  it('shows an unknown code as itself rather than failing', () => {
    expect(translate(vi, 'sync.future.code')).toBe('sync.future.code');
    expect(translate(vi, 'sync.future.code', { n: 2 })).toBe('sync.future.code {"n":2}');
  });
});
