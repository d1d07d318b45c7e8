// Skip logic chosen from lists: the comparisons each kind of answer offers, and the round trip between a list
// of conditions and the engine's expression (what cannot be a flat list stays as it is).
import { describe, expect, it } from 'vitest';
import { conditionSources, fromExpression, operatorsFor, questionsReading, toExpression } from '../../../shared/authoring/conditions.ts';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { and, eq, ne, not, or, selected } from '../../../shared/survey/expression.ts';
import type { Question } from '../../../shared/survey/questionnaire.ts';

const demo = hungYen2026Version1;
const all = demo.sections.flatMap((s) => s.questions);
const byVariable = (name: string) => all.find((q) => q.variable === name) as Question;

describe('skip conditions from lists', () => {
  it('offers the comparisons that fit each kind of answer, and none for a note or a grid', () => {
    expect(operatorsFor(byVariable('c1'))).toEqual(['eq', 'ne', 'answered']);
    expect(operatorsFor(byVariable('c2'))).toContain('ge');
    expect(operatorsFor({ kind: 'multiple', variable: 'm', paperNumber: '1', text: 't', options: [] })).toEqual(['selected', 'not_selected', 'answered']);
    expect(operatorsFor(byVariable('c11'))).toEqual([]);
  });

  it('lists only earlier questions with an answer as sources', () => {
    const sources = conditionSources(demo, byVariable('c8')).map((q) => q.variable);
    expect(sources).toContain('c7');
    expect(sources).not.toContain('c8');
    expect(sources).not.toContain('c9');
  });

  it('turns a list into the engine\'s expression and back', () => {
    const list = { join: 'or' as const, conditions: [{ variable: 'c7', op: 'ne' as const, value: 3 }, { variable: 'c12', op: 'not_selected' as const, value: 2 }] };
    const expression = or(ne('c7', 3), not(selected('c12', 2)));
    expect(toExpression(list)).toEqual(expression);
    expect(fromExpression(expression)).toEqual(list);
    expect(toExpression({ join: 'and', conditions: [{ variable: 'c7', op: 'eq', value: 1 }] })).toEqual(eq('c7', 1));
    expect(fromExpression(eq('c7', 1))).toEqual({ join: 'and', conditions: [{ variable: 'c7', op: 'eq', value: 1 }] });
  });

  it('leaves out conditions still without a value, and means "always" when none is left', () => {
    expect(toExpression({ join: 'and', conditions: [{ variable: 'c7', op: 'eq' }] })).toBeUndefined();
    expect(toExpression({ join: 'and', conditions: [{ variable: 'c7', op: 'eq', value: '' }, { variable: 'c2', op: 'answered' }] })).toEqual({ op: 'answered', var: 'c2' });
    expect(fromExpression(undefined)).toEqual({ join: 'and', conditions: [] });
  });

  it('keeps nested logic as it is (shown read-only) instead of flattening its meaning away', () => {
    expect(fromExpression(and(eq('c1', 1), or(eq('c2', 3), eq('c4', 1))))).toBeUndefined();
    expect(fromExpression({ op: 'in', var: 'c7', codes: [1, 2] })).toBeUndefined();
    expect(fromExpression(not(eq('c7', 1)))).toBeUndefined();
  });

  it('names the questions whose skips read a variable', () => {
    expect(questionsReading(demo, 'c7').map((q) => q.variable)).toEqual(['c8', 'c9']);
    expect(questionsReading(demo, 'c1')).toEqual([]);
  });
});
