/** The document's identifier namespace: nodes, fields (nested too), edges, stages and stage edges share it (lint SVC003). */
import type { Field, ServiceDefinition } from '../../schemas/index.ts';

function collectFieldIds(fields: readonly Field[], into: Set<string>): void {
  for (const field of fields) {
    into.add(field.id);
    if (field.fields) collectFieldIds(field.fields, into);
  }
}

/** Every id in use in the document, for drawing new ones that cannot collide. */
export function usedIds(definition: ServiceDefinition): Set<string> {
  const ids = new Set<string>();
  for (const node of definition.flow.nodes) {
    ids.add(node.id);
    if (node.kind === 'step') collectFieldIds(node.fields, ids);
  }
  for (const edge of definition.flow.edges) ids.add(edge.id);
  for (const stage of definition.approval?.nodes ?? []) ids.add(stage.id);
  for (const edge of definition.approval?.edges ?? []) ids.add(edge.id);
  return ids;
}
