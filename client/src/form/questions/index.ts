// One component per question kind, chosen by the kind: adding a kind to the shared schema fails the type check
// here until it has its component.
import type { Component } from 'solid-js';
import type { QuestionKind } from '#shared/survey/questionnaire.ts';
import type { QuestionProps } from './types.ts';
import SingleQuestion from './SingleQuestion.tsx';
import MultipleQuestion from './MultipleQuestion.tsx';
import NumberQuestion from './NumberQuestion.tsx';
import GridQuestion from './GridQuestion.tsx';
import TextQuestion from './TextQuestion.tsx';
import DateQuestion from './DateQuestion.tsx';
import NoteQuestion from './NoteQuestion.tsx';
import UnitQuestion from './UnitQuestion.tsx';

export const QUESTION_COMPONENTS: Record<QuestionKind, Component<QuestionProps>> = {
  single: SingleQuestion,
  multiple: MultipleQuestion,
  number: NumberQuestion,
  grid: GridQuestion,
  text: TextQuestion,
  date: DateQuestion,
  note: NoteQuestion,
  unit: UnitQuestion,
};
