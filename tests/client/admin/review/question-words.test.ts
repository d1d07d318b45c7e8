// The review screens name an answer by where the clerk finds it on the paper ("Câu 11.3", "Câu 3 – Khác (ghi rõ)")
// and say it in words ("2. Nữ"), whatever variable the SPSS file calls it.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { answerWords, paperPlaces, placeName, variableWords } from '../../../../client/src/admin/review/question-words.ts';

const t = (code: string) => (vi as Record<string, string>)[code] ?? code;
const places = paperPlaces(hungYen2026Version1);

describe('an answer as the paper form shows it', () => {
  it('names questions, grid rows and "other" boxes by their printed number', () => {
    expect(placeName(places, 'c1')).toBe('Câu 1');
    expect(placeName(places, 'c11_3')).toBe('Câu 11.3');
    expect(placeName(places, 'c3_other')).toMatch(/^Câu 3 – Khác/);
    // A variable this questionnaire does not name (an older version's) keeps its own name.
    expect(placeName(places, 'c99')).toBe('c99');
    expect(placeName(undefined, 'c1')).toBe('c1');
  });

  it('says codes with their labels, several joined, a declared missing answer by its meaning', () => {
    const c1 = places.get('c1')!.question;
    expect(answerWords(c1, 2, t)).toBe('2. Nữ');
    expect(answerWords(places.get('c12')!.question, [3, 4], t)).toMatch(/^3\. .+; 4\. .+$/);
    expect(answerWords(c1, { missing: -3 }, t)).toBe(vi['survey.missing.illegible']);
    expect(answerWords(c1, null, t)).toBe('—');
    expect(answerWords(places.get('c2')!.question, 45, t)).toBe('45');
    // A code the question does not offer stays a bare code; a text stays the text, digits and all.
    expect(answerWords(c1, 9, t)).toBe('9');
    expect(answerWords(places.get('c3_other')!.question, '7 sào ruộng', t)).toBe('7 sào ruộng');
    // By variable: the grid row's options are its grid's; without the questionnaire, the bare code.
    expect(variableWords(places, 'c11_3', 1, t)).toMatch(/^1\. /);
    expect(variableWords(undefined, 'c1', 2, t)).toBe('2');
  });
});
