// What the condition builder may offer, computed from the document: the fields answered on every path before
// an edge (the same rule as lint SVC021), the operators that fit each field (lint SVC022's OPERATORS_BY_TYPE)
// and a value of the right shape when the field or operator changes (SVC023).
import type { Comparison, ConditionValue, FieldType, ServiceDefinition } from '../../../schemas/service.types.ts';
import { analyzeFlow } from '../../compiler/analysis.ts';
import { OPERATORS_BY_TYPE } from '../../compiler/lint/conditions.ts';
import type { FieldEntry } from '../../model/fields.ts';
import { dominates } from '../../model/graph.ts';

export type Operator = Comparison['op'];

/** Fields a condition on an edge leaving `sourceId` may read: those whose node dominates the source. */
export function availableFields(definition: ServiceDefinition, sourceId: string): FieldEntry[] {
  const analysis = analyzeFlow(definition);
  const usable = analysis.order !== undefined && analysis.reachable.has(sourceId);
  return [...analysis.fields.values()].filter((entry) =>
    // An unconnected or cyclic region has no dominators yet: only the source's own answers are certain.
    usable ? dominates(analysis.idom, entry.nodeId, sourceId) : entry.nodeId === sourceId,
  );
}

export function operatorsFor(type: FieldType): readonly Operator[] {
  return OPERATORS_BY_TYPE[type];
}

export const OPERATOR_NAMES: Readonly<Record<Operator, readonly [string, string]>> = {
  equals: ['等于', 'equals'], notEquals: ['不等于', 'does not equal'], in: ['属于', 'is one of'], notIn: ['不属于', 'is none of'],
  lt: ['小于', 'less than'], lte: ['不大于', 'at most'], gt: ['大于', 'greater than'], gte: ['不小于', 'at least'],
  includes: ['包含', 'includes'], isEmpty: ['为空', 'is empty'], isNotEmpty: ['不为空', 'is not empty'],
};

/** A value of the shape `op` needs for `entry`, keeping `previous` where it still fits. */
export function valueFor(entry: FieldEntry, op: Operator, previous?: ConditionValue): ConditionValue | undefined {
  if (op === 'isEmpty' || op === 'isNotEmpty') return undefined;
  const { type, options } = entry.field;
  const first = options?.[0]?.value;
  const scalar = (): string | number | boolean => {
    const old = Array.isArray(previous) ? previous[0] : previous;
    if (type === 'yes-no') return typeof old === 'boolean' ? old : true;
    if (type === 'number' || type === 'integer') return typeof old === 'number' ? old : 0;
    if (type === 'single-choice' || type === 'multi-choice') {
      return typeof old === 'string' && options?.some((o) => o.value === old) ? old : first ?? '';
    }
    return typeof old === 'string' ? old : '';
  };
  if (op === 'in' || op === 'notIn') {
    if (Array.isArray(previous)) return previous;
    const one = scalar();
    return typeof one === 'boolean' ? [] : [one];
  }
  return scalar();
}

/** A fresh comparison on `entry` with its first fitting operator. */
export function newComparison(entry: FieldEntry): Comparison {
  const op = operatorsFor(entry.field.type)[0] as Operator;
  const value = valueFor(entry, op);
  return value === undefined ? { field: entry.field.id, op } : { field: entry.field.id, op, value };
}
