/**
 * Where each answerable field lives. A situation is a question whose answer is a field at the top level of the
 * submission; a step's fields live under the step's key. Conditions reference both by stable id.
 */
import type { Field, FlowNode1, SituationNode } from '../../schemas/index.ts';

export interface FieldEntry {
  readonly field: Field;
  readonly nodeId: string;
  /** Data path in the submission: [situationKey] or [stepKey, fieldKey]. */
  readonly path: readonly [string] | readonly [string, string];
  /** The field is answered whenever its node is on the path (situations always; step fields when required). */
  readonly alwaysAnswered: boolean;
}

/** The answer of a situation node, as a field (required: a situation on the path must be answered). */
export function situationField(node: SituationNode): Field {
  const field: Field = { id: node.id, key: node.key, type: node.answerType, label: node.question, required: true };
  if (node.hint) field.hint = node.hint;
  if (node.options) field.options = node.options;
  if (node.minimum !== undefined) field.minimum = node.minimum;
  if (node.maximum !== undefined) field.maximum = node.maximum;
  return field;
}

/** Indexes every top-level answerable field by its id (first occurrence wins; duplicates are a lint error). */
export function indexFields(nodes: readonly FlowNode1[]): Map<string, FieldEntry> {
  const index = new Map<string, FieldEntry>();
  for (const node of nodes) {
    if (node.kind === 'situation') {
      if (!index.has(node.id)) {
        index.set(node.id, { field: situationField(node), nodeId: node.id, path: [node.key], alwaysAnswered: true });
      }
    } else if (node.kind === 'step') {
      for (const field of node.fields) {
        if (index.has(field.id)) continue;
        index.set(field.id, {
          field,
          nodeId: node.id,
          path: [node.key, field.key],
          alwaysAnswered: field.required === true,
        });
      }
    }
  }
  return index;
}
