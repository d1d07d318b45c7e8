// What the builder must hold back from a save: a label left empty while typing. The server's schema refuses an
// empty question text, option, row or section title; the builder names each one beside its field instead.
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';

/** A field left empty: the question's variable (undefined for a section) and the field, as checkDefinition names fields. */
export type BlankLabel = { question?: string; field: string };

const blank = (text: string) => text.trim() === '';

export function blankLabels(version: QuestionnaireVersion): BlankLabel[] {
  const found: BlankLabel[] = [];
  version.sections.forEach((section, s) => {
    if (blank(section.title)) found.push({ field: `sections.${s}.title` });
    for (const q of section.questions) {
      const at = (field: string) => found.push({ question: q.variable, field });
      if (blank(q.text)) at('text');
      if (blank(q.paperNumber)) at('paperNumber');
      if ('options' in q) q.options.forEach((o, i) => { if (blank(o.label)) at(`options.${i}.label`); });
      if (q.kind === 'grid') q.rows.forEach((r, i) => { if (blank(r.text)) at(`rows.${i}.text`); if (blank(r.paperNumber)) at(`rows.${i}.paperNumber`); });
    }
  });
  return found;
}
