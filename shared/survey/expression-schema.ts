// The schema of a skip-logic expression (expression.ts), used where a questionnaire definition is checked.
import * as z from 'zod/mini';
import { COMPARISON_OPS, type Expression, type Operand } from './expression.ts';

const Name = z.string().check(z.minLength(1));
export const VarRefSchema = z.strictObject({ var: Name });
export const CountRefSchema = z.strictObject({ count: Name });
/** string-length(${c16}) */
export const LengthRefSchema = z.strictObject({ length: Name });

export const OperandSchema: z.ZodMiniType<Operand> = z.union([z.number(), z.string(), VarRefSchema, CountRefSchema, LengthRefSchema]);

// Recursive schemas need their type spelled out once; every branch is strict so a typo ("agrs") is refused.
export const ExpressionSchema: z.ZodMiniType<Expression> = z.lazy(() =>
  z.union([
    z.strictObject({ op: z.enum(['and', 'or']), args: z.array(ExpressionSchema).check(z.minLength(1)) }),
    z.strictObject({ op: z.literal('not'), arg: ExpressionSchema }),
    z.strictObject({ op: z.enum(COMPARISON_OPS), left: OperandSchema, right: OperandSchema }),
    z.strictObject({ op: z.literal('selected'), var: Name, code: z.number().check(z.int()) }),
    z.strictObject({ op: z.literal('in'), var: Name, codes: z.array(z.number().check(z.int())).check(z.minLength(1)) }),
    z.strictObject({ op: z.literal('answered'), var: Name }),
  ]),
);
