// The grouping rule of "other – specify" texts: folded alike (case, spacing, diacritics, đ → d) and near duplicates
// (an edit distance of at most one per eight characters of the shorter text) in one group, the rest apart.
import { describe, expect, it } from 'vitest';
import { editDistance, foldText, groupTexts } from '#shared/coding/group-texts.ts';

describe('folding a text', () => {
  it('drops case, extra spacing and diacritics, and turns đ/Đ into d', () => {
    expect(foldText('  Tiểu   THƯƠNG ')).toBe('tieu thuong');
    expect(foldText('Đoàn thể')).toBe('doan the');
    expect(foldText('Tiêu thương')).toBe('tieu thuong');
    expect(foldText(' \n\t ')).toBe('');
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions, and stops past its limit', () => {
    expect(editDistance('tieu thuong', 'tieu thuongg', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('grouping texts', () => {
  it('puts “tieu thuong”, “Tiểu thương ” and “Tiêu thương” together, and “Đoàn thể” with “doan the”', () => {
    const groups = groupTexts(['tieu thuong', 'Tiểu thương ', 'Tiêu thương', 'Tiểu thương', 'Đoàn thể', 'doan the', 'Nội trợ']);
    expect(groups.map((g) => [g.label, g.count, g.variants.map((v) => v.text)])).toEqual([
      ['Tiểu thương', 4, ['Tiểu thương', 'tieu thuong', 'Tiêu thương']],
      ['Đoàn thể', 2, ['Đoàn thể', 'doan the']],
      ['Nội trợ', 1, ['Nội trợ']],
    ]);
  });

  it('joins a one-letter slip in a text of eight or more, never in a shorter one, and never chains', () => {
    expect(groupTexts(['buon ban nho', 'buon ban nho', 'buon ban nhoo']).map((g) => g.count)).toEqual([3]);
    expect(groupTexts(['thợ may', 'thợ xây']).map((g) => g.label)).toEqual(['thợ may', 'thợ xây']);
    // "abcdefgh" ~ "abcdefgX" ~ "abcdefXX": the third is two from the group's first, so it starts its own group.
    expect(groupTexts(['abcdefgh', 'abcdefgh', 'abcdefgx', 'abcdefxx']).map((g) => g.variants.map((v) => v.text))).toEqual([
      ['abcdefgh', 'abcdefgx'], ['abcdefxx'],
    ]);
  });

  it('leaves blank texts out', () => {
    expect(groupTexts(['', '   '])).toEqual([]);
  });
});
