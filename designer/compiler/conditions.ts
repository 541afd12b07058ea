/**
 * Edge conditions: their meaning as JSON Schema, the fields they read, and how they combine.
 * Semantics (shared with runtime/engine): every comparison except isEmpty is false while the field has no value.
 */
import type { Comparison, Condition, ConditionValue } from '../../schemas/index.ts';
import type { FieldEntry } from '../model/fields.ts';
import { allOf, anyOf, atPath, FALSE_SCHEMA, type SchemaObject } from './jsonSchema.ts';

export function isComparison(condition: Condition): condition is Comparison {
  return 'field' in condition;
}

/** Every comparison in a condition tree, in order. */
export function comparisonsOf(condition: Condition): Comparison[] {
  if ('all' in condition) return condition.all.flatMap(comparisonsOf);
  if ('any' in condition) return condition.any.flatMap(comparisonsOf);
  if ('not' in condition) return comparisonsOf(condition.not);
  return [condition];
}

function asList(value: ConditionValue | undefined): (string | number | boolean)[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The schema of the field's value for a comparison (applied only when the value is present). */
function valueSchema(comparison: Comparison): SchemaObject | undefined {
  const { op, value } = comparison;
  switch (op) {
    case 'equals':
      return { const: value };
    case 'notEquals':
      return { not: { const: value } };
    case 'in':
      return { enum: asList(value) };
    case 'notIn':
      return { not: { enum: asList(value) } };
    case 'lt':
      return { type: 'number', exclusiveMaximum: value };
    case 'lte':
      return { type: 'number', maximum: value };
    case 'gt':
      return { type: 'number', exclusiveMinimum: value };
    case 'gte':
      return { type: 'number', minimum: value };
    case 'includes':
      return { type: 'array', contains: { const: value } };
    case 'isEmpty':
    case 'isNotEmpty':
      return undefined;
  }
}

/**
 * The JSON Schema (applied to the whole submission) that holds exactly when the condition holds.
 * Conditions on unknown fields are false (lint reports them as errors before this matters).
 */
export function conditionSchema(condition: Condition, fields: ReadonlyMap<string, FieldEntry>): SchemaObject {
  if ('all' in condition) return allOf(condition.all.map((c) => conditionSchema(c, fields)));
  if ('any' in condition) return anyOf(condition.any.map((c) => conditionSchema(c, fields)));
  if ('not' in condition) return { not: conditionSchema(condition.not, fields) };
  const entry = fields.get(condition.field);
  if (!entry) return FALSE_SCHEMA;
  const present = atPath(entry.path, valueSchema(condition));
  return condition.op === 'isEmpty' ? { not: atPath(entry.path, undefined) } : present;
}
